// A minimal `maker-hub` for the CLI tests: only the package command, run as a real process.
import { Command } from 'commander';
import { registerPackageCommand } from '../../src/cli/commands/package.js';

const program = new Command('maker-hub');
registerPackageCommand(program);
await program.parseAsync();
