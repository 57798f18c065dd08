import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The checkpointer's own code: a second connection to the same file, in a worker thread, that
 * copies the WAL back into the database (PASSIVE: it never waits for, nor blocks, the writer).
 * Plain CommonJS run from a string, so it works the same from the TypeScript sources and the build.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: the next tick tries again */ }
}, workerData.everyMs);
parentPort.once('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export interface Checkpointer {
  /** Stops checkpointing and closes the worker's connection (the process may exit before it has). */
  stop(): void;
}

/**
 * Checkpoints a WAL-mode database every `everyMs` from a worker thread. SQLite otherwise
 * checkpoints inside whichever commit crosses 1,000 WAL pages, and a timer on the main thread
 * would still stall every bot turn behind it (copying pages and syncing the file); SQLite's own
 * advice for busy writers is to turn automatic checkpoints off and run them from another thread.
 */
export function startCheckpointer(file: string, everyMs: number): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { file, everyMs, driver } });
  worker.unref();
  // A checkpointer that fails to start (a file removed under it) costs only WAL growth; the last
  // connection to close checkpoints anyway.
  worker.on('error', () => undefined);
  return {
    stop() {
      worker.postMessage('stop');
    },
  };
}
