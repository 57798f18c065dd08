/**
 * `npm run dev`: the server and the tab, each reloaded when its code changes. Vite rebuilds the tab
 * into dist/tab (`vite build --watch`); tsx restarts the server when its code changes and when a
 * new tab build lands (the server lists the tab's files once, at start). Both write to this
 * terminal, so the server's logs are the readable ones (src/logging.ts). Ctrl+C stops both.
 *
 * For the tab alone with hot module reload in a browser: `npm run dev:tab` (Vite's dev server,
 * /api forwarded to this server on :3978).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const tabIndex = path.join(root, 'dist', 'tab', 'index.html');

const children: ChildProcess[] = [];
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

function run(name: string, command: string, args: string[]): void {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`dev: ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
    stop(code ?? 1);
  });
}

const modified = (file: string) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** The server lists the tab's files at start: wait for the first build instead of serving an old or missing one. */
async function firstTabBuild(since: number): Promise<void> {
  while (!stopping && modified(tabIndex) < since) await new Promise((resolve) => setTimeout(resolve, 300));
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const started = Date.now();
console.error('dev: building the tab (vite build --watch), then starting the server (tsx watch)…');
run('tab build', bin('vite'), ['build', '--watch', '--config', 'tab/vite.config.ts']);
await firstTabBuild(started);
if (!stopping) run('server', bin('tsx'), ['watch', '--clear-screen=false', '--include', 'dist/tab/index.html', 'src/cli/main.ts', 'serve']);
