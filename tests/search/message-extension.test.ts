import assert from 'node:assert/strict';
import path from 'node:path';
import { readStarterFaq } from '../../src/seed/ask.js';
import { MAKER, invoke, personalConversation } from '../helpers/activities.js';
import { assertCardSays, cardText, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { api, seedEveryKind, submitStory } from './search-fixture.js';

interface Attachment {
  contentType: string;
  content: unknown;
  preview: { content: { title: string; text: string } };
}

/** The compose box's search (Teams' composeExtension/query invoke) runs the same search as the tab. */
describe('message extension: one search for everything through /api/messages', function () {
  this.timeout(60_000);
  let stub: ConnectorStub;
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof seedEveryKind>>;

  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({ DELIVERY_WORKER: 'off', TEAMS_APP_ID: '11111111-2222-3333-4444-555555555555' });
    await t.app.services.ask.faq.seed(readStarterFaq(path.resolve('content')));
    ids = await seedEveryKind(t);
  });
  after(async () => {
    await t?.close();
    await stub?.stop();
  });

  async function query(text: string): Promise<Attachment[]> {
    const res = await postActivity(t.baseUrl, invoke('composeExtension/query', { commandId: 'searchKnowledge', parameters: [{ name: 'query', value: text }], queryOptions: { skip: 0, count: 25 } }, { serviceUrl: stub.url, conversation: personalConversation(MAKER) }));
    assert.equal(res.status, 200);
    const result = (res.body as { composeExtension: { type: string; attachmentLayout: string; attachments: Attachment[] } }).composeExtension;
    assert.equal(result.type, 'result');
    return result.attachments;
  }

  it('when a maker searches a word every kind has, then each result is a card of its kind linking to its page in Maker Hub, matched words in bold', async () => {
    const attachments = await query('canvas');
    assert.ok(attachments.length <= 10, 'at most 10, whatever count Teams asks for');
    const byTitle = new Map(attachments.map((a) => [a.preview.content.title, a]));
    const expect: Array<[string, string, string]> = [
      ['Share your app', 'Training module', 'https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/training?label=Training'],
      ['Canvas basics', 'Training path', 'https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/training?label=Training'],
      ['Canvas app clinic', 'Event', `context=${encodeURIComponent(JSON.stringify({ subEntityId: `event:${ids.eventId}` }))}`],
      ['Canvas app for site inspections', 'Story', `context=${encodeURIComponent(JSON.stringify({ subEntityId: `story:${ids.storyId}` }))}`],
      ['Who can open a canvas app I built?', 'FAQ', '/ask?label=Ask'],
      ['Canvas layout guide', 'Article', '/ask?label=Ask'],
    ];
    for (const [title, kind, link] of expect) {
      const a = byTitle.get(title);
      assert.ok(a, `${title} in ${[...byTitle.keys()].join(' | ')}`);
      assert.equal(a.contentType, 'application/vnd.microsoft.card.adaptive');
      assert.ok(a.preview.content.text.startsWith(`${kind} · `), a.preview.content.text);
      assert.ok(Buffer.byteLength(JSON.stringify(a)) < 28 * 1024);
      const text = cardText(a.content);
      assert.ok(text.includes('open it in Maker Hub](') && text.includes(link), `${title}: ${text}`);
    }
    assertCardSays(byTitle.get('Canvas app clinic')!.content, 'Bring the **canvas** app you are stuck on.', 'Event in Maker Hub');
    assertCardSays(byTitle.get('Who can open a canvas app I built?')!.content, 'Only people you **share** it with.', 'From the CoE knowledge base');
  });

  it('when words are misspelt, then the same search finds them; unpublished stories and markup in content never come through', async () => {
    const typo = await query('inspectoins');
    assert.equal(typo[0]?.preview.content.title, 'Canvas app for site inspections');
    const hidden = await submitStory(t, { title: 'Walrus census workflow', problem: 'Walrus counts lived in [links](javascript:alert(1)) and *stars*.', solution: 'A flow that collects every walrus count.' });
    assert.deepEqual(await query('walrus'), [], 'pending stories are not found');
    assert.equal((await api(t, 'POST', `/api/stories/${hidden.id}/moderation`, { decision: 'approve', version: hidden.version })).status, 200);
    const [card] = await query('walrus');
    const text = cardText(card!.content);
    assert.ok(text.includes('\\[links\\]') && text.includes('\\*stars\\*'), `content is escaped, not markup: ${text}`);
    assert.ok(text.includes('**Walrus**'));
  });
});
