/**
 * npm run bench:home [-- --database sqlite|postgres] [--url postgres://…] [--samples 200]
 *
 * Seeds the volume of bench:insights (100,000 questions, 50,000 RSVPs, 10,000 requests, 5,000
 * makers with training and stories: bench/seed-volume.ts), starts the whole app on it and times
 * GET /api/home over HTTP as a busy maker, an expert and a CoE admin (whose Home also counts the
 * waiting work: approvals, moderation, this week's knowledge gaps, unannounced events). Each figure
 * is the server's whole answer: auth, every query, JSON. Target: p95 under 50 ms.
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
    samples: { type: 'string', default: '200' },
  },
});
const SAMPLES = Number(values.samples);
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const ADMIN = '00000000-0000-0000-0000-00000000a001';
/** Seeded makers given an Entra id of the dev tenant, so X-Dev-User signs in as them with their history. */
const MAKER = '00000000-0000-0000-0000-0000000b0001';
const EXPERT = '00000000-0000-0000-0000-0000000e0001';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function scratchPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `mh_bench_home_${randomUUID().slice(0, 8)}`;
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
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mh-bench-home-'));
  const postgres = values.database === 'postgres' ? await scratchPostgres(values.url!) : undefined;
  const settings = parseSettings({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    SEED_SAMPLE_CONTENT: 'false',
    AUTH_DEV_MODE: 'true',
    DEV_TENANT_ID: TENANT,
    DEV_USER_ID: ADMIN,
    INITIAL_ADMINS: ADMIN,
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
  });
  const app = await startApp(toAppConfig(settings), createLogger('silent'));
  try {
    const db = app.services.store.handle.db;
    const seedStart = performance.now();
    const counts = await seedVolume(db, { ...DEFAULT_VOLUME, now: new Date() });
    // The busiest seeded maker, and another one as the expert.
    const busiest = await db.selectFrom('event_rsvps').select((eb) => ['user_id', eb.fn.countAll().as('n')]).groupBy('user_id').orderBy(sql`count(*)`, 'desc').limit(2).execute();
    await db.updateTable('users').set({ tenant_id: TENANT, aad_object_id: MAKER }).where('id', '=', busiest[0]!.user_id).execute();
    await db.updateTable('users').set({ tenant_id: TENANT, aad_object_id: EXPERT }).where('id', '=', busiest[1]!.user_id).execute();
    await db.insertInto('user_roles').values({ user_id: busiest[1]!.user_id, role: 'expert', granted_by: null, granted_at: new Date().toISOString() }).execute();
    if (postgres) await sql`analyze`.execute(db);
    console.log(`seeded on ${values.database} in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${Object.entries(counts).map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join(', ')}`);
    console.log('');
    console.log('| GET /api/home as | samples | p50 | p95 | max | response |');
    console.log('|---|---|---|---|---|---|');
    for (const [label, oid] of [
      ['a busy maker', MAKER],
      ['an expert', EXPERT],
      ['a CoE admin', ADMIN],
    ] as const) {
      const headers = { 'x-dev-user': oid };
      const url = `${app.url}/api/home`;
      const first = await fetch(url, { headers }); // warm-up (statement caches, page cache)
      if (first.status !== 200) throw new Error(`GET ${url} answered ${first.status}: ${await first.text()}`);
      await first.arrayBuffer();
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < SAMPLES; i++) {
        const t0 = performance.now();
        const res = await fetch(url, { headers });
        bytes = (await res.arrayBuffer()).byteLength;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const ms = (v: number) => `${v.toFixed(1)} ms`;
      console.log(`| ${label} | ${SAMPLES} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(times.at(-1)!)} | ${(bytes / 1024).toFixed(1)} KB |`);
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
