import path from 'node:path';
import type { Command } from 'commander';
import { mergeWithProcessEnv, readEnvFiles } from '../../config/env-files.js';
import { buildAppPackage, isValidEnvName } from '../../manifest/package.js';
import { AppPackageError } from '../../manifest/problems.js';
import { MANIFEST_VARIABLES } from '../../manifest/variables.js';

/** Seams for tests and embedding; the defaults are what `maker-hub package` uses. */
export interface PackageCommandDeps {
  /** Folder of the `.env.<name>` files; default `env` (relative to the working directory). */
  envDir?: string;
  /** Folder of the manifest template, icons and localization files; default `manifest`. */
  manifestDir?: string;
  /** Real environment variables, which override the env files; default `process.env`. */
  processEnv?: NodeJS.ProcessEnv;
  /** Where the zip path goes; default stdout. */
  out?: (line: string) => void;
  /** Where `error: …` lines go; default stderr. */
  err?: (line: string) => void;
}

interface PackageOptions {
  env: string;
  out: string;
}

/**
 * Registers `maker-hub package [--env <name>] [--out <dir>]`: fills manifest/manifest.json with
 * the environment's values (env/.env.<name>, env/.env.<name>.user, then real environment
 * variables), validates it and writes `<out>/appPackage.<name>.zip`. Problems are printed one
 * per line as `error: …` with exit code 1, so an operator can fix them all in one pass.
 * The action is async: run the program with `parseAsync`.
 */
export function registerPackageCommand(program: Command, deps: PackageCommandDeps = {}): Command {
  const out = deps.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = deps.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  return program
    .command('package')
    .description('Build the Teams app package (manifest, icons, translations) for an environment')
    .option('--env <name>', 'environment: reads env/.env.<name> and env/.env.<name>.user', 'local')
    .option('--out <dir>', 'folder for appPackage.<name>.zip', path.join('build', 'appPackage'))
    .action(async (options: PackageOptions) => {
      try {
        if (!isValidEnvName(options.env)) {
          throw new AppPackageError([`Invalid environment name "${options.env}": use letters, digits, "-" and "_"`]);
        }
        const envDir = deps.envDir ?? 'env';
        const fromFiles = readEnvFiles(options.env, envDir);
        const values = mergeWithProcessEnv(fromFiles, deps.processEnv ?? process.env, Object.keys(MANIFEST_VARIABLES));
        const { zipPath } = await buildAppPackage({
          envName: options.env,
          values,
          outDir: options.out,
          manifestDir: deps.manifestDir,
          envFile: path.join(envDir, `.env.${options.env}`),
        });
        out(displayPath(zipPath));
      } catch (error) {
        // Operators need the problems, not a stack trace: every line is one actionable problem.
        const lines = error instanceof AppPackageError ? error.problems : [errorText(error)];
        for (const line of lines) err(`error: ${line.replaceAll('\n', ' ')}`);
        process.exitCode = 1;
      }
    });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Paths under the working directory are shown relative, as an operator typed them. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
