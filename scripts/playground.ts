/**
 * `npm run playground`: starts Maker Hub (the same config and startApp as `npm start`) and the
 * Microsoft 365 Agents Playground, Microsoft's local Teams emulator, pointed at the bot endpoint.
 * Open the printed URL to chat with the bot in a personal chat, a group chat or a team channel.
 * Ctrl+C stops both; when the Playground exits, the app is stopped too.
 *
 * The Playground's user is the development identity (DEV_USER_ID / DEV_USER_NAME / DEV_TENANT_ID),
 * so the bot and the tab see the same person. A `.m365agentsplayground.yml` in the working folder
 * (or M365_AGENTS_PLAYGROUND_CONFIG_PATH) replaces that, as the Playground documents.
 *
 * PLAYGROUND_PORT sets the UI port (default 56150; the Playground takes a random free port when it
 * is taken and this script prints the real one). The launcher below is also what the end-to-end
 * tests use (tests/helpers/playground.ts).
 */
import '../src/runtime/quiet-known-warnings.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningApp } from '../src/server/start.js';

export const DEFAULT_PLAYGROUND_PORT = 56150;

/** The person the Playground signs in as (its "currentUser"), as Teams would identify them. */
export interface PlaygroundIdentity {
  tenantId: string;
  aadObjectId: string;
  name: string;
}

export interface LaunchPlaygroundOptions {
  /** The bot endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  endpoint: string;
  /** UI port; the Playground falls back to a random free port when it is taken. */
  port: number;
  /** Who the user is. Without it the Playground uses its own config file or its built-in mock user. */
  identity?: PlaygroundIdentity;
  /** Where to write the config file for `identity`; a temp dir (removed on close) by default. */
  configFile?: string;
  /** Where the Playground writes its log (its default is ./devTools/ in the working folder). */
  logFile: string;
  /** Extra environment for the Playground process (wins over the defaults set here). */
  env?: Record<string, string>;
  /** Every line the Playground prints, as it prints it. */
  onOutput?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** How long to wait for the UI to answer; default 60 s. */
  readyTimeoutMs?: number;
}

export interface LaunchedPlayground {
  /** The port the UI really listens on. */
  port: number;
  /** http://127.0.0.1:<port>/ */
  url: string;
  pid: number;
  /** Resolves with the exit code (or the signal name) once the Playground process has exited. */
  exited: Promise<number | string>;
  /** Stops the Playground and everything it started; safe to call more than once. */
  close(): Promise<void>;
}

/** One line for a person, from whatever was thrown. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, '; ').trim();
}

/** PLAYGROUND_PORT, validated: a port number, or the default when unset. */
export function parsePlaygroundPort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PLAYGROUND_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PLAYGROUND_PORT must be a port number (1-65535), got "${value}"`);
  return port;
}

function playgroundCli(): string {
  try {
    return createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    throw new Error('the Agents Playground is not installed: run `npm install` (devDependency @microsoft/m365agentsplayground)');
  }
}

/**
 * The Playground's config file (schema 0.1.1: a tenant, the bot, the current user, exactly five
 * other users, a personal chat, a group chat and a team). YAML is a superset of JSON, so JSON is written.
 */
export function playgroundConfig(identity: PlaygroundIdentity): string {
  const colleague = (n: number, given: string, surname: string) => ({
    id: `29:playground-user-${n}`,
    name: `${given} ${surname}`,
    userPrincipleName: `${given.toLowerCase()}@example.com`,
    aadObjectId: `00000000-0000-4000-8000-0000000000${String(20 + n).padStart(2, '0')}`,
    givenName: given,
    surname,
    email: `${given.toLowerCase()}@example.com`,
  });
  const [given = identity.name, ...rest] = identity.name.split(' ');
  const config = {
    version: '0.1.1',
    tenantId: identity.tenantId,
    bot: { id: '28:maker-hub-playground-bot', name: 'Maker Hub' },
    currentUser: {
      id: `29:${identity.aadObjectId}`,
      name: identity.name,
      userPrincipleName: 'you@example.com',
      aadObjectId: identity.aadObjectId,
      givenName: given,
      surname: rest.join(' ') || given,
      email: 'you@example.com',
    },
    users: [
      colleague(1, 'Megan', 'Bowen'),
      colleague(2, 'Adele', 'Vance'),
      colleague(3, 'Isaiah', 'Langer'),
      colleague(4, 'Patti', 'Fernandez'),
      colleague(5, 'Lynne', 'Robbins'),
    ],
    personalChat: { id: `a:playground-personal-${randomUUID()}` },
    groupChat: { id: `19:playground-group-${randomUUID()}@thread.v2`, name: 'Makers group chat' },
    team: {
      id: `19:playground-team-${randomUUID()}@thread.tacv2`,
      name: 'Power Platform Makers',
      aadGroupId: randomUUID(),
      channels: [{ id: `19:playground-channel-${randomUUID()}@thread.tacv2`, name: 'Showcase' }],
    },
  };
  return `# Generated by scripts/playground.ts for one run of the Agents Playground.\n${JSON.stringify(config, null, 2)}\n`;
}

/** Playground processes this process started and has not stopped yet. */
const live = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Negative pid: the whole process group the Playground leads (it was spawned detached).
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/**
 * Runs the Playground CLI as its child and stops it as soon as its stdin closes, which happens when
 * the process that launched it dies in any way (even SIGKILL or a CI timeout): no orphan is left.
 */
const WATCHDOG = `
const { spawn } = require('node:child_process');
const [cli, ...args] = process.argv.slice(1);
const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
const stop = (signal) => { try { child.kill(signal); } catch {} };
process.stdin.on('data', () => {});
process.stdin.on('close', () => stop('SIGKILL'));
process.stdin.on('end', () => stop('SIGKILL'));
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => stop('SIGTERM'));
child.on('exit', (code, signal) => {
  if (signal) { process.removeAllListeners(signal); process.kill(process.pid, signal); }
  else process.exit(code ?? 0);
});
`;

// If this process ends without close() (a crash, process.exit), take the Playground with it.
process.once('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL');
});

/**
 * Starts the Playground CLI (`agentsplayground -e <endpoint> -c msteams --dt -p <port>`) in its own
 * process group and resolves once its UI answers HTTP. Telemetry is off; it never opens a browser
 * unless TEAMSAPPTESTER_BROWSER says so in options.env.
 */
export async function launchPlayground(options: LaunchPlaygroundOptions): Promise<LaunchedPlayground> {
  const cli = playgroundCli();
  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  let configDir: string | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile };
  if (options.identity) {
    if (!options.configFile) configDir = mkdtempSync(path.join(tmpdir(), 'maker-hub-playground-'));
    const configFile = options.configFile ?? path.join(configDir!, '.m365agentsplayground.yml');
    mkdirSync(path.dirname(configFile), { recursive: true });
    writeFileSync(configFile, playgroundConfig(options.identity));
    env.M365_AGENTS_PLAYGROUND_CONFIG_PATH = configFile;
  }
  Object.assign(env, options.env);
  mkdirSync(path.dirname(options.logFile), { recursive: true });

  const args = [cli, '-e', options.endpoint, '-c', 'msteams', '--dt', '-p', String(options.port)];
  // Its own process group (so close() can stop everything in it), behind the stdin watchdog.
  const child = spawn(process.execPath, ['-e', WATCHDOG, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  child.stdin?.on('error', () => undefined); // never written to: it only tells the watchdog we are alive
  live.add(child);
  const removeConfig = () => {
    if (configDir) rmSync(configDir, { recursive: true, force: true });
    configDir = undefined;
  };
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      removeConfig();
      resolve(code ?? signal ?? 'unknown');
    });
  });
  const spawnError = new Promise<never>((_, reject) => child.once('error', (error) => reject(new Error(`could not start the Playground: ${error.message}`))));
  spawnError.catch(() => undefined);

  const recent: string[] = [];
  let announcedPort: number | undefined;
  let portAnnounced: () => void = () => undefined;
  const portKnown = new Promise<void>((resolve) => (portAnnounced = resolve));
  const readLines = (stream: NodeJS.ReadableStream, name: 'stdout' | 'stderr') => {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline).replace(/\r$/, '');
        buffer = buffer.slice(newline + 1);
        if (!line.trim()) continue;
        recent.push(line);
        if (recent.length > 20) recent.shift();
        const listening = /^Listening on (\d+)\s*$/.exec(line);
        if (listening && announcedPort === undefined) {
          announcedPort = Number(listening[1]);
          portAnnounced();
        }
        options.onOutput?.(line, name);
      }
    });
  };
  readLines(child.stdout!, 'stdout');
  readLines(child.stderr!, 'stderr');

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      killGroup(child, 'SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]);
      if (!stopped) {
        killGroup(child, 'SIGKILL');
        await Promise.race([exited, delay(5_000)]);
      }
      // Anything the Playground itself started (its group) goes too, even after it exited.
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* no such group: nothing left */
        }
      }
      live.delete(child);
      removeConfig();
    })());

  const deadline = Date.now() + readyTimeoutMs;
  const lastWords = () => (recent.length ? `: ${recent.slice(-3).join(' | ')}` : '');
  const earlyExit = exited.then((code) => {
    throw new Error(`the Playground exited (${code}) before it was ready${lastWords()}`);
  });
  earlyExit.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the Playground did not start listening within ${readyTimeoutMs / 1000} s${lastWords()}`)), readyTimeoutMs);
  });
  timedOut.catch(() => undefined);
  try {
    await Promise.race([portKnown, earlyExit, spawnError, timedOut]);
    const port = announcedPort!;
    const url = `http://127.0.0.1:${port}/`;
    await Promise.race([waitForHttp(url, deadline), earlyExit]);
    return { port, url, pid: child.pid!, exited, close };
  } catch (error) {
    await close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Polls until `url` answers 200 or the deadline passes. */
async function waitForHttp(url: string, deadline: number): Promise<void> {
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = oneLine(error);
    }
    await delay(250);
  }
  throw new Error(`the Playground UI at ${url} did not answer in time (${last})`);
}

async function main(): Promise<void> {
  let app: RunningApp | undefined;
  let playground: LaunchedPlayground | undefined;
  let stopping = false;
  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled([playground?.close(), app?.close()]);
    process.exit(exitCode);
  };
  // `on`, not `once`: Ctrl+C reaches this process twice (from the terminal and relayed by tsx/npm),
  // and a second, unhandled SIGINT would kill it before the Playground is stopped.
  const onSignal = () => {
    if (stopping) return;
    console.error('stopping Maker Hub and the Playground…');
    void stop(0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);

  // The app is imported here, not at the top: tests import this module only for launchPlayground.
  const [{ ConfigError, loadConfig }, { createLogger }, { startApp }] = await Promise.all([
    import('../src/config/index.js'),
    import('../src/logging.js'),
    import('../src/server/start.js'),
  ]);
  try {
    const port = parsePlaygroundPort(process.env['PLAYGROUND_PORT']);
    const config = loadConfig();
    try {
      app = await startApp(config, createLogger(config.logLevel));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
        throw new Error(`port ${config.server.port} on ${config.server.host} is already in use: is Maker Hub already running? (set PORT to use another)`);
      throw error;
    }
    const endpoint = `${app.url}/api/messages`;
    const ownConfigFile = existsSync(path.resolve('.m365agentsplayground.yml')) || process.env['M365_AGENTS_PLAYGROUND_CONFIG_PATH'] !== undefined;
    const dev = config.auth.devIdentity;
    const tenants = config.auth.tenants;
    const tenantId = tenants.kind === 'any' || tenants.tenantIds.includes(dev.tenantId) || !tenants.tenantIds[0] ? dev.tenantId : tenants.tenantIds[0];
    playground = await launchPlayground({
      endpoint,
      port,
      identity: ownConfigFile ? undefined : { tenantId, aadObjectId: dev.aadObjectId, name: dev.displayName },
      // Beside the database (gitignored), rewritten on every start: nothing to clean up after Ctrl+C.
      configFile: path.resolve(config.settings.DATA_DIR, 'playground.yml'),
      logFile: path.resolve(config.settings.DATA_DIR, 'playground.log'),
      onOutput: (line) => {
        if (!/^Listening on \d+/.test(line)) console.error(`[playground] ${line}`);
      },
    });
    const moved = playground.port !== port ? ` (port ${port} was taken)` : '';
    const who = ownConfigFile ? 'the user in your Playground config file' : `${dev.displayName} (DEV_USER_ID)`;
    console.error(`Maker Hub is running at ${app.url}  (bot endpoint ${endpoint})`);
    console.error(`Agents Playground: open ${playground.url}${moved}  You chat as ${who}. Ctrl+C stops both.`);
    const code = await playground.exited;
    if (!stopping) {
      console.error(`error: the Playground stopped (${code}); stopping Maker Hub`);
      await stop(1);
    }
  } catch (error) {
    if (stopping) return;
    if (error instanceof ConfigError) console.error(`error: ${error.problems.join('\nerror: ')}`);
    else console.error(`error: ${oneLine(error)}`);
    await stop(1);
  }
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly)
  main().catch((error: unknown) => {
    console.error(`error: ${oneLine(error)}`);
    process.exit(1);
  });
