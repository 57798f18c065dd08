/**
 * Ask in German, as Teams opens it for a German user (the locale from teams-js; the browser stays
 * en-US): asking, the grades, 👍/👎 with its reason, "Ask an expert", My questions, the experts'
 * tickets with their actions and the FAQ editor, search, and the setup and not-found pages. The
 * answers themselves come from the English knowledge base; only the UI around them is German.
 * Screenshots: test-results/screenshots/german-ask-*.png (docs/screenshots/tab-german-ask.png).
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, screenshotDir } from '../helpers/browser.js';
import { askQuestion, waitForHeading as h1 } from '../helpers/tab-journey.js';
import { tabSession } from '../helpers/tab-session.js';
import { openTabInTeams, shootFramedTab } from '../helpers/teams-host.js';
import { tabApi } from '../helpers/training-events.js';
import { MAKER } from '../helpers/activities.js';

const CONFIDENT = 'difference between per app and per user plans';
const CLOSEST = 'who owns the CoE';
// "7. Dez. 2026, 15:04": German month abbreviation, day before month, 24-hour clock.
const GERMAN_WHEN = /\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? \d{4}, \d{2}:\d{2}/;

/**
 * The English UI strings this area replaced. The answers are English knowledge-base text, so the
 * check reads only the page's chrome (headings, buttons, labels, badges, status lines, names).
 */
const ENGLISH = [
  'Ask the CoE', 'My questions', 'All tickets', 'Your question', 'Matching topics', 'Start from the CoE', 'You asked:', 'High confidence', 'Likely answer',
  'These look closest', "I don't know that one", 'Not sure', 'Related questions', 'Was this helpful', 'Why did it not help', 'Anything to add', 'Skip',
  'Ask an expert', 'Send to the experts', 'Details for the expert', 'Earlier in this conversation', 'opens in a new window', 'Closest sources', 'Refresh',
  'Waiting for an expert', 'No answer yet', 'Asked by', 'Asked in', 'Not helpful', 'Assign to me', 'Close ticket', 'Send answer', 'Not now', 'Answer from',
  'Reply or reopen', 'In the knowledge base', 'All states', 'Add FAQ entry', 'Alternate phrasings', 'Preview', 'Cancel', 'Search results', 'Show only',
  'results for', 'Training path', 'Page not found', 'Go to Home', 'Add Maker Hub to this channel', 'The tab shows',
];

/** The English strings still on the page's chrome (the knowledge base's own text is not looked at). */
async function englishLeft(tab: Frame): Promise<string[]> {
  const chrome = await tab.evaluate(() => {
    const doc = (globalThis as any).document;
    const texts: string[] = [doc.title];
    for (const el of doc.querySelectorAll('h1, h2, h3, button, label, option, [role="tab"], [role="status"], [role="alert"], .fui-Badge, .fui-Field__hint, .fui-Caption1, .fui-MessageBarTitle')) texts.push(el.textContent ?? '');
    for (const el of doc.querySelectorAll('[aria-label], [placeholder], [title]')) texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '', el.getAttribute('title') ?? '');
    return texts;
  });
  // Questions people asked are on buttons and headings too: those are content, so exact UI wording only.
  const asked = [CONFIDENT, CLOSEST];
  return ENGLISH.filter((english) => chrome.some((text) => text.includes(english) && !asked.some((q) => text.includes(q))));
}

describe('tab: Ask in German from the Teams locale (Chromium)', function () {
  this.timeout(180_000);
  const session = tabSession({ name: 'german-ask', settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' }, context: { locale: 'en-US', timezoneId: 'Europe/Berlin' } });
  let dev: { tenantId: string; aadObjectId: string; displayName: string };
  let makerTicket: number;
  let own: { id: string; number: number };

  before(async () => {
    // The development identity (whom the framed tab signs in as) answers tickets in this suite.
    dev = session.app.config.auth.devIdentity;
    await session.app.app.services.identity.grantRole({ actor: { kind: 'operator', name: 'test' } }, dev, 'expert');
    const asked = await tabApi(session.app.baseUrl, 'POST', '/api/ask/questions', { question: CLOSEST }, MAKER);
    assert.equal(asked.body.grade, 'closest');
    makerTicket = (await tabApi(session.app.baseUrl, 'POST', `/api/ask/questions/${asked.body.questionId}/escalate`, { details: 'Ich finde die Seite nicht.' }, MAKER)).body.ticket.number;
    // The development identity's own history (no dev-user header: the server's development identity asks).
    const rated = await tabApi(session.app.baseUrl, 'POST', '/api/ask/questions', { question: CONFIDENT });
    assert.equal((await tabApi(session.app.baseUrl, 'POST', `/api/ask/questions/${rated.body.questionId}/feedback`, { helpful: false })).status, 200);
    assert.equal((await tabApi(session.app.baseUrl, 'POST', `/api/ask/questions/${rated.body.questionId}/feedback/reason`, { reason: 'outdated' })).status, 200);
    const unsure = await tabApi(session.app.baseUrl, 'POST', '/api/ask/questions', { question: CLOSEST });
    own = (await tabApi(session.app.baseUrl, 'POST', `/api/ask/questions/${unsure.body.questionId}/escalate`, {})).body.ticket;
  });

  async function shootToDocs(page: Page, name: string): Promise<void> {
    await shootFramedTab(page, `german-ask-${name}`);
    await mkdir(path.resolve('docs', 'screenshots'), { recursive: true });
    await copyFile(path.join(screenshotDir, `german-ask-${name}.png`), path.resolve('docs', 'screenshots', `tab-german-ask${name === 'answer' ? '' : `-${name}`}.png`));
  }

  const ask = (tab: Frame, question: string, grade: string) => askQuestion(tab, question, { grade, language: 'de' });

  it('when Teams says de-DE, then asking is German: the box, the grades, 👍/👎 with its reason and "Ask an expert", and axe passes', async () => {
    const { page, tab } = await openTabInTeams(session, 'de-de', '/ask?inTeams=1');
    await h1(tab, 'Das CoE fragen');
    assert.equal(await tab.evaluate(() => (globalThis as any).document.title), 'Das CoE fragen · Maker Hub');
    const views = tab.getByRole('tablist', { name: 'Ansichten von „Fragen“' });
    for (const name of ['Fragen', 'Meine Fragen', 'Alle Tickets']) await views.getByRole('tab', { name, exact: true }).waitFor();
    await tab.getByRole('heading', { name: 'Fragen Sie alles zur Power Platform' }).waitFor();
    await tab.getByRole('heading', { name: 'Beginnen Sie mit den FAQ des CoE' }).waitFor();

    // Too short: a German hint, nothing asked.
    await tab.getByRole('searchbox', { name: 'Ihre Frage' }).fill('a');
    await tab.getByRole('button', { name: 'Fragen', exact: true }).click();
    await tab.getByText('Geben Sie zuerst eine Frage ein (mindestens zwei Zeichen).').waitFor();

    const answer = await ask(tab, CONFIDENT, 'Antwort');
    await answer.getByText(/^(Hohe Sicherheit|Wahrscheinliche Antwort)$/).waitFor();
    await answer.getByRole('heading', { name: 'Quelle' }).waitFor();
    await answer.getByRole('group', { name: 'War das hilfreich?' }).getByRole('button', { name: 'Nein' }).click();
    const why = answer.getByRole('form', { name: 'Warum hat es nicht geholfen?' });
    await why.getByRole('button', { name: 'Senden' }).click();
    await why.getByText('Wählen Sie einen Grund aus, oder klicken Sie auf „Überspringen“.').waitFor();
    await why.getByRole('radio', { name: 'Sie ist veraltet' }).check();
    await why.getByRole('textbox', { name: 'Möchten Sie etwas ergänzen? (optional)' }).fill('Die Lizenzpreise haben sich geändert.');
    await why.getByRole('button', { name: 'Senden' }).click();
    await why.waitFor({ state: 'detached' });

    const closest = await ask(tab, CLOSEST, 'Das kommt am nächsten:');
    await closest.getByText('Nicht sicher', { exact: true }).waitFor();
    await closest.getByRole('list', { name: 'Nächstliegende Quellen' }).waitFor();
    await tab.getByRole('heading', { name: 'Bisher in dieser Unterhaltung' }).waitFor();
    await closest.getByRole('button', { name: 'Fachleute fragen' }).click();
    const form = closest.getByRole('form', { name: 'Fachleute fragen' });
    await form.getByRole('textbox', { name: 'Details für die Fachleute (optional)' }).fill('Für unser Team in Hamburg.');
    await expectNoSeriousA11yViolations(page);
    await form.getByRole('button', { name: 'An die Fachleute senden' }).click();
    await closest.getByText(/^Als Ticket #\d+ an die Fachleute des CoE geschickt$/).waitFor();
    await closest.getByRole('button', { name: 'Meine Fragen anzeigen' }).waitFor();

    assert.deepEqual(await englishLeft(tab), []);
    // From the top, as other suites do: a link scrolled half under the sticky header counts as a too-small target.
    await tab.evaluate(() => (globalThis as any).scrollTo(0, 0));
    await expectNoSeriousA11yViolations(page);
    await shootToDocs(page, 'answer');

    // Not in the knowledge base at all: the third grade's words.
    const unknown = await ask(tab, 'who is my manager?', 'Das weiß ich leider nicht');
    await unknown.getByText('Nicht in der Wissensdatenbank', { exact: true }).waitFor();
    await unknown.getByText(/^Nichts in der Wissensdatenbank des CoE beantwortet das\./).waitFor();
  });

  it('when Teams says de-DE, then My questions and the experts\' tickets are German with German dates; answering, promoting, closing and replying too', async () => {
    const { page, tab } = await openTabInTeams(session, 'de-de', '/ask?inTeams=1&view=all');
    await h1(tab, 'Das CoE fragen');
    await tab.getByRole('heading', { name: /^Alle Tickets \(\d+ Tickets?\)$/ }).waitFor();
    await tab.getByRole('combobox', { name: 'Status' }).waitFor();
    assert.equal(await tab.getByRole('combobox', { name: 'Status' }).locator('option').first().innerText(), 'Alle Status');
    const card = tab.getByRole('list', { name: 'Tickets' }).locator(':scope > li').filter({ hasText: `#${makerTicket} ` });
    await card.getByText('Wartet auf Fachleute', { exact: true }).waitFor();
    const meta = await card.getByText(/^Gefragt von /).innerText();
    assert.match(meta, new RegExp(`^Gefragt von ${MAKER.name}, `));
    assert.match(meta, GERMAN_WHEN);
    await card.getByText('Details: Ich finde die Seite nicht.').waitFor();
    await card.getByText('Was der Bot dem Maker gesagt hat').waitFor();
    await card.getByText('Nächstliegende Themen', { exact: true }).waitFor();
    const actions = card.getByRole('group', { name: `Aktionen für Ticket #${makerTicket}` });
    await actions.getByRole('button', { name: 'Mir zuweisen' }).waitFor();
    await actions.getByRole('button', { name: 'Antworten', exact: true }).click();
    await card.getByRole('textbox', { name: 'Ihre Antwort' }).fill('Das CoE gehört zur IT-Abteilung. **Ansprechpartnerin:** Ada.');
    await card.getByRole('button', { name: 'Antwort senden' }).click();
    await card.getByText('Die Antwort ist an die Person gegangen, die gefragt hat.').waitFor();
    await card.getByText('Beantwortet', { exact: true }).waitFor();
    assert.match(await card.getByText(/^Antwort von /).innerText(), GERMAN_WHEN);
    assert.deepEqual(await englishLeft(tab), []);
    await expectNoSeriousA11yViolations(page);
    await shootToDocs(page, 'tickets');

    // Promote: the FAQ editor in German.
    await card.getByRole('button', { name: 'In die Wissensdatenbank aufnehmen' }).click();
    const editor = tab.getByRole('dialog', { name: `Ticket #${makerTicket} in die Wissensdatenbank aufnehmen` });
    for (const name of ['Frage', 'Andere Formulierungen', 'Antwort (Markdown)', 'Tags']) await editor.getByRole('textbox', { name }).first().waitFor();
    await editor.getByText('Vorschau', { exact: true }).waitFor();
    await editor.getByRole('button', { name: 'In Wissensdatenbank speichern' }).waitFor();
    assert.deepEqual(await englishLeft(tab), []);
    await expectNoSeriousA11yViolations(page);
    await shootToDocs(page, 'faq-editor');
    await editor.getByRole('button', { name: 'Abbrechen' }).click();
    await editor.waitFor({ state: 'detached' });

    // Closing asks first, in German; keeping it open changes nothing.
    await card.getByRole('button', { name: 'Ticket schließen…' }).click();
    const close = tab.getByRole('dialog', { name: `Ticket #${makerTicket} schließen?` });
    await close.getByText('Die Person behält die Antwort, die sie bekommen hat. Sie können das Ticket später wieder öffnen.').waitFor();
    await close.getByRole('button', { name: 'Ja, schließen' }).waitFor();
    await close.getByRole('button', { name: 'Offen lassen' }).click();
    await close.waitFor({ state: 'detached' });
    await card.getByText('Beantwortet', { exact: true }).waitFor();

    // My questions: this person's own questions (asked in `before`), as the bot or the tab recorded them.
    await tab.getByRole('tab', { name: 'Meine Fragen' }).click();
    await tab.getByRole('heading', { name: /^Ihre Fragen \(\d+ Fragen?\)$/ }).waitFor();
    const mine = tab.getByRole('list', { name: 'Ihre Fragen' });
    const rated = mine.getByRole('article', { name: CONFIDENT, exact: true }).last();
    const ratedMeta = await rated.getByText(/^Gefragt in Maker Hub, /).innerText();
    assert.match(ratedMeta, GERMAN_WHEN);
    assert.match(ratedMeta, / · Nicht hilfreich: Sie ist veraltet$/);
    const escalated = mine.getByRole('article', { name: CLOSEST, exact: true }).last();
    await escalated.getByText('Nicht sicher', { exact: true }).waitFor();
    await escalated.getByText('Wartet auf Fachleute', { exact: true }).waitFor();
    await escalated.getByText('Noch keine Antwort. Sie sehen sie hier, sobald die Fachleute antworten.').waitFor();
    assert.deepEqual(await englishLeft(tab), []);
    await expectNoSeriousA11yViolations(page);
    await shootToDocs(page, 'mine');
  });

  it('when an expert answered the person\'s own ticket, then replying and reopening is German', async () => {
    const answered = await tabApi(session.app.baseUrl, 'POST', `/api/ask/tickets/${own.id}/actions`, { action: 'answer', answer: 'Die IT-Abteilung.' });
    assert.equal(answered.status, 200);
    const { page, tab } = await openTabInTeams(session, 'de-de', '/ask?inTeams=1&view=mine');
    const card = tab.getByRole('article', { name: `#${own.number} ${CLOSEST}` });
    await card.getByText('Beantwortet', { exact: true }).waitFor();
    assert.match(await card.getByText(/^Antwort von /).innerText(), new RegExp(`^Antwort von ${dev.displayName}, `));
    await card.getByRole('button', { name: 'Antworten oder wieder öffnen' }).click();
    const form = card.getByRole('form', { name: `Antwort auf Ticket #${own.number}` });
    await form.getByRole('button', { name: 'Antwort senden und wieder öffnen' }).click();
    await form.getByText('Geben Sie zuerst Ihre Antwort ein.').waitFor();
    await form.getByRole('textbox', { name: 'Ihre Antwort an die Fachleute' }).fill('Wer genau dort?');
    await form.getByRole('button', { name: 'Antwort senden und wieder öffnen' }).click();
    await card.getByText('Antwort gesendet: Das Ticket ist wieder offen, und die Fachleute wissen Bescheid.').waitFor();
    await card.getByText('Wieder geöffnet', { exact: true }).waitFor();
    assert.match(await card.getByText(/^Ihre Antwort, /).innerText(), GERMAN_WHEN);
    assert.deepEqual(await englishLeft(tab), []);
    await expectNoSeriousA11yViolations(page);
  });

  it('when Teams says de-DE, then search, the channel tab\'s setup and an unknown page are German', async () => {
    const { page, tab } = await openTabInTeams(session, 'de-de', '/search?q=canvas&inTeams=1');
    await h1(tab, 'Suche');
    await tab.getByText(/^\d+ Ergebnisse? für „canvas“\.$/).waitFor();
    const only = tab.getByRole('group', { name: 'Nur anzeigen' });
    for (const name of ['Alle', 'Artikel', 'Lernpfade', 'Module', 'Veranstaltungen', 'Erfolgsgeschichten']) await only.getByRole('button', { name, exact: true }).waitFor();
    await tab.getByRole('list', { name: 'Suchergebnisse' }).waitFor();
    await only.getByRole('button', { name: 'Veranstaltungen', exact: true }).click();
    await tab.getByText(/^(Nichts gefunden für „canvas“\.|\d+ Ergebnisse? für „canvas“\.)$/).waitFor();
    assert.deepEqual(await englishLeft(tab), []);
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-ask-search');

    const setup = await openTabInTeams(session, 'de-de', '/config?inTeams=1');
    await h1(setup.tab, 'Maker Hub zu diesem Kanal hinzufügen');
    const shows = setup.tab.getByRole('radiogroup', { name: 'Die Registerkarte zeigt' });
    await shows.getByRole('radio', { name: /^Veranstaltungen/ }).waitFor();
    await shows.getByRole('radio', { name: /^Erfolgsgeschichten/ }).waitFor();
    assert.equal(await setup.tab.evaluate(() => (globalThis as any).document.title), 'Registerkarte einrichten · Maker Hub');
    assert.deepEqual(await englishLeft(setup.tab), []);
    await expectNoSeriousA11yViolations(setup.page);

    const lost = await openTabInTeams(session, 'de-de', '/no-such-page?inTeams=1');
    await h1(lost.tab, 'Seite nicht gefunden');
    await lost.tab.getByRole('heading', { name: 'Diese Seite gibt es nicht' }).waitFor();
    await lost.tab.getByRole('button', { name: 'Zur Startseite' }).click();
    await h1(lost.tab, /^Willkommen, /);
  });
});
