/**
 * The bot in German, through its HTTP endpoint with Teams-shaped activities: the language comes
 * from activity.locale (or, when Teams leaves it out, the clientInfo entity), and anything we
 * have no catalogue for — or that is no locale at all — gets English.
 */
import assert from 'node:assert/strict';
import { EVENT_VERBS } from '../../bot/cards/events/verbs.js';
import { TRAINING_VERBS } from '../../bot/cards/training/verbs.js';
import { MAX_MESSAGE_CHARS } from '../../bot/handlers/messages.js';
import { cardText, postActivity } from '../helpers/bot-client.js';
import { invoke, personalInstall, personalMessage } from '../helpers/activities.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { buttonTitles, cardPress, MAX, tabApi } from '../helpers/training-events.js';
import { executeActivity, executeButtons } from '../helpers/ask.js';
import { readStarterFaq } from '../../src/seed/ask.js';
import path from 'node:path';
import { STORY_FORM } from '../helpers/stories.js';
import { execute as envExecute, SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { randomUUID } from 'node:crypto';

type Activity = Record<string, unknown>;

/** The activity as a client in `locale` sends it; `where` says whether Teams puts it on the activity or only in clientInfo. */
function inLocale(activity: Activity, locale: string, where: 'activity' | 'clientInfo' = 'activity'): Activity {
  if (where === 'activity') return { ...activity, locale };
  const { locale: _dropped, ...rest } = activity;
  return { ...rest, entities: [...((activity.entities as unknown[]) ?? []), { type: 'clientInfo', locale, country: 'DE', platform: 'Web', timezone: 'Europe/Berlin' }] };
}

describe('bot: German cards and replies from the Teams locale', function () {
  this.timeout(30_000);
  let stub: ConnectorStub;
  let t: TestApp;
  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({ SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' });
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });

  /** Everything the bot sent back for one activity: plain texts and card texts, and the cards' buttons. */
  async function send(activity: Activity): Promise<{ text: string; buttons: string[] }> {
    stub.reset();
    const res = await postActivity(t.baseUrl, activity);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const texts = stub.calls.filter((c) => c.method === 'POST' && c.activity?.type === 'message').map((c) => (c.activity?.text as string | undefined) ?? '');
    const cards = stub.cards();
    return { text: [...texts, ...cards.map(cardText)].join('\n---\n'), buttons: cards.flatMap((c) => buttonTitles(c)) };
  }
  const message = (text: string, from = MAX) => personalMessage(text, { serviceUrl: stub.url, from });

  it('when a German client types "Hilfe", then the help card is German, with German examples that work', async () => {
    const { text, buttons } = await send(inLocale(message('Hilfe'), 'de-DE'));
    assert.match(text, /Was ich kann/);
    assert.match(text, /Veranstaltungen[\s\S]*Anstehende Sprechstunden/);
    assert.match(text, /Probieren Sie: „Schulung“/);
    assert.doesNotMatch(text, /What I can do|See everything I can do/);
    assert.ok(buttons.includes('Hilfe') && buttons.includes('Fragen'), buttons.join(', '));
    // The help card's example for events is the German menu title; sending it lists the events in German.
    const events = await send(inLocale(message('Veranstaltungen'), 'de-DE'));
    assert.match(events.text, /Anstehende Veranstaltungen/);
  });

  it('when Teams leaves activity.locale out, then the clientInfo entity locale decides', async () => {
    const { text } = await send(inLocale(message('help'), 'de-de', 'clientInfo'));
    assert.match(text, /Was ich kann/);
  });

  for (const [label, locale] of [
    ['a locale we have no catalogue for (fr-FR)', 'fr-FR'],
    ['no locale at all', ''],
    ['a hostile locale', '"><script>alert(1)</script>'],
    ['an absurdly long locale', `de-${'x'.repeat(10_000)}`],
  ] as const) {
    it(`when the client sends ${label}, then the bot answers in English`, async () => {
      const { text } = await send(inLocale(message('Hilfe'), locale));
      assert.match(text, /What I can do/);
      assert.doesNotMatch(text, /Was ich kann/);
    });
  }

  it('when a German maker asks for events and answers Going, then the list, the RSVP notice and the event card are German with German dates', async () => {
    const list = await send(inLocale(message('Veranstaltungen'), 'de-DE'));
    assert.match(list.text, /SPRECHSTUNDE|COMMUNITY CALL|WEBINAR|HACKATHON|SCHULUNGSTAG/);
    assert.match(list.text, /✅ 0 Zusagen · 🤔 0 vielleicht/);
    assert.match(list.text, /\[Alle Veranstaltungen und Ihre Zusagen in Maker Hub\]|\[\d+ weitere, alle Veranstaltungen/);
    assert.ok(list.buttons.includes('Ich komme') && list.buttons.includes('Vielleicht'), list.buttons.join(', '));
    assert.doesNotMatch(list.text, /going|maybe|Upcoming events/);

    const { events } = (await tabApi(t.baseUrl, 'GET', '/api/events?when=upcoming', undefined, MAX)).body as { events: Array<{ event: { id: string } }> };
    const eventId = events[0]!.event.id;
    const res = await postActivity(t.baseUrl, inLocale(cardPress(EVENT_VERBS.rsvp, { eventId, response: 'going' }, { serviceUrl: stub.url, from: MAX }), 'de-DE'));
    assert.equal(res.status, 200);
    const card = (res.body as { value: unknown }).value;
    const text = cardText(card);
    assert.match(text, /Danke – Sie sind dabei!/);
    assert.match(text, /✅ \*\*Sie kommen\.\*\*/);
    assert.match(text, /✅ 1 Zusage · 🤔 0 vielleicht/);
    // The organisers' time, German style: "Geplant für Mi., 9. Dez. 2026, 15:00–16:00 (Europe/Berlin)".
    assert.match(text, /Geplant für (Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+ \d{4}, \d{2}:\d{2}–\d{2}:\d{2} \(Europe\/Berlin\)/);
    assert.deepEqual(buttonTitles(card).slice(0, 4), ['✓ Ich komme', 'Vielleicht', 'Ich kann nicht', 'Zum Kalender hinzufügen']);
  });

  it('when a German maker opens training and marks the next module done, then the card is German with a German percentage', async () => {
    const first = await send(inLocale(message('Schulung'), 'de-DE'));
    assert.match(first.text, /Ihre Schulung/);
    assert.match(first.text, /0\s% · 0 von \d+ Modulen erledigt/, 'German puts a (no-break) space before %');
    assert.ok(first.buttons.includes('Modul öffnen') && first.buttons.includes('Als erledigt markieren'), first.buttons.join(', '));
    const card = stub.cards()[0] as Record<string, unknown>;
    const done = JSON.stringify(card).match(/"moduleId":"([0-9a-f-]{36})"/)?.[1];
    assert.ok(done, 'the card offers "Als erledigt markieren" for the next module');
    const res = await postActivity(t.baseUrl, inLocale(cardPress(TRAINING_VERBS.done, { moduleId: done }, { serviceUrl: stub.url, from: MAX }), 'de-DE'));
    assert.match(cardText((res.body as { value: unknown }).value), /✅ „.+“ als erledigt markiert\.[\s\S]*1 von \d+ Modulen erledigt/);
  });

  it('when the app is installed by a German user, then the welcome is German', async () => {
    const from = { id: '29:greta', name: 'Greta Groß', aadObjectId: '00000000-0000-0000-0000-00000000d0e1' };
    const { text, buttons } = await send(inLocale(personalInstall('add', { serviceUrl: stub.url, from }), 'de-DE'));
    assert.match(text, /Willkommen, Greta Groß! 👋/);
    assert.match(text, /Ich bin \*\*Maker Hub\*\*/);
    assert.deepEqual(buttons, ['Was kannst du?', 'Maker Hub öffnen', 'Schulung', 'Veranstaltungen']);
  });

  it('when a German message is too long, then the reply is German with German number formatting, and a stale card says so in German', async () => {
    const long = await send(inLocale(message('x'.repeat(MAX_MESSAGE_CHARS + 1)), 'de-DE'));
    assert.equal(long.text, 'Diese Nachricht ist mir etwas zu lang (4.001 Zeichen). Bitte bleiben Sie unter 4.000 Zeichen.');

    const res = await postActivity(t.baseUrl, inLocale(invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'no.such.verb', data: {} } }, { serviceUrl: stub.url, from: MAX }) as Activity, 'de-DE'));
    assert.match(cardText((res.body as { value: unknown }).value), /Diese Karte ist veraltet/);
  });

  it('when a German maker asks, rates the answer 👎 and asks the experts, then the answer card, the reason form and the ticket notice are German', async () => {
    await t.app.services.ask.faq.seed(readStarterFaq(path.resolve('content')));
    const asked = await send(inLocale(message('How do I get a Power Platform env for my team?'), 'de-DE'));
    assert.match(asked.text, /Ihre Frage: How do I get a Power Platform env for my team\?/);
    assert.match(asked.text, /Quelle:|Von KI aus den Quellen/);
    for (const title of ['👍 Hilfreich', '👎 Nicht hilfreich', 'Fachleute fragen', 'An die Fachleute senden']) assert.ok(asked.buttons.includes(title), `${title} in ${asked.buttons.join(', ')}`);
    assert.doesNotMatch(asked.text, /You asked|Source:|Helpful/);

    const card = stub.cards()[0] as Record<string, unknown>;
    const press = async (title: string) => {
      const data = executeButtons(card).get(title);
      assert.ok(data, `the card has "${title}"`);
      const res = await postActivity(t.baseUrl, inLocale(executeActivity(String(data.verb), data, { serviceUrl: stub.url, from: MAX }) as Activity, 'de-DE'));
      return cardText((res.body as { value: unknown }).value);
    };
    const rated = await press('👎 Nicht hilfreich');
    assert.match(rated, /Danke für den Hinweis/);
    assert.match(rated, /Warum hat es nicht geholfen\? \(optional\)[\s\S]*Die Antwort ist falsch/);
    const escalated = await press('Fachleute fragen');
    assert.match(escalated, /(Als \*\*Ticket #\d+\*\* erfasst|an die Fachleute des CoE geschickt)/);
    assert.doesNotMatch(escalated, /Recorded as|Sent to the CoE experts/);
  });

  it('when a German maker lists their stories (none, then one), then the list is German', async () => {
    const none = await send(inLocale(message('my stories'), 'de-DE'));
    assert.match(none.text, /Ihre Geschichten[\s\S]*Sie haben noch keine Geschichte geteilt/);
    assert.ok(none.buttons.includes('Galerie durchsehen'), none.buttons.join(', '));
    const author = await t.app.services.identity.signIn({ tenantId: '00000000-0000-0000-0000-0000000000aa', aadObjectId: MAX.aadObjectId, displayName: MAX.name });
    await t.app.services.stories.submit({ actor: { kind: 'user', principal: author } }, { ...STORY_FORM, title: 'Reisekosten-App' }, 'german-story');
    const mine = await send(inLocale(message('my stories'), 'de-DE'));
    assert.match(mine.text, /\*\*Reisekosten-App\*\* — (Wartet auf Prüfung|Veröffentlicht) · 👏 0/);
    assert.ok(mine.buttons.includes('Anzeigen') && mine.buttons.includes('Bearbeiten'), mine.buttons.join(', '));
    assert.doesNotMatch(mine.text, /Your stories|Waiting for review/);
  });

  it('when a German maker turns notifications off and on with the card’s own buttons, then the card is German and the German commands work', async () => {
    const shown = await send(inLocale(message('Benachrichtigungen'), 'de-DE'));
    assert.match(shown.text, /Benachrichtigungen[\s\S]*Sie bekommen Ankündigungen und Erinnerungen/);
    assert.deepEqual(shown.buttons, ['Benachrichtigungen ausschalten']);
    const off = await send(inLocale(message('benachrichtigungen aus'), 'de-DE'));
    assert.match(off.text, /Erledigt[\s\S]*Ich sende Ihnen keine Ankündigungen/);
    assert.deepEqual(off.buttons, ['Benachrichtigungen einschalten']);
    const on = await send(inLocale(message('benachrichtigungen an'), 'de-DE'));
    assert.match(on.text, /Erledigt[\s\S]*Sie bekommen Ankündigungen/);
  });

  it('when a German maker submits an environment request and lists their requests, then the status card and the list are German with German region names and dates', async () => {
    const res = await postActivity(t.baseUrl, inLocale(envExecute('env.submit', { formId: randomUUID(), ...SANDBOX_DRAFT, displayName: 'FIN-Vertrieb Sandbox' }, { serviceUrl: stub.url, from: MAX }) as Activity, 'de-DE'));
    const status = cardText((res.body as { value: unknown }).value);
    assert.match(status, /FIN-Vertrieb Sandbox[\s\S]*\*\*Status: (Wartet auf Genehmigung|Genehmigt|Wird erstellt|Bereit|Eingereicht)\*\*/);
    assert.match(status, /Referenz[\s\S]*Region[\s\S]*Eingereicht/);
    assert.match(status, /Europa|Deutschland|Vereinigte Staaten/);
    assert.doesNotMatch(status, /Reference|Submitted|Waiting for approval/);
    const list = await send(inLocale(message('Meine Anfragen'), 'de-DE'));
    assert.match(list.text, /Ihre Umgebungsanfragen[\s\S]*\*\*FIN-Vertrieb Sandbox\*\* — /);
    assert.ok(list.buttons.includes('Neue Anfrage') && list.buttons.includes('Meine Anfragen öffnen'), list.buttons.join(', '));
  });
});
