/**
 * The app process of the crash test: starts Maker Hub (HTTP server and delivery worker) on a
 * SQLite file and, with CRASH_FANOUT=1, queues a fan-out of CRASH_MESSAGES card messages across
 * CRASH_TENANTS tenants (personal chats and channels) pointing at the Teams stand-in. Prints one
 * JSON line when it is listening, so the test knows where to ask for the delivery report.
 *
 *   tsx tests/delivery/crash-child.ts   (env: CRASH_DATA_DIR, CRASH_TEAMS_URL, CRASH_BOT_IDENTITY={…}, CRASH_FANOUT, CRASH_SETTINGS={…}, …)
 */
import { cardNotice } from '../../src/domain/delivery/service.js';
import type { OutboundMessage } from '../../src/domain/delivery/types.js';
import { createLogger } from '../../src/logging.js';
import { stopOnSignals } from '../../src/server/shutdown.js';
import { startApp } from '../../src/server/start.js';
import { conversationInput } from '../helpers/delivery-fakes.js';
import { testConfig } from '../helpers/test-app.js';

const env = process.env;
const teamsUrl = env.CRASH_TEAMS_URL!;
const tenants = Number(env.CRASH_TENANTS ?? 5);
const total = Number(env.CRASH_MESSAGES ?? 2000);
const perConversation = Number(env.CRASH_PER_CONVERSATION ?? 4);

export const BATCH_ID = 'crash-fanout';
const guid = (prefix: number, n: number) => `00000000-0000-0000-${String(prefix).padStart(4, '0')}-${String(n).padStart(12, '0')}`;

async function main(): Promise<void> {
  const config = testConfig(
    {
      LOG_LEVEL: env.CRASH_LOG_LEVEL ?? 'silent',
      DELIVERY_TENANT_RPS: '50',
      DELIVERY_CONCURRENCY: '64',
      // Long enough that a loaded machine does not let a lane's lease run out while its own send
      // is still queued (the same worker would claim it again, find nothing posted yet and send a
      // second time); short enough that the restarted app takes over the killed one's lanes soon.
      // 3 s failed "exactly once" under load (four busy loops beside the test); 10 s held.
      DELIVERY_LEASE_SECONDS: '10',
      DELIVERY_POLL_MS: '50',
      DELIVERY_LOOKUP: 'graph',
      GRAPH_BASE_URL: teamsUrl.replace(/\/$/, ''),
      // The bot's identity (Graph is read as the bot): the stand-in's Entra ID, over https.
      ...(JSON.parse(env.CRASH_BOT_IDENTITY ?? '{}') as Record<string, string>),
      // Other tests reuse this process with their own settings (e.g. DATABASE_URL for PostgreSQL).
      ...(env.CRASH_SETTINGS ? (JSON.parse(env.CRASH_SETTINGS) as Record<string, string>) : {}),
    },
    env.CRASH_DATA_DIR,
  );
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  // The production stop on SIGTERM (the shutdown test sends one mid fan-out; the crash test kill -9s).
  stopOnSignals(app, logger, null);
  if (env.CRASH_FANOUT === '1') {
    const repos = app.services.store.repos;
    const at = new Date().toISOString();
    const conversations = Math.ceil(total / perConversation);
    const messages: OutboundMessage[] = [];
    for (let c = 0; c < conversations; c += 1) {
      const tenantId = guid(1, (c % tenants) + 1);
      const channel = c % 5 === 0;
      const id = channel ? `19:crash-channel-${c}@thread.tacv2` : `a:crash-chat-${c}`;
      await repos.conversations.upsertInstalled(
        conversationInput(id, { tenantId, serviceUrl: teamsUrl, userAad: guid(2, c), ...(channel ? { scope: 'channel' as const, teamAadGroupId: guid(3, c) } : {}) }),
        at,
      );
      for (let m = 0; m < perConversation && messages.length < total; m += 1) {
        const key = `crash:${c}:${m}`;
        messages.push(cardNotice({ key, conversationId: id, card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `Message ${m} for ${id}` }] } }));
      }
    }
    await app.services.delivery.enqueueBatch({ id: BATCH_ID, kind: 'crash-test', title: 'Crash test fan-out', createdBy: null }, messages);
  }
  process.stdout.write(`${JSON.stringify({ ready: app.url })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`crash child failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
