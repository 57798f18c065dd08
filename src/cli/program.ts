import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/index.js';
import { isDomainError } from '../domain/shared/errors.js';
import { registerDeliveriesCommands } from './commands/deliveries.js';
import { registerKbCommands } from './commands/kb.js';
import { registerMigrateCommands } from './commands/migrate.js';
import { registerPackageCommand } from './commands/package.js';
import { registerReportCommand } from './commands/report.js';
import { registerRolesCommands } from './commands/roles.js';
import { registerServeCommand } from './commands/serve.js';
import { registerUsersCommands } from './commands/users.js';
import { CliError } from './context.js';

/** `maker-hub` with every command registered; nothing runs until it is parsed. */
export function createProgram(): Command {
  const program = new Command('maker-hub').description('Maker Hub — the Power Platform CoE app for Teams').showHelpAfterError();
  registerServeCommand(program);
  registerMigrateCommands(program);
  registerRolesCommands(program);
  registerKbCommands(program);
  registerDeliveriesCommands(program);
  registerPackageCommand(program);
  registerReportCommand(program);
  registerUsersCommands(program);
  return program;
}

/**
 * Runs one command line (the arguments after `maker-hub`) and returns its exit code. Errors are one
 * line starting with `error:` on stderr, never a stack trace. Commander's own usage errors have
 * already been printed by commander; the process is never exited here, so tests can run the CLI
 * in-process and `serve` keeps running after its action returns.
 */
export async function runCli(args: readonly string[]): Promise<number> {
  const program = createProgram();
  throwInsteadOfExit(program);
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await program.parseAsync([...args], { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const lines = error instanceof ConfigError ? error.problems : [error instanceof CliError || isDomainError(error) || error instanceof Error ? error.message : String(error)];
    for (const line of lines) process.stderr.write(`error: ${line}\n`);
    return 1;
  } finally {
    process.exitCode = before;
  }
}

/** Commander exits the process on usage errors unless told otherwise, command by command. */
function throwInsteadOfExit(command: Command): void {
  command.exitOverride();
  for (const sub of command.commands) throwInsteadOfExit(sub);
}
