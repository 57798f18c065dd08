/**
 * Delivery benchmark: fans out to N recipients (5 % channels, 95 % personal chats; 10,000 = 500
 * channels + 9,500 chats) through the limit-enforcing Teams stand-in, and compares the elapsed time
 * with the least time the rate limits allow (the bound). Everything runs on 127.0.0.1.
 *
 *   npm run bench:delivery -- [--recipients 10000] [--tenant-rps 50] [--concurrency 32] [--latency-ms 0] [--database sqlite|pglite]
 *
 * Last line: `delivery: N messages, elapsed X s, bound Y s, ratio R, duplicates D, lost L`.
 */
import '../src/runtime/quiet-known-warnings.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cardNotice, textNotice } from '../src/domain/delivery/service.js';
import { minimumSpanMs, tenantLimits, THREAD_LIMITS } from '../src/domain/delivery/rate-limits.js';
import type { OutboundMessage } from '../src/domain/delivery/types.js';
import { createLogger } from '../src/logging.js';
import { startApp } from '../src/server/start.js';
import { conversationInput } from '../tests/helpers/delivery-fakes.js';
import { TeamsStandIn } from '../tests/helpers/teams-stand-in.js';
import { testConfig } from '../tests/helpers/test-app.js';

const { values } = parseArgs({
  options: {
    recipients: { type: 'string', default: '10000' },
    'tenant-rps': { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '32' },
    'latency-ms': { type: 'string', default: '0' },
    database: { type: 'string', default: 'sqlite' },
  },
});

const N = Number(values.recipients);
const RPS = Number(values['tenant-rps']);
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const guid = (n: number) => `00000000-0000-0000-0002-${String(n).padStart(12, '0')}`;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  if (!Number.isInteger(N) || N < 1) throw new Error('--recipients must be a positive whole number');
  const channels = Math.round(N * 0.05);
  const teams = await new TeamsStandIn({ tenantRps: 50 }).start();
  teams.keepActivities = false;
  teams.responseDelayMs = Number(values['latency-ms']);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mh-bench-'));
  const config = testConfig({ LOG_LEVEL: 'warn', DELIVERY_TENANT_RPS: String(RPS), DELIVERY_CONCURRENCY: values.concurrency!, DELIVERY_POLL_MS: '50' }, dataDir);
  if (values.database === 'pglite') config.database = { kind: 'pglite' };
  const app = await startApp(config, createLogger(config.logLevel));
  try {
    const setupStart = Date.now();
    const messages: OutboundMessage[] = [];
    await app.services.store.transaction(async (tx) => {
      const at = new Date().toISOString();
      for (let i = 0; i < N; i += 1) {
        const channel = i < channels;
        const id = channel ? `19:bench-channel-${i}@thread.tacv2` : `a:bench-chat-${i}`;
        await tx.conversations.upsertInstalled(conversationInput(id, { tenantId: TENANT, serviceUrl: teams.url, userAad: guid(i), ...(channel ? { scope: 'channel' as const } : {}) }), at);
        messages.push(
          channel
            ? cardNotice({ key: `bench:${i}`, conversationId: id, card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Community call on Thursday', wrap: true }] }, essential: false })
            : textNotice({ key: `bench:${i}`, conversationId: id, text: 'Reminder: the community call starts tomorrow at 10:00.', essential: false }),
        );
      }
    });
    // The clock starts when the fan-out is committed: from then on only the engine and the limits count.
    const enqueueStart = Date.now();
    await app.services.delivery.enqueueBatch({ id: 'bench', kind: 'benchmark', title: `Fan-out to ${N}`, createdBy: null }, messages);
    const t0 = Date.now();
    console.log(`setup: ${N} conversations (${channels} channels, ${N - channels} personal chats) in ${seconds(enqueueStart - setupStart)} s; queued ${N} messages in ${seconds(t0 - enqueueStart)} s`);

    let lastReport = t0;
    for (;;) {
      const posts = teams.posts().length;
      if (Date.now() - lastReport >= 10_000) {
        lastReport = Date.now();
        console.log(`  ${seconds(lastReport - t0)} s: ${posts} delivered (${(posts / ((lastReport - t0) / 1000)).toFixed(1)}/s)`);
      }
      const report = await app.services.delivery.report({ kind: 'operator', name: 'bench' }, 'bench');
      if (report.finished) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const posts = teams.posts();
    const last = Math.max(...posts.map((c) => c.at));
    const elapsed = last - t0;
    const bound = Math.max(minimumSpanMs(N, tenantLimits(Math.min(RPS, teams.tenantRps))), minimumSpanMs(1, THREAD_LIMITS));
    // BENCH_PROBE=1: how much later than the window allows each slot was reused (the cost of the safe accounting).
    if (process.env.BENCH_PROBE) {
      const at = posts.map((c) => c.at).sort((a, b) => a - b);
      const gaps = at.slice(RPS).map((t, i) => t - at[i]! - 1000);
      gaps.sort((a, b) => a - b);
      console.log(`probe: excess over window p50 ${gaps[Math.floor(gaps.length / 2)]} ms, p90 ${gaps[Math.floor(gaps.length * 0.9)]} ms, max ${gaps.at(-1)} ms`);
    }
    const keys = teams.postedKeys();
    const duplicates = [...keys.values()].reduce((n, c) => n + (c - 1), 0);
    const lost = N - keys.size;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const report = await app.services.delivery.report({ kind: 'operator', name: 'bench' }, 'bench');
    console.log(`calls: ${teams.calls.length} (429: ${teams.calls.filter((c) => c.status === 429).length}), limit violations: ${teams.violations.length}, states: ${JSON.stringify(report.counts)}`);
    console.log(`throughput: ${(N / (elapsed / 1000)).toFixed(1)} messages/s (budget ${RPS}/s per tenant), peak RSS ${rssMb.toFixed(0)} MB (app + stand-in in one process)`);
    console.log(`delivery: ${N} messages, elapsed ${seconds(elapsed)} s, bound ${seconds(bound)} s, ratio ${(elapsed / Math.max(bound, 1)).toFixed(3)}, duplicates ${duplicates}, lost ${lost}`);
    if (duplicates || lost || teams.violations.length) process.exitCode = 1;
  } finally {
    await app.close();
    await teams.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
