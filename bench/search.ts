/**
 * npm run bench:search [-- <corpus folder>] [--events 500] [--stories 300]
 *
 * The one search box (GET /api/search's index, src/domain/search/site-search.ts) on a SQLite
 * database holding the starter FAQ, the Power Platform docs corpus (357 articles), the seeded
 * training paths, `--events` scheduled events and `--stories` published stories. Prints the cold
 * build of the index, the per-search freshness check when nothing changed, the catch-up after one
 * story is published, and p50/p95 of whole searches for the maker question set (bench/qa-makers-test.yaml).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import '../src/runtime/quiet-known-warnings.js';
import { parseSettings, toAppConfig } from '../src/config/index.js';
import { createServices } from '../src/container.js';
import { createLogger } from '../src/logging.js';
import { userChange } from '../src/domain/identity/types.js';
import { readStarterFaq } from '../src/seed/ask.js';
import { seedTraining } from '../src/seed/training.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { events: { type: 'string', default: '500' }, stories: { type: 'string', default: '300' } } });
const corpusDir = path.resolve(positionals[0] ?? process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'));
if (!existsSync(corpusDir)) {
  console.error(`error: corpus folder ${corpusDir} not found (pass it as the first argument or set CORPUS_DIR)`);
  process.exit(2);
}
const ADMIN = '00000000-0000-0000-0000-00000000a001';
const TENANT = '00000000-0000-0000-0000-0000000000aa';

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const dir = mkdtempSync(path.join(tmpdir(), 'bench-search-'));
const config = toAppConfig(parseSettings({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent', SEED_SAMPLE_CONTENT: 'false', INITIAL_ADMINS: ADMIN, TAB_ENDPOINT: 'http://localhost:3978' }));
const services = await createServices(config, createLogger('silent'));
try {
  const admin = await services.identity.signIn({ tenantId: TENANT, aadObjectId: ADMIN, displayName: 'Bench Admin' });
  const actor = userChange(admin);
  await services.ask.faq.seed(readStarterFaq(path.resolve(here, '../content')));
  await seedTraining(services);
  const ingest = await services.ask.knowledge.ingest({ actor: { kind: 'system', name: 'bench' } }, corpusDir);
  for (let i = 0; i < Number(values.events); i++) {
    const day = new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    await services.events.create(actor, { title: `Office hours ${i}: canvas apps and flows`, description: 'Bring your questions about Power Apps, Power Automate and Dataverse.', type: 'office-hours', start: `${day}T10:00`, end: `${day}T11:00`, timeZone: 'Europe/Berlin', meetingUrl: null, location: 'Teams', capacity: null, audienceNote: null } as never);
  }
  for (let i = 0; i < Number(values.stories); i++) {
    const { story } = await services.stories.submit(actor, { title: `Story ${i}: approvals without email`, problem: `Team ${i} chased approvals by email for weeks at a time.`, solution: 'A Power Automate approval flow with a canvas app and a Power BI report.', products: 'power-apps,power-automate', department: 'Finance', hoursSavedPerMonth: '10' }, `bench-${i}`);
    if (story.status !== 'published') await services.stories.moderate(actor, story.id, 'approve');
  }
  const search = services.search.index;

  let t = process.hrtime.bigint();
  await search.refresh();
  const cold = ms(t);
  const checks: number[] = [];
  for (let i = 0; i < 50; i++) {
    t = process.hrtime.bigint();
    await search.refresh();
    checks.push(ms(t));
  }
  const { story } = await services.stories.submit(actor, { title: 'One more story about walruses', problem: 'Walrus counts lived in many spreadsheets.', solution: 'A canvas app that collects every count in Dataverse.', products: 'power-apps', department: 'Research', hoursSavedPerMonth: '5' }, 'bench-last');
  if (story.status !== 'published') await services.stories.moderate(actor, story.id, 'approve');
  t = process.hrtime.bigint();
  await search.refresh();
  const catchUp = ms(t);

  const questions = (parse(readFileSync(path.join(here, 'qa-makers-test.yaml'), 'utf8')) as { in_scope: Array<{ q: string }> }).in_scope.map((x) => x.q.slice(0, 200));
  for (const q of questions.slice(0, 20)) await search.search(q, { limit: 20 });
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of questions) {
      t = process.hrtime.bigint();
      await search.search(q, { limit: 20 });
      times.push(ms(t));
    }
  }
  checks.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1);
  console.log(`items indexed: ${search.size} (${ingest.added.length} articles, ${values.events} events, ${Number(values.stories) + 1} stories, starter FAQ and seeded training)`);
  console.log(`cold build of the index: ${f(cold)} ms`);
  console.log(`freshness check, nothing changed: p50 ${f(pct(checks, 50))} ms, p95 ${f(pct(checks, 95))} ms`);
  console.log(`catch-up after one story was published: ${f(catchUp)} ms`);
  console.log(`whole search (check + query + snippets), ${times.length} searches of ${questions.length} maker questions: p50 ${f(pct(times, 50))} ms, p95 ${f(pct(times, 95))} ms`);
} finally {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
}
