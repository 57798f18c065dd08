import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { routeTable } from '../../src/server/routes/access.js';
import { postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { randomActivity, randomBody, randomString, randomValue, Rng } from './fuzz-inputs.js';
import { createFixtures, paramValue, PEOPLE, TENANT, type Fixtures } from './rbac-fixtures.js';

/** FUZZ_SEED replays a failing run exactly; FUZZ_ACTIVITIES / FUZZ_BODIES change the amount. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
const ACTIVITIES = Number(process.env.FUZZ_ACTIVITIES ?? 2000);
const BODIES = Number(process.env.FUZZ_BODIES ?? 2000);
const BATCH = 10;

/** Tables a refused request may still write: the refusal's audit record and the caller's sign-in. */
const MAY_CHANGE_ON_REFUSAL = new Set(['audit', 'users', 'user_roles', 'conversations', 'delivery_workers', 'kysely_migration', 'kysely_migration_lock']);

interface Planned {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * Bad input, generated: seeded and reproducible, through the real HTTP endpoint on one app and
 * one SQLite database. No 5xx, no crash, no prototype pollution, and no state change on a 4xx —
 * checked by counting every write to the domain's tables with temporary triggers on the app's own
 * connection (one SELECT per check).
 */
describe(`fuzz: ${ACTIVITIES} activities and ${BODIES} API requests (seed ${SEED})`, function () {
  this.timeout(300_000);
  let t: TestApp;
  let stub: ConnectorStub;
  let f: Fixtures;

  const changes = async () => Number((await sql<{ n: number }>`SELECT n FROM temp.fuzz_changes`.execute(t.app.services.store.handle.db)).rows[0]!.n);

  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({ DELIVERY_WORKER: 'off', BOT_REPLY_TIMEOUT_MS: '500', LOG_LEVEL: 'silent' });
    f = await createFixtures(t.app, 'fuzz');
    const db = t.app.services.store.handle.db;
    assert.equal(t.app.services.store.handle.flavour, 'sqlite');
    await sql`CREATE TEMP TABLE fuzz_changes (n INTEGER NOT NULL)`.execute(db);
    await sql`INSERT INTO temp.fuzz_changes VALUES (0)`.execute(db);
    const tables = (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(db)).rows.map((r) => r.name);
    for (const table of tables.filter((name) => !MAY_CHANGE_ON_REFUSAL.has(name)))
      for (const event of ['INSERT', 'UPDATE', 'DELETE'])
        await sql.raw(`CREATE TEMP TRIGGER fuzz_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table} BEGIN UPDATE fuzz_changes SET n = n + 1; END`).execute(db);
    // The fingerprint must see a real change, or every "nothing changed" below would be vacuous.
    const res = await fetch(`${t.baseUrl}/api/ask/questions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'How do I share a canvas app?' }) });
    assert.equal(res.status, 200);
    assert.ok((await changes()) > 0, 'the triggers count writes');
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });

  it('when generated activities arrive in batches, then none gets a 5xx and a batch refused whole (4xx) changes nothing', async () => {
    const rng = new Rng(SEED);
    const people = [PEOPLE.maker.oid, PEOPLE.owner.oid, PEOPLE.admin.oid];
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    for (let done = 0; done < ACTIVITIES; done += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, ACTIVITIES - done) }, () => randomActivity(rng, stub.url, TENANT, people));
      const before = await changes();
      const results = await Promise.all(batch.map((a) => postActivity(t.baseUrl, a)));
      results.forEach((r, i) => {
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.status >= 500) problems.push(`activity #${done + i}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)} for ${JSON.stringify(batch[i]).slice(0, 300)}`);
      });
      if (results.every((r) => r.status >= 400 && r.status < 500) && (await changes()) !== before) problems.push(`activities #${done}–${done + batch.length - 1}: all refused, yet the database changed`);
    }
    assert.deepEqual(problems, [], `seed ${SEED}`);
    // The generator must exercise both sides: turns the bot ran, and activities the edge refused.
    assert.ok((statuses.get(200) ?? 0) > ACTIVITIES / 4 && (statuses.get(400) ?? 0) > ACTIVITIES / 20, `statuses ${JSON.stringify([...statuses])}`);
    stub.reset();
  });

  it('when generated API requests arrive for every route, then none gets a 5xx, reads change nothing, and no refused request changes anything', async () => {
    const rng = new Rng(SEED ^ 0x5f3759df);
    const routes = routeTable(t.app.server).filter((r) => r.path.startsWith('/api/') && r.path !== '/api/messages');
    const callers: Array<Record<string, string>> = [{}, { 'x-dev-user': PEOPLE.maker.oid }, { 'x-dev-user': PEOPLE.owner.oid }, { 'x-dev-user': randomString(rng).slice(0, 60) }];
    const plan: Planned[] = Array.from({ length: BODIES }, () => planRequest(rng, rng.pick(routes), f, rng.pick(callers)));
    const problems: string[] = [];
    const classes = { ok: 0, refused: 0 };
    const check = (p: Planned, status: number, text: string) => {
      if (status < 300) classes.ok += 1;
      else if (status < 500) classes.refused += 1;
      if (status >= 500) problems.push(`${p.method} ${p.url}: ${status} ${text.slice(0, 200)} body ${p.body?.slice(0, 200)}`);
    };
    for (let i = 0; i < plan.length; i += BATCH) {
      const chunk = plan.slice(i, i + BATCH);
      // Reads in parallel: together they must change nothing at all.
      const reads = chunk.filter((p) => p.method === 'GET');
      const before = await changes();
      await Promise.all(
        reads.map(async (p) => {
          const res = await fetch(`${t.baseUrl}${p.url}`, { headers: p.headers, redirect: 'manual' });
          check(p, res.status, await res.text());
        }),
      );
      if ((await changes()) !== before) problems.push(`reads ${reads.map((p) => p.url).join(', ')} changed the database`);
      // Writes one by one, so a refused one is caught changing something.
      for (const p of chunk.filter((x) => x.method !== 'GET')) {
        const start = await changes();
        const res = await fetch(`${t.baseUrl}${p.url}`, { method: p.method, headers: p.headers, body: p.body, redirect: 'manual' });
        const text = await res.text();
        check(p, res.status, text);
        if (res.status >= 400 && res.status < 500 && (await changes()) !== start) problems.push(`${p.method} ${p.url} → ${res.status}, yet the database changed; body ${p.body?.slice(0, 200)}`);
      }
    }
    assert.deepEqual(problems, [], `seed ${SEED}`);
    assert.ok(classes.ok > BODIES / 10 && classes.refused > BODIES / 4, `answers ${JSON.stringify(classes)}`);
  });

  it('when the fuzzing is over, then the process still serves and no prototype was polluted', async () => {
    assert.equal((await fetch(`${t.baseUrl}/healthz`)).status, 200);
    assert.equal((await fetch(`${t.baseUrl}/readyz`)).status, 200);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

/** encodeURIComponent refuses lone surrogates; a URL cannot carry them anyway. */
const enc = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));

/** One request for a route: usually its own method and real ids, sometimes anything at all. */
function planRequest(rng: Rng, route: { method: string; path: string }, f: Fixtures, caller: Record<string, string>): Planned {
  const method = rng.chance(0.92) ? route.method : rng.pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
  const path = route.path.replace(/:(\w+)/g, (_m, param: string) => enc(rng.chance(0.6) ? (paramValue(route.path, param, f) ?? randomString(rng)) : randomString(rng).slice(0, 300)));
  const query = rng.chance(0.4)
    ? `?${Array.from({ length: 1 + rng.int(3) }, () => `${enc(rng.pick(['q', 'status', 'type', 'scope', 'state', 'days', 'from', 'to', 'limit', 'table', 'when', 'mine', 'reason', 'attention', randomString(rng).slice(0, 20)]))}=${enc(String(randomValue(rng)).slice(0, 200))}`).join('&')}`
    : '';
  const planned: Planned = { method, url: `${path}${query}`, headers: { ...caller } };
  if (method !== 'GET' && method !== 'DELETE' && rng.chance(0.95)) {
    const { text, type } = randomBody(rng);
    planned.body = text;
    planned.headers['content-type'] = type;
  }
  return planned;
}
