import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { registerPackageCommand } from '../../src/cli/commands/package.js';
import { MANIFEST_VARIABLES } from '../../src/manifest/variables.js';
import { MANIFEST_DIR, PROD_VALUES, copyManifest, jsonEntry, readZip, tempDir } from './fixtures.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
/** The test runner's environment without manifest variables, so a developer's shell cannot leak in. */
const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in MANIFEST_VARIABLES)));

function writeEnv(dir: string, file: string, values: Record<string, string | undefined>): string {
  const envDir = path.join(dir, 'env');
  mkdirSync(envDir, { recursive: true });
  const lines = Object.entries(values).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  writeFileSync(path.join(envDir, file), `${lines.join('\n')}\n`);
  return envDir;
}

/** Runs `maker-hub package …` in-process and captures what it prints and its exit code. */
async function runPackage(args: string[], envDir: string, processEnv: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const program = new Command('maker-hub').exitOverride();
  registerPackageCommand(program, { envDir, manifestDir: MANIFEST_DIR, processEnv, out: (l) => out.push(l), err: (l) => err.push(l) });
  const before = process.exitCode;
  // Another suite in the same process may have set it; the command's own outcome is what we check.
  process.exitCode = undefined;
  try {
    await program.parseAsync(['package', ...args], { from: 'user' });
    return { out, err, exitCode: process.exitCode };
  } finally {
    process.exitCode = before;
  }
}

describe('maker-hub package (CLI)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir('maker-hub-cli-'));
  });
  afterEach(() => {
    cleanup();
  });

  it('when the env files hold every value, then it writes the zip and prints its path', async () => {
    const envDir = writeEnv(dir, '.env.staging', { ...PROD_VALUES, BOT_ID: undefined });
    writeEnv(dir, '.env.staging.user', { BOT_ID: PROD_VALUES.BOT_ID });
    const outDir = path.join(dir, 'out');
    const result = await runPackage(['--env', 'staging', '--out', outDir], envDir, { APP_VERSION: '3.0.1' });
    assert.deepEqual(result.err, []);
    assert.equal(result.exitCode, undefined);
    assert.deepEqual(result.out, [path.join(outDir, 'appPackage.staging.zip')]);
    const manifest = jsonEntry(await readZip(path.join(outDir, 'appPackage.staging.zip')), 'manifest.json');
    assert.equal(manifest.version, '3.0.1', 'a real environment variable overrides the env file');
    assert.equal((manifest.bots as { botId: string }[])[0]?.botId, PROD_VALUES.BOT_ID, 'the .user file is read');
  });

  it('when values are missing or invalid, then it prints one "error:" line per problem and exits 1', async () => {
    const envDir = writeEnv(dir, '.env.prod', { ...PROD_VALUES, TEAMS_APP_ID: undefined, BOT_ID: 'not-a-guid' });
    const result = await runPackage(['--env', 'prod', '--out', dir], envDir);
    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.out, []);
    assert.ok(result.err.length >= 2);
    for (const line of result.err) {
      assert.match(line, /^error: \S/);
      assert.ok(!line.includes('\n') && !/\bat .+:\d+:\d+/.test(line), `one line, no stack: ${line}`);
    }
    assert.ok(result.err.includes(`error: Missing value for TEAMS_APP_ID (used at id); set it in ${path.join(envDir, '.env.prod')} or the environment`));
    assert.ok(result.err.some((l) => l.startsWith('error: manifest.json: /bots/0/botId must match pattern')));
    assert.ok(!existsSync(path.join(dir, 'appPackage.prod.zip')));
  });

  it('when run as a process from a project folder, then the defaults (env/, manifest/, build/appPackage) are used', async function () {
    this.timeout(60_000);
    copyManifest(dir);
    writeEnv(dir, '.env.local', { ...PROD_VALUES, TAB_DOMAIN: 'localhost:3978', TAB_ENDPOINT: 'http://localhost:3978' });
    const tsx = path.join(REPO, 'node_modules', '.bin', 'tsx');
    const run = promisify(execFile);
    const ok = await run(tsx, [ENTRY, 'package'], { cwd: dir, env: CLEAN_ENV });
    assert.equal(ok.stdout.trim(), path.join('build', 'appPackage', 'appPackage.local.zip'));
    assert.ok(existsSync(path.join(dir, 'build', 'appPackage', 'appPackage.local.zip')));

    const failed = await run(tsx, [ENTRY, 'package', '--env', 'local'], { cwd: dir, env: { ...CLEAN_ENV, BOT_ID: 'not-a-guid' } }).then(
      () => assert.fail('expected exit code 1'),
      (error: unknown) => error as { code?: number; stderr?: string },
    );
    assert.equal(failed.code, 1);
    const lines = (failed.stderr ?? '').trim().split('\n');
    assert.ok(lines.length > 0 && lines.every((l) => l.startsWith('error: ')), failed.stderr);
    assert.ok(lines.some((l) => l.includes('/bots/0/botId')), failed.stderr);
  });
});
