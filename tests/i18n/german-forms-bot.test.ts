/**
 * The bot's forms and the rest of its replies in German, through the HTTP endpoint with
 * Teams-shaped activities in de-DE: the environment request form and its answers, the story form
 * in chat and in the compose-box dialog, and every command a maker can pick from the menu.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { cardText, postActivity } from '../helpers/bot-client.js';
import { ADMIN, channelMention, invoke, personalMessage } from '../helpers/activities.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { DEVELOPER_DRAFT, execute as envExecute, inputValue, SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { extensionInvoke, STORY_FORM, STORY_SETTINGS } from '../helpers/stories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { buttonTitles, MAX } from '../helpers/training-events.js';

type Activity = Record<string, unknown>;
const german = (activity: Activity): Activity => ({ ...activity, locale: 'de-DE' });

describe('bot: German forms, dialogs and command replies', function () {
  this.timeout(30_000);
  let stub: ConnectorStub;
  let t: TestApp;
  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({ SEED_SAMPLE_CONTENT: 'true', ...STORY_SETTINGS });
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });

  /** The cards and texts the bot sent back for one message. */
  async function say(text: string, locale = 'de-DE'): Promise<{ text: string; cards: unknown[] }> {
    stub.reset();
    const res = await postActivity(t.baseUrl, { ...personalMessage(text, { serviceUrl: stub.url, from: MAX }), locale });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const texts = stub.calls.filter((c) => c.method === 'POST' && c.activity?.type === 'message').map((c) => (c.activity?.text as string | undefined) ?? '');
    const cards = stub.cards();
    return { text: [...texts, ...cards.map(cardText)].join('\n---\n'), cards };
  }

  /** The card an invoke answered with (Action.Execute). */
  async function invoked(activity: Activity): Promise<unknown> {
    const res = await postActivity(t.baseUrl, german(activity));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return (res.body as { value: unknown }).value;
  }
  const press = (verb: string, data: Record<string, unknown>) => invoked(envExecute(verb, data, { serviceUrl: stub.url, from: MAX }));

  it('when a German maker asks for an environment, then the whole form is German: labels, choices, hints, the policy sentence and the required-field messages', async () => {
    const { text, cards } = await say('Umgebung anfordern');
    for (const phrase of ['Power Platform-Umgebung anfordern', 'Name der Umgebung', 'Geschäftliche Begründung', 'Dataverse-Datenbank erstellen', 'Datenklassifizierung', 'Erwartete Nutzer', 'Dauer in Tagen (nicht für Produktion)', 'Objekt-ID der Sicherheitsgruppe (optional)', 'Anfrage senden'])
      assert.ok(text.includes(phrase), `"${phrase}" in\n${text}`);
    assert.match(text, /Entwickler[\s\S]*Sandbox[\s\S]*Testversion[\s\S]*Produktion/, 'type names in German, values unchanged');
    assert.match(text, /Öffentlich[\s\S]*Intern[\s\S]*Vertraulich/);
    assert.match(text, /Europa/);
    assert.match(text, /Leer lassen für den Standardwert: Entwickler 30 \(max\. 90\)/);
    assert.match(text, /Mit diesen Angaben \(Entwickler, Daten: Intern\) wird der Antrag durch eine Regel der CoE-Richtlinie automatisch genehmigt\./);
    assert.match(JSON.stringify(cards[0]), /„Name der Umgebung“ ist ein Pflichtfeld\./);
    assert.equal(inputValue(cards[0], 'type'), 'Developer', 'the stored value stays the English type');
    assert.doesNotMatch(text, /Request a Power Platform environment|Business justification|Submit request|Expected users|is required/);
  });

  it('when the German form is sent with mistakes and then correctly, then the form comes back German with the answers kept, and the status card thanks in German', async () => {
    const formId = randomUUID();
    const refused = cardText(await press('env.submit', { formId, ...SANDBOX_DRAFT, displayName: 'x' }));
    assert.match(refused, /\*\*Einige Angaben müssen Sie noch einmal prüfen\*\*/);
    assert.match(refused, /Power Platform-Umgebung anfordern/);
    const sent = cardText(await press('env.submit', { formId, ...SANDBOX_DRAFT, displayName: 'FIN-Reisekosten' }));
    assert.match(sent, /Danke! Ihre Anfrage ENV-\w+ liegt bei den CoE-Admins\. Ich melde mich, sobald sie entschieden haben\./);
    assert.match(sent, /Typ\nSandbox/);
    const again = cardText(await press('env.submit', { formId, ...SANDBOX_DRAFT, displayName: 'FIN-Reisekosten' }));
    assert.match(again, /Sie haben dieses Formular bereits gesendet – hier ist die Anfrage dazu\./);
    const requestId = JSON.stringify(await press('env.submit', { formId, ...SANDBOX_DRAFT })).match(/"requestId":"([0-9a-f-]{36})"/)?.[1];
    assert.ok(requestId);
    assert.match(cardText(await press('env.cancel', { requestId })), /Storniert\. Es wird nichts erstellt\./);
    assert.match(cardText(await press('env.cancel', { nonsense: true })), /Diese Karte ist veraltet[\s\S]*Schreiben Sie \*\*Hilfe\*\*/);
  });

  it('when the CoE policy approves a German maker\'s request at once, then the thanks and the history name the policy in German', async () => {
    const auto = cardText(await press('env.submit', { formId: randomUUID(), ...DEVELOPER_DRAFT, displayName: 'HR-Einarbeitung' }));
    assert.match(auto, /Automatisch durch die Richtlinie des CoE genehmigt \(ENV-\w+\)\. Ich melde mich, sobald Ihre Umgebung bereit ist\./);
    assert.match(auto, /Typ\nEntwickler/);
    assert.match(auto, /· Genehmigt · CoE-Richtlinie/);
    assert.doesNotMatch(auto, /CoE policy/);
  });

  it('when a German maker asks for an environment in a channel, then the bot says in German that it is personal', async () => {
    stub.reset();
    await postActivity(t.baseUrl, german(channelMention('Umgebung anfordern', { serviceUrl: stub.url, from: MAX })));
    const texts = stub.calls.filter((c) => c.activity?.type === 'message').map((c) => String(c.activity?.text ?? ''));
    assert.ok(texts.some((s) => s.includes('Umgebungsanfragen sind persönlich')), texts.join('\n'));
  });

  it('when a German maker shares a story in chat, then the form is German, and a refused submission comes back German with the answers kept', async () => {
    const { text, cards } = await say('Erfolgsgeschichte teilen');
    for (const phrase of ['Erfolgsgeschichte teilen', 'Titel', 'Das Problem', 'Was Sie gebaut haben', 'Verwendete Produkte', '**Wirkung** – füllen Sie mindestens ein Feld aus.', 'Eingesparte Stunden pro Monat', 'Team oder Abteilung', 'Geschichte senden'])
      assert.ok(text.includes(phrase), `"${phrase}" in\n${text}`);
    assert.match(JSON.stringify(cards[0]), /Wählen Sie mindestens ein Produkt aus\./);
    assert.doesNotMatch(text, /Share a success story|Products used|Submit story/);
    const refused = cardText(await invoked(envExecute('stories.submit', { submissionKey: randomUUID(), ...STORY_FORM, department: '' }, { serviceUrl: stub.url, from: MAX })));
    assert.match(refused, /Einige Angaben müssen Sie noch einmal prüfen/);
    assert.ok(refused.includes(STORY_FORM.title), 'the answers are kept');
  });

  it('when a German maker uses "Share a success story" from the compose box, then the dialog, the thanks and the unreadable-form answer are German', async () => {
    const opened = await postActivity(t.baseUrl, german(extensionInvoke('composeExtension/fetchTask', {}, { serviceUrl: stub.url, from: MAX })));
    const task = (opened.body as { task: { value: { title: string; card: { content: unknown } } } }).task.value;
    assert.equal(task.title, 'Erfolgsgeschichte teilen');
    assert.match(cardText(task.card.content), /Verwendete Produkte[\s\S]*Geschichte senden/);
    assert.equal((buttonTitles(task.card.content) as string[]).at(-1), 'Geschichte senden');

    const sent = await postActivity(t.baseUrl, german(extensionInvoke('composeExtension/submitAction', { data: { submissionKey: randomUUID(), ...STORY_FORM } }, { serviceUrl: stub.url, from: MAX })));
    assert.match(JSON.stringify(sent.body), /Danke! „Expense approvals in one flow“ liegt den Champions des CoE zur Prüfung vor\./);
    const unreadable = await postActivity(t.baseUrl, german(extensionInvoke('composeExtension/submitAction', { data: { nonsense: 1 } }, { serviceUrl: stub.url, from: MAX })));
    assert.match(JSON.stringify(unreadable.body), /Das Formular konnte nicht gelesen werden/);
  });

  // Each menu command, in German: a German line that only that reply has, and none of the English one.
  for (const [command, germanLine, englishLine] of [
    ['Hilfe', 'Was ich kann', 'What I can do'],
    ['Meine Anfragen', 'Ihre Umgebungsanfragen', 'Your environment requests'],
    ['Meine Erfolgsgeschichten', 'Ihre Geschichten', 'Your stories'],
    ['Veranstaltungen', 'Anstehende Veranstaltungen', 'Upcoming events'],
    ['Schulung', 'Ihre Schulung', 'Your training'],
    ['tickets', 'Tickets sind für die Fachleute des CoE', 'Tickets are for'],
    ['Fragen xyzzy quux', 'Das weiß ich leider nicht', "I don't know that one"],
  ] as const) {
    it(`when a German maker sends "${command}", then the reply is German`, async () => {
      const { text } = await say(command);
      assert.ok(text.includes(germanLine), `"${germanLine}" in\n${text}`);
      assert.ok(!text.includes(englishLine), `no "${englishLine}" in\n${text}`);
    });
  }

  it('when a German maker picks "Meine Erfolgsgeschichten", then it does what "my stories" does, and the help card suggests it', async () => {
    assert.equal((await say('Meine Erfolgsgeschichten')).text, (await say('my stories')).text);
    assert.match((await say('Hilfe')).text, /Probieren Sie: „Meine Erfolgsgeschichten“/);
  });

  it('when a German maker says thanks, then the bot answers in German instead of searching for "Danke"', async () => {
    assert.equal((await say('Danke!')).text, 'Gern geschehen! Fragen Sie mich jederzeit alles zur Power Platform.');
    assert.equal((await say('thanks', 'en-US')).text, "You're welcome! Ask me anything about the Power Platform whenever you need.");
  });

  it('when a German admin sends "announce" in the personal chat and in a channel, then the pointer and the picker are German', async () => {
    stub.reset();
    await postActivity(t.baseUrl, german(personalMessage('announce', { serviceUrl: stub.url, from: ADMIN })));
    assert.ok(stub.calls.some((c) => String(c.activity?.text ?? '').startsWith('Ankündigungen gehen an Kanäle')), 'the personal-chat pointer in German');
    stub.reset();
    await postActivity(t.baseUrl, german(channelMention('announce', { serviceUrl: stub.url, from: ADMIN })));
    const picker = stub.cards().map(cardText).join('\n');
    assert.match(picker, /Veranstaltung ankündigen[\s\S]*Wählen Sie die Veranstaltung, die in \*\*.+\*\* erscheinen soll\./);
    assert.match(picker, /Hier ankündigen/);
    assert.doesNotMatch(picker, /Announce an event|Announce here/);
  });

  it('when a German maker presses a card button the bot cannot place, then the notice is German', async () => {
    const card = await invoked(invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'env.status.show', data: { requestId: randomUUID() } } }, { serviceUrl: stub.url, from: MAX }) as Activity);
    assert.match(cardText(card), /Nicht gefunden[\s\S]*Dieses Element gibt es nicht/);
  });
});
