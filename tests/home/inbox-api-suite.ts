import assert from 'node:assert/strict';
import type { DatabaseConfig } from '../../src/config/index.js';
import { type Principal, userChange } from '../../src/domain/identity/types.js';
import { SqlAuditRepository } from '../../src/storage/repositories/audit.js';
import { SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { asActor, sampleEvent } from '../helpers/training-events.js';
import { as, buildWorld, OWEN_SECRETS, type HomeWorld, type Who } from './home-fixture.js';

type Json = Record<string, any>;

/** The inbox: items written by the changes themselves, read and marked read only by their person. */
export function inboxApiSuite(name: string, open: () => Promise<{ database: DatabaseConfig['kind'] | DatabaseConfig; cleanup?: () => Promise<void> }>): void {
  describe(`inbox on ${name}`, function () {
    this.timeout(90_000);
    let t: TestApp;
    let w: HomeWorld;
    let cleanup: (() => Promise<void>) | undefined;
    const by = (who: Who) => ({ actor: asActor(w.p[who]) as { kind: 'user'; principal: Principal } });

    before(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      t = await startTestApp({ DELIVERY_WORKER: 'off' }, { database: opened.database });
      w = await buildWorld(t, new Date());
    });
    after(async () => {
      await t?.close();
      await cleanup?.();
    });

    async function call(method: string, url: string, who: Who) {
      const res = await fetch(`${t.baseUrl}${url}`, { method, headers: { 'content-type': 'application/json', ...as(who) }, ...(method === 'POST' ? { body: '{}' } : {}) });
      const text = await res.text();
      return { status: res.status, text, body: (text ? JSON.parse(text) : null) as Json };
    }
    const inbox = async (who: Who, query = '') => (await call('GET', `/api/inbox${query}`, who)).body;
    const rows = (userId: string) => t.app.services.store.handle.db.selectFrom('inbox_items').selectAll().where('user_id', '=', userId).execute();

    it('when an expert answers a question, then the asker’s inbox has it, linking to their questions, and nobody else’s does', async () => {
      await t.app.services.ask.tickets.act(userChange(w.p.eli), w.owenTicketId, 'answer', { answer: 'Use the shared mailbox connector.' });
      const owen = await inbox('owen');
      assert.deepEqual(owen.items.map((i: Json) => [i.kind, i.title, i.link, i.readAt]), [['question-answered', 'An expert answered your question', '/ask?view=mine', null]]);
      assert.equal(owen.unread, 1);
      assert.deepEqual((await call('GET', '/api/inbox/unread-count', 'owen')).body, { unread: 1 });
      for (const who of ['mia', 'eli', 'admin'] as Who[]) {
        const other = await call('GET', '/api/inbox', who);
        for (const secret of OWEN_SECRETS) assert.ok(!other.text.includes(secret), `${who}'s inbox shows ${secret}`);
        assert.ok(!other.body.items.some((i: Json) => i.kind === 'question-answered'), `${who} does not get Owen's answer`);
      }
    });

    it('when someone else marks my item read, then it is 404 and my item stays unread; I can mark it', async () => {
      const [item] = (await inbox('owen')).items;
      for (const who of ['mia', 'eli', 'admin'] as Who[]) {
        const res = await call('POST', `/api/inbox/${item.id}/read`, who);
        assert.equal(res.status, 404, `${who} marking Owen's item`);
        assert.ok(!res.text.includes('OWEN'));
      }
      assert.equal((await call('POST', '/api/inbox/no-such-item/read', 'owen')).status, 404);
      assert.equal((await inbox('owen')).unread, 1);
      assert.deepEqual((await call('POST', `/api/inbox/${item.id}/read`, 'owen')).body, { unread: 0 });
      assert.ok((await inbox('owen')).items[0].readAt);
    });

    it('when a story is published by a moderator and gets kudos, then the author’s inbox has both; the same kudos given twice is one item', async () => {
      await t.app.services.stories.moderate(by('chris'), w.owenStoryId, 'approve');
      await t.app.services.stories.toggleKudos(by('mia'), w.owenStoryId);
      await t.app.services.stories.toggleKudos(by('mia'), w.owenStoryId); // taken back
      await t.app.services.stories.toggleKudos(by('mia'), w.owenStoryId); // and given again
      const kinds = (await inbox('owen')).items.map((i: Json) => i.kind);
      assert.deepEqual(kinds.filter((k: string) => k.startsWith('story-')), ['story-kudos', 'story-published'], 'newest first');
      const kudos = (await inbox('owen')).items.find((i: Json) => i.kind === 'story-kudos');
      assert.ok(!JSON.stringify(kudos).includes('Mia'), 'the item does not name who gave kudos');
      // What the tab words in the reader's language: the story's title and the count, no one's name.
      assert.deepEqual(kudos.values, { title: 'OWENSTORY payroll bot', count: 1 });
    });

    it('when an admin rejects a request, then the requester’s inbox says so with the reason', async () => {
      await t.app.services.environments.service.reject(by('admin'), w.owenRequestId, 'Use a Developer environment instead.');
      const item = (await inbox('owen')).items.find((i: Json) => i.kind === 'environment-rejected');
      assert.deepEqual([item.title, item.body, item.link], ['Your environment request FIN-OWENREQUEST vault was rejected', 'Use a Developer environment instead.', '/requests']);
      assert.deepEqual(item.values, { name: 'FIN-OWENREQUEST vault' });
    });

    it('when an event changes or is cancelled, then everyone who answered going or maybe gets an item, not who declined', async () => {
      const s = t.app.services;
      const event = await s.events.detail(w.p.mia, w.laterEventId);
      await s.events.update({ actor: asActor(w.p.admin) }, w.laterEventId, sampleEvent(event.event.startsAt.slice(0, 10), { title: 'Community call later', start: `${event.event.startsAt.slice(0, 10)}T14:00`, end: `${event.event.startsAt.slice(0, 10)}T15:00` }));
      await s.events.cancel({ actor: asActor(w.p.admin) }, w.laterEventId, 'The speaker is ill.');
      for (const who of ['mia', 'owen'] as Who[]) {
        const items = (await inbox(who)).items.filter((i: Json) => i.entity.id === w.laterEventId);
        assert.deepEqual(items.map((i: Json) => i.kind), ['event-cancelled', 'event-changed'], who);
        assert.equal(items[0].body, 'The speaker is ill.');
        assert.deepEqual(items[1].values, { title: 'Community call later', changes: ['time'] }, 'the kinds of change, for the tab to word');
      }
      assert.deepEqual((await inbox('nina')).items, []);
    });

    it('when the change fails after its inbox item was written, then the item is rolled back with it', async () => {
      const original = SqlAuditRepository.prototype.record;
      const before = (await rows(w.p.mia.user.id)).length;
      const story = (await t.app.services.stories.find(w.miaStoryId))!;
      SqlAuditRepository.prototype.record = async function (...args: Parameters<typeof original>) {
        if (args[0]?.action === 'story.kudos') throw new Error('disk full');
        return original.apply(this, args);
      };
      try {
        await assert.rejects(t.app.services.stories.toggleKudos(by('owen'), w.miaStoryId), /disk full/);
      } finally {
        SqlAuditRepository.prototype.record = original;
      }
      assert.equal((await rows(w.p.mia.user.id)).length, before, 'no inbox item without the kudos');
      assert.equal((await t.app.services.stories.find(w.miaStoryId))!.kudosCount, story.kudosCount, 'no kudos either');
      await t.app.services.stories.toggleKudos(by('owen'), w.miaStoryId);
      assert.equal((await rows(w.p.mia.user.id)).length, before + 1, 'the same change, committed, writes it');
    });

    it('when the maker has a chat with the bot, then the bot message and the inbox item of an answer are queued together, and a ready environment is told', async () => {
      const s = t.app.services;
      const chat = `a:personal-mia-${name.replace(/\W+/g, '-')}`;
      await s.conversations.recordInstalled({ id: chat, tenantId: '00000000-0000-0000-0000-0000000000aa', scope: 'personal', teamId: null, teamName: null, channelId: null, channelName: null, userId: w.p.mia.user.id, serviceUrl: 'https://smba.example.test/', reference: {} });
      const { record } = await s.ask.questions.ask(userChange(w.p.mia), { question: 'Can a flow post to a private channel?', channel: 'personal' });
      const { ticket } = await s.ask.tickets.escalate(userChange(w.p.mia), record.id);
      const answered = await s.ask.tickets.act(userChange(w.p.eli), ticket.id, 'answer', { answer: 'Yes, with the Teams connector.' });
      const message = await s.store.repos.outbox.findByKey(`ticket:${ticket.id}:answer:v${answered.version}`);
      assert.equal(message?.conversationId, chat, 'the bot still messages the maker');
      const items = (await rows(w.p.mia.user.id)).filter((r) => r.entity_id === ticket.id);
      assert.deepEqual(items.map((r) => r.kind), ['question-answered']);

      const { request } = await s.environments.service.submit(by('mia'), { ...SANDBOX_DRAFT, displayName: 'FIN-Mia sandbox' }, `home-mia-env-${name.replace(/\W+/g, '-')}`);
      await s.environments.service.approve(by('admin'), request.id);
      await s.environments.service.markProvisioned(by('admin'), request.id, 'https://org-mia.crm4.dynamics.com');
      const ready = (await inbox('mia')).items.find((i: Json) => i.kind === 'environment-ready');
      assert.deepEqual([ready.title, ready.body, ready.link], ['Your environment FIN-Mia sandbox is ready', 'https://org-mia.crm4.dynamics.com/', '/requests']);
    });

    it('when an expert takes a ticket themselves, then no item is written for them (assignment by someone else is what the inbox tells)', async () => {
      const s = t.app.services;
      const { record } = await s.ask.questions.ask(userChange(w.p.mia), { question: 'How do I share a canvas app with a guest?', channel: 'personal' });
      const { ticket } = await s.ask.tickets.escalate(userChange(w.p.mia), record.id);
      await s.ask.tickets.act(userChange(w.p.eli), ticket.id, 'assign');
      assert.deepEqual((await rows(w.p.eli.user.id)).filter((r) => r.kind === 'ticket-assigned'), []);
    });

    it('when the inbox has many items, then pages follow each other without gaps or repeats, and mark-all reads only mine', async () => {
      const repo = t.app.services.store.repos.inbox;
      const base = Date.parse('2026-01-01T00:00:00.000Z');
      for (let i = 0; i < 23; i++) {
        await repo.add(new Date(base + Math.floor(i / 2) * 1000).toISOString(), { userId: w.p.nina.user.id, kind: 'story-kudos', dedupeKey: `page-${i}`, title: `Item ${i}`, body: null, values: {}, link: '/stories', entity: { type: 'story', id: `s${i}` } });
      }
      const seen: string[] = [];
      let next: string | null = null;
      let pages = 0;
      do {
        const page: Json = await inbox('nina', `?limit=10${next ? `&before=${next}` : ''}`);
        seen.push(...page.items.map((i: Json) => i.title));
        next = page.next;
        pages++;
      } while (next);
      assert.equal(pages, 3);
      assert.equal(new Set(seen).size, 23);
      assert.equal(seen[0], 'Item 22');
      const bad = await call('GET', '/api/inbox?before=bm90LWEtY3Vyc29y', 'nina');
      assert.equal(bad.status, 400);
      assert.equal((await call('GET', '/api/inbox?limit=0', 'nina')).status, 400);
      const miaUnread = (await inbox('mia')).unread;
      assert.deepEqual((await call('POST', '/api/inbox/read-all', 'nina')).body, { marked: 23, unread: 0 });
      assert.equal((await inbox('mia')).unread, miaUnread, 'Mia’s items are untouched');
    });
  });
}
