/**
 * Proactive cards in the reader's language: the outbox renders a person's message in the locale
 * they were last seen with (a bot turn's activity/clientInfo locale, a tab request's X-Locale), and
 * a channel post in English. Through the bot's HTTP endpoint and the Bot Connector protocol.
 */
import assert from 'node:assert/strict';
import { type Principal, userChange } from '../../src/domain/identity/types.js';
import { cardText, postActivity } from '../helpers/bot-client.js';
import { ADMIN, MAKER, personalInstall, personalMessage, type Person } from '../helpers/activities.js';
import { conversationInput, waitFor } from '../helpers/delivery-fakes.js';
import { TeamsStandIn } from '../helpers/teams-stand-in.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { asActor, MAX, sampleEvent } from '../helpers/training-events.js';

const CHANNEL = '19:makers@thread.tacv2';

describe('delivery: proactive cards in the recipient\'s last seen locale', function () {
  this.timeout(30_000);
  let teams: TeamsStandIn;
  let t: TestApp;
  let admin: Principal;

  before(async () => {
    teams = await new TeamsStandIn().start();
  });
  after(async () => teams.stop());
  beforeEach(async () => {
    teams.reset();
    t = await startTestApp({ DELIVERY_POLL_MS: '20' });
    admin = await t.app.services.identity.signIn({ tenantId: '00000000-0000-0000-0000-0000000000aa', aadObjectId: ADMIN.aadObjectId, displayName: ADMIN.name });
    await t.app.services.store.repos.conversations.upsertInstalled(conversationInput(CHANNEL, { scope: 'channel', serviceUrl: teams.url, tenantId: '00000000-0000-0000-0000-0000000000aa' }), new Date().toISOString());
  });
  afterEach(async () => t.close());

  /** A turn from the person's personal chat in `locale`, as Teams sends it (clientInfo only when asked). */
  async function turn(activity: Record<string, unknown>, locale: string, where: 'activity' | 'clientInfo' = 'activity') {
    const shaped = where === 'activity' ? { ...activity, locale } : { ...activity, locale: undefined, entities: [{ type: 'clientInfo', locale, country: 'DE', platform: 'Web' }] };
    const res = await postActivity(t.baseUrl, shaped);
    assert.ok(res.status === 200 || res.status === 201, JSON.stringify(res.body));
  }
  const userOf = async (p: Person) => (await t.app.services.identity.findUser({ tenantId: '00000000-0000-0000-0000-0000000000aa', aadObjectId: p.aadObjectId }))!;

  /** The cards posted to (or updated in) a conversation so far, as text. */
  function postedTo(conversationId: string): string[] {
    return teams.calls.filter((c) => c.thread === conversationId && c.status < 300 && c.method !== 'DELETE').flatMap((p) => ((p.activity as { attachments?: Array<{ content: unknown }> }).attachments ?? []).map((a) => cardText(a.content)));
  }

  async function cancelledFor(people: Person[]): Promise<Map<Person, string>> {
    const event = await t.app.services.events.create({ actor: asActor(admin) }, sampleEvent('2031-05-06', { title: 'Copilot Studio clinic' }));
    await t.app.services.events.announce({ actor: asActor(admin) }, event.id, [CHANNEL]);
    for (const p of people) await t.app.services.events.respond(userChange((await t.app.services.identity.principalOf((await userOf(p)).id))), event.id, 'going');
    teams.reset();
    await t.app.services.events.cancel({ actor: asActor(admin) }, event.id, null);
    const chats = new Map<Person, string>();
    for (const p of people) {
      const chat = (await t.app.services.store.repos.conversations.findPersonal((await userOf(p)).id))!;
      chats.set(p, (await waitFor(() => postedTo(chat.id).find((c) => c.includes('Copilot Studio clinic')), `${p.name}'s cancellation card`)));
    }
    return chats;
  }

  it('when a German person (clientInfo locale) and an English one answered an event that is cancelled, then each gets the card in their language and the channel stays English', async () => {
    await turn(personalInstall('add', { serviceUrl: teams.url, from: MAKER }), 'de-DE', 'clientInfo');
    await turn(personalInstall('add', { serviceUrl: teams.url, from: MAX }), 'en-US');
    assert.equal((await userOf(MAKER)).locale, 'de-DE', 'the clientInfo locale is kept as the last seen one');
    assert.equal((await userOf(MAX)).locale, 'en-US');

    const cards = await cancelledFor([MAKER, MAX]);
    assert.match(cards.get(MAKER)!, /Abgesagt:.*Copilot Studio clinic/);
    assert.match(cards.get(MAKER)!, /Leider findet diese Veranstaltung nicht statt/);
    assert.match(cards.get(MAKER)!, /Aus meinem Kalender entfernen/);
    assert.doesNotMatch(cards.get(MAKER)!, /Cancelled|Remove from my calendar/);
    assert.match(cards.get(MAX)!, /Cancelled:.*Copilot Studio clinic/);
    assert.doesNotMatch(cards.get(MAX)!, /Abgesagt/);
    // A channel has many readers: its card stays in the default language.
    await waitFor(() => postedTo(CHANNEL).find((c) => c.includes('Copilot Studio clinic') && c.includes('This event was cancelled')), 'the channel card update, in English');
    assert.ok(!postedTo(CHANNEL).some((c) => /abgesagt/i.test(c)));
  });

  it('when the person comes back in English (a turn) or German (a tab request), then the next card follows the newest locale', async () => {
    await turn(personalInstall('add', { serviceUrl: teams.url, from: MAKER }), 'de-DE');
    await turn(personalMessage('help', { serviceUrl: teams.url, from: MAKER }), 'en-GB');
    assert.equal((await userOf(MAKER)).locale, 'en-GB');
    assert.match((await cancelledFor([MAKER])).get(MAKER)!, /Cancelled:/);

    t.app.services.identity.forgetAllPrincipals();
    const res = await fetch(`${t.baseUrl}/api/me`, { headers: { accept: 'application/json', 'x-dev-user': MAKER.aadObjectId, 'x-dev-user-name': MAKER.name, 'x-locale': 'de-at' } });
    assert.equal(res.status, 200);
    assert.equal((await userOf(MAKER)).locale, 'de-AT', 'the tab\'s locale, in canonical spelling');
    assert.match((await cancelledFor([MAKER])).get(MAKER)!, /Abgesagt:/);
  });

  it('when a tab request carries a malformed locale, then the stored one stays', async () => {
    await turn(personalInstall('add', { serviceUrl: teams.url, from: MAKER }), 'de-DE');
    t.app.services.identity.forgetAllPrincipals();
    for (const bad of ['"><script>', 'x'.repeat(500), 'de_DE_with spaces']) {
      const res = await fetch(`${t.baseUrl}/api/me`, { headers: { accept: 'application/json', 'x-dev-user': MAKER.aadObjectId, 'x-dev-user-name': MAKER.name, 'x-locale': bad } });
      assert.equal(res.status, 200);
    }
    assert.equal((await userOf(MAKER)).locale, 'de-DE');
  });
});
