import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseConfig } from '../../src/config/index.js';
import { createServices, type Services } from '../../src/container.js';
import { createLogger } from '../../src/logging.js';
import { readStarterFaq } from '../../src/seed/ask.js';
import { writeFolder } from '../helpers/ask.js';
import { testConfig } from '../helpers/test-app.js';
import { userChange } from '../../src/domain/identity/types.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';

/** The Ask repositories on one database flavour: the same checks run on SQLite and PostgreSQL (PGlite). */
export function askStorageSuite(name: string, setup: () => Promise<{ config?: DatabaseConfig; cleanup?: () => Promise<void> }>): void {
  describe(`storage: Ask on ${name}`, function () {
    // Like the other storage suites: the first PGlite database of a run also builds the migrated
    // snapshot, and with the tests sorted by capability this suite is now the first to ask for it.
    this.timeout(60_000);
    let services: Services;
    let dataDir: string;
    let docs: string;
    let cleanup: (() => Promise<void>) | undefined;

    beforeEach(async () => {
      dataDir = mkdtempSync(path.join(tmpdir(), 'mh-ask-store-'));
      docs = mkdtempSync(path.join(tmpdir(), 'mh-ask-docs-'));
      writeFolder(docs, { 'a.md': '# Gateways\n\nThe CoE runs the on-premises data gateway cluster.\n\n## Request access\n\nAsk the CoE for gateway access.\n' });
      const config = testConfig({}, dataDir);
      const db = await setup();
      cleanup = db.cleanup;
      if (db.config) config.database = db.config;
      services = await createServices(config, createLogger('silent'));
    });
    afterEach(async () => {
      // PGlite's shutdown sets process.exitCode (Emscripten); keep it from leaking into CLI tests that check it.
      const exitCode = process.exitCode;
      await services.close();
      process.exitCode = exitCode;
      await cleanup?.();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(docs, { recursive: true, force: true });
    });

    it('when content, questions and tickets are stored, then everything reads back the same and revisions count up', async () => {
      const ask = services.ask;
      assert.equal(await ask.faq.seed(readStarterFaq(path.resolve('content'))), 34);
      assert.equal(await ask.faq.seed(readStarterFaq(path.resolve('content'))), 0, 'seeding twice adds nothing');
      await ask.knowledge.ingest({ actor: { kind: 'operator', name: 'test' } }, docs);
      const revision = await services.store.repos.kbDocuments.revision();
      assert.equal(revision, 35);
      const [loaded] = await services.store.repos.kbDocuments.loadAll();
      assert.deepEqual(loaded!.sections.map((s) => [s.ordinal, s.heading, s.parents]), [[0, null, []], [1, 'Request access', []]]);

      const principal = await services.identity.signIn({ tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-00000000b002', displayName: 'Mia Maker' });
      const { record } = await ask.questions.ask(userChange(principal), { question: 'how do I request gateway access', channel: 'personal', conversationId: 'a:chat', threadId: null });
      const stored = await services.store.repos.askQuestions.find(record.id);
      assert.deepEqual({ ...stored, confidence: Math.round(stored!.confidence * 1000) / 1000 }, { ...record, confidence: Math.round(record.confidence * 1000) / 1000 });
      assert.equal(stored!.topSourcePath, 'a.md');

      const { ticket } = await ask.tickets.escalate(userChange(principal), record.id);
      const admin = await services.identity.signIn({ tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-00000000a001', displayName: 'Ada Admin' });
      const answered = await ask.tickets.act(userChange(admin), ticket.id, 'answer', { answer: 'Ask in the CoE channel.' });
      assert.deepEqual([answered.state, answered.answeredByName, answered.version], ['answered', 'Ada Admin', 2]);
      const promoted = await ask.tickets.act(userChange(admin), ticket.id, 'promote');
      assert.equal(promoted.kbEntryId, 'ticket-1');
      assert.equal((await services.store.repos.kbEntries.find('ticket-1'))?.kind, 'expert');
      assert.deepEqual((await ask.tickets.list(principal, 'mine')).map((t) => t.number), [1]);

      await ask.questions.feedback(userChange(principal), record.id, 'not-helpful');
      const gaps = await services.store.repos.askQuestions.gaps('2000-01-01T00:00:00.000Z', 10);
      assert.deepEqual(gaps.map((g) => [g.normalized, g.count]), [[record.normalized, 1]]);
    });

    it('when many makers ask at the same moment, then their questions share commits and each is stored, with its activity, before its answer returns', async () => {
      await services.ask.faq.seed(readStarterFaq(path.resolve('content')));
      const makers = await Promise.all(
        [1, 2, 3, 4].map((n) => services.identity.signIn({ tenantId: TENANT, aadObjectId: `00000000-0000-0000-0000-00000000c00${n}`, displayName: `Maker ${n}` })),
      );
      let transactions = 0;
      const store = services.store;
      const transaction = store.transaction.bind(store);
      store.transaction = (work) => {
        transactions += 1;
        return transaction(work);
      };
      const asked = await Promise.all(
        Array.from({ length: 12 }, async (_, i) => {
          const { record } = await services.ask.questions.ask(userChange(makers[i % 4]!), { question: `how do I get a developer environment ${i}`, channel: 'personal', conversationId: `a:chat-${i % 4}` });
          // Stored by the time the answer comes back: nothing is acknowledged before its commit.
          assert.equal((await store.repos.askQuestions.find(record.id))?.question, record.question);
          return record;
        }),
      );
      assert.ok(transactions < asked.length, `${transactions} commits for ${asked.length} questions`);
      const activity = await store.handle.db.selectFrom('activity').select(['entity_id', 'user_id']).where('kind', '=', 'asked').execute();
      assert.deepEqual(new Set(activity.map((a) => a.entity_id)), new Set(asked.map((r) => r.id)));
      const firstActive = await store.handle.db.selectFrom('users').select('first_active_at').where('id', 'in', makers.map((m) => m.user.id)).execute();
      assert.ok(firstActive.every((u) => u.first_active_at !== null));
    });
  });
}
