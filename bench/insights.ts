/**
 * npm run bench:insights [-- --database sqlite|postgres] [--url postgres://…] [--samples 20]
 *
 * Seeds a year of history (100,000 questions, 10,000 environment requests, 50,000 RSVPs, 5,000
 * makers, their training and stories: bench/seed-volume.ts), starts the whole app on it and times
 * the dashboard API (GET /api/admin/insights, as a coe-admin through the dev identity) over HTTP
 * for the ranges the tab offers. Each figure is the server's whole answer: auth, role check, all
 * SQL aggregates for the period and the one before, gap grouping, tables, JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import '../src/runtime/quiet-known-warnings.js';
import { parseSettings, toAppConfig } from '../src/config/index.js';
import { createLogger } from '../src/logging.js';
import { startApp } from '../src/server/start.js';
import { DEFAULT_VOLUME, seedVolume } from './seed-volume.js';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'sqlite' },
    url: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
    samples: { type: 'string', default: '20' },
  },
});
const SAMPLES = Number(values.samples);
const RANGES: Array<[string, string]> = [
  ['last 7 days', 'days=7'],
  ['last 30 days', 'days=30'],
  ['last 90 days', 'days=90'],
  ['last 365 days', 'days=365'],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A scratch PostgreSQL database on the given server, dropped afterwards. */
async function scratchPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `mh_bench_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mh-bench-insights-'));
  const postgres = values.database === 'postgres' ? await scratchPostgres(values.url!) : undefined;
  const settings = parseSettings({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    SEED_SAMPLE_CONTENT: 'false',
    AUTH_DEV_MODE: 'true',
    DEV_TENANT_ID: '00000000-0000-0000-0000-0000000000aa',
    DEV_USER_ID: '00000000-0000-0000-0000-00000000a001',
    INITIAL_ADMINS: '00000000-0000-0000-0000-00000000a001',
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
  });
  const app = await startApp(toAppConfig(settings), createLogger('silent'));
  try {
    const seedStart = performance.now();
    const counts = await seedVolume(app.services.store.handle.db, { ...DEFAULT_VOLUME, now: new Date() });
    const seedSeconds = (performance.now() - seedStart) / 1000;
    // PostgreSQL's autovacuum would gather statistics after such a load; do it now rather than wait.
    if (postgres) await sql`analyze`.execute(app.services.store.handle.db);
    console.log(`seeded on ${values.database} in ${seedSeconds.toFixed(1)} s: ${Object.entries(counts).map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join(', ')}`);
    console.log('');
    console.log(`| range | samples | p50 | p95 | max | response |`);
    console.log(`|---|---|---|---|---|---|`);
    for (const [label, query] of RANGES) {
      const url = `${app.url}/api/admin/insights?${query}`;
      let bytes = 0;
      const first = await fetch(url); // warm-up (statement caches, page cache)
      if (first.status !== 200) throw new Error(`GET ${url} answered ${first.status}: ${await first.text()}`);
      await first.arrayBuffer();
      const times: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const t0 = performance.now();
        const res = await fetch(url);
        bytes = (await res.arrayBuffer()).byteLength;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const ms = (v: number) => `${v.toFixed(0)} ms`;
      console.log(`| ${label} | ${SAMPLES} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(times.at(-1)!)} | ${(bytes / 1024).toFixed(0)} KB |`);
    }
  } finally {
    await app.close();
    await postgres?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
