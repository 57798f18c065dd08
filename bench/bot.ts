/**
 * npm run bench:bot [-- <corpus folder>]: turns per second and latency of a knowledge-base question
 * through /api/messages (the whole app: auth, sign-in, conversation record, retrieval, question
 * log, card reply to a connector stand-in), side by side with a bare botbuilder echo bot on the
 * same HTTP stack, measured in the same run with autocannon. The ratio is what matters.
 *
 * Knowledge base: the starter FAQ that npm start seeds (the target row), then the same with the
 * corpus ingested when it is found (first argument, CORPUS_DIR, or ../shared/corpus/power-platform-docs).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import '../src/runtime/quiet-known-warnings.js';
import { parseSettings, toAppConfig } from '../src/config/index.js';
import { createLogger } from '../src/logging.js';
import { startApp } from '../src/server/start.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(process.argv[2] ?? process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'));
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const QUESTION = 'how do I get a developer environment?';

/** The Bot Connector's reply endpoint, answering 200 with an id and doing nothing else. */
async function connectorStub(): Promise<{ url: string; server: HttpServer }> {
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `stub-${++n}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

function activity(serviceUrl: string, text: string) {
  return {
    type: 'message',
    id: 'bench-1',
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:bench', name: 'Bench Maker', aadObjectId: '00000000-0000-0000-0000-00000000b0b0' },
    recipient: { id: '28:maker-hub-bot', name: 'Maker Hub' },
    conversation: { id: 'a:bench-personal', conversationType: 'personal', tenantId: '00000000-0000-0000-0000-0000000000aa' },
    channelData: { tenant: { id: '00000000-0000-0000-0000-0000000000aa' } },
    locale: 'en-US',
    text,
  };
}

/** The reference: botbuilder's CloudAdapter (anonymous, as in development) on restify, echoing the text. */
async function echoBot(): Promise<{ url: string; close(): Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler().onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text}`);
    await next();
  });
  const server = restify.createServer({ name: 'echo' });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function load(url: string, body: unknown): Promise<{ rps: number; p50: number; p99: number; errors: number; non2xx: number }> {
  const result = await autocannon({
    url: `${url}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections: CONNECTIONS,
    duration: DURATION,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

type Load = Awaited<ReturnType<typeof load>>;

function row(name: string, r: Load): string {
  return `| ${name} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.errors} / ${r.non2xx} |`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The round with the median throughput (its latencies are reported with it). */
function medianRun(runs: Load[]): Load {
  const m = median(runs.map((r) => r.rps));
  return runs.find((r) => r.rps === m) ?? runs[0]!;
}

/**
 * Runs the handlers in turns, several rounds: on a shared machine the available CPU drifts, and
 * alternating keeps each ratio a comparison of neighbouring measurements. Medians are reported.
 */
async function rounds(targets: Array<[string, () => Promise<Load>]>): Promise<Map<string, Load[]>> {
  const runs = new Map<string, Load[]>(targets.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) for (const [name, run] of targets) runs.get(name)!.push(await run());
  return runs;
}

async function main(): Promise<void> {
  const stub = await connectorStub();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'maker-hub-bench-'));
  const settings = parseSettings({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SEED_SAMPLE_CONTENT: 'true', AUTH_DEV_MODE: 'false', KB_CONTENT_DIR: path.join(here, '../content') });
  const app = await startApp(toAppConfig(settings), createLogger('silent'));
  const echo = await echoBot();
  const body = (text: string) => activity(stub.url, text);
  const echoRun = () => load(echo.url, body(QUESTION));
  const askRun = () => load(app.url, body(QUESTION));
  try {
    // Warm-up: JIT, the SQLite page cache, the index.
    await echoRun();
    await askRun();
    const faq = await rounds([['echo', echoRun], ['help', () => load(app.url, body('help'))], ['ask', askRun]]);
    let corpus: Map<string, Load[]> | undefined;
    if (existsSync(corpusDir)) {
      await app.services.ask.knowledge.ingest({ actor: { kind: 'operator', name: 'bench' } }, corpusDir);
      await askRun();
      corpus = await rounds([['echo', echoRun], ['ask', askRun]]);
    }
    const ratio = (runs: Map<string, Load[]>) => median(runs.get('ask')!.map((r, i) => r.rps / runs.get('echo')![i]!.rps));
    console.log(`Question "${QUESTION}"; ${CONNECTIONS} connections × ${DURATION} s per run, ${ROUNDS} alternating rounds (medians); Node ${process.version}; connector stand-in on 127.0.0.1\n`);
    console.log('| handler | turns/s | p50 | p99 | errors / non-2xx |');
    console.log('|---|---|---|---|---|');
    console.log(row('bare botbuilder echo (CloudAdapter + restify)', medianRun(faq.get('echo')!)));
    console.log(row('Maker Hub "help" (foundation only, no knowledge base)', medianRun(faq.get('help')!)));
    console.log(row('Maker Hub KB question, starter FAQ (as npm start seeds it)', medianRun(faq.get('ask')!)));
    if (corpus) console.log(row(`Maker Hub KB question, starter FAQ + corpus (${app.services.ask.kb.index.sourceCount} sources, ${app.services.ask.kb.index.size} passages)`, medianRun(corpus.get('ask')!)));
    const faqRatio = ratio(faq);
    console.log(`\nRatio (starter FAQ): ${faqRatio.toFixed(2)}× the echo bot's throughput (target ≥ 0.70×)${corpus ? `; with the corpus: ${ratio(corpus).toFixed(2)}×` : ''}`);
    process.exitCode = faqRatio >= 0.7 && faq.get('ask')!.every((r) => r.non2xx === 0) ? 0 : 1;
  } finally {
    await echo.close();
    await app.close();
    stub.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
