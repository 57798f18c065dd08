#!/usr/bin/env node
import '../runtime/quiet-known-warnings.js';
import { Command } from 'commander';
import { ConfigError } from '../config/index.js';
import { isDomainError } from '../domain/shared/errors.js';
import { registerDeliveriesCommands } from './commands/deliveries.js';
import { registerKbCommands } from './commands/kb.js';
import { registerMigrateCommands } from './commands/migrate.js';
import { registerPackageCommand } from './commands/package.js';
import { registerRolesCommands } from './commands/roles.js';
import { registerServeCommand } from './commands/serve.js';
import { registerReportCommand } from './commands/report.js';
import { registerUsersCommands } from './commands/users.js';
import { CliError } from './context.js';

/** `maker-hub`: the operator's command line. Errors are one clear line and a non-zero exit. */
const program = new Command('maker-hub').description('Maker Hub — the Power Platform CoE app for Teams').showHelpAfterError();
registerServeCommand(program);
registerMigrateCommands(program);
registerRolesCommands(program);
registerKbCommands(program);
registerDeliveriesCommands(program);
registerPackageCommand(program);
registerReportCommand(program);
registerUsersCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`error: ${error.problems.join('\nerror: ')}`);
  } else if (error instanceof CliError || isDomainError(error)) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
});
