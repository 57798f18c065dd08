/**
 * Admin → Insights and the sponsor report in German, as Teams opens them for a CoE admin whose Teams
 * speaks de-DE (the browser stays English): section headings, headline figures with German numbers
 * ("1.234", "50 %") and their change lines, a chart's table view with German column headers,
 * knowledge gaps with German plurals and dates, the printable report, axe, and no English left.
 * Screenshots: test-results/screenshots/german-insights-*.png (docs/screenshots/tab-german-insights.png
 * is a copy of the dashboard's).
 */
import assert from 'node:assert/strict';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { MAKER, type Person } from '../helpers/activities.js';
import { expectNoSeriousA11yViolations, screenshotDir } from '../helpers/browser.js';
import { COLLEAGUE, STORY_FORM } from '../helpers/stories.js';
import { waitForHeading as h1 } from '../helpers/tab-journey.js';
import { tabSession } from '../helpers/tab-session.js';
import { openTabInTeams, shootFramedTab } from '../helpers/teams-host.js';
import { MAX, tabApi } from '../helpers/training-events.js';

const KB_QUESTION = 'How do I request a developer environment?';
const SAP = 'How can I connect Power Automate to SAP?';

/** The English words this area showed before it was translated: none may be left on a German page. */
const ENGLISH = [
  /\bQuestions asked\b/,
  /\bActive makers\b/,
  /\bHelpful answers\b/,
  /\bPeople served\b/,
  /\bKnowledge gaps\b/,
  /\bSponsor report\b/,
  /\bDownload (CSV|headline)/,
  /\bTable\b/,
  /\bprevious\b/i,
  /\bNo earlier figure\b/,
  /\bAsked (once|\d+ times)\b/,
  /\bAlso asked as\b/,
  /\bAdd FAQ entry\b/,
  /\bnot helpful\b/,
  /\bExpiring soon\b/,
  /\bNothing (expires|in this period)\b/,
  /\bRequests by (type|state)\b/,
  /\bCompletion rate\b/,
  /\bPrint or save as PDF\b/,
  /\bPrepared\b/,
  /\bEvents held\b/,
  /\bof \d+ seats\b/,
];

function assertNoEnglish(text: string, where: string): void {
  const left = ENGLISH.filter((pattern) => pattern.test(text)).map(String);
  assert.deepEqual(left, [], `English left on ${where}`);
}

describe('tab: Insights and the sponsor report in German (Chromium)', function () {
  this.timeout(180_000);
  const session = tabSession({ name: 'german-insights', settings: { DELIVERY_WORKER: 'off' }, context: { locale: 'en-US', timezoneId: 'Europe/Berlin' } });

  /**
   * Today: two questions the knowledge base answers (one 👍, one 👎: 50 % helpful), one it cannot
   * answer asked three times in two wordings (a knowledge gap), and a published story that served 1,234 people.
   */
  before(async () => {
    const base = session.app.baseUrl;
    const ok = async (method: string, url: string, body?: unknown, who?: Person) => {
      const res = await tabApi(base, method, url, body, who);
      assert.ok(res.status < 300, `${method} ${url} answered ${res.status}: ${JSON.stringify(res.body)}`);
      return res.body;
    };
    const ask = async (question: string, who: Person) => (await ok('POST', '/api/ask/questions', { question }, who)) as { questionId: string; answered: boolean };
    await ok('POST', '/api/admin/kb/faq', { question: KB_QUESTION, alternates: ['get a dev environment'], answer: 'Type **request an environment** in the chat.', tags: ['environments'] });
    const helpful = await ask(KB_QUESTION, MAKER);
    assert.equal(helpful.answered, true);
    await ok('POST', `/api/ask/questions/${helpful.questionId}/feedback`, { helpful: true }, MAKER);
    const unhelpful = await ask(KB_QUESTION, COLLEAGUE);
    await ok('POST', `/api/ask/questions/${unhelpful.questionId}/feedback`, { helpful: false }, COLLEAGUE);
    assert.equal((await ask(SAP, MAX)).answered, false);
    assert.equal((await ask('connect power automate to SAP', COLLEAGUE)).answered, false);
    assert.equal((await ask('Power Automate SAP connector', MAKER)).answered, false);
    const story = await ok('POST', '/api/stories', { ...STORY_FORM, submissionKey: 'german-insights-story', peopleServed: '1234' }, MAKER);
    await ok('POST', `/api/stories/${story.story.id}/moderation`, { decision: 'approve', version: story.story.version });
  });

  const figureText = async (tab: Frame, label: string) => (await tab.locator(`[data-figure="${label}"]`).first().innerText()).replace(/\s+/g, ' ').trim();
  const chartsDrawn = (tab: Frame) =>
    tab.waitForFunction(
      () => {
        const figures = [...(globalThis as any).document.querySelectorAll('main figure')];
        return figures.length > 0 && figures.every((f: any) => f.querySelector('svg'));
      },
      undefined,
      { timeout: 30_000 },
    );

  it('when a CoE admin’s Teams says de-DE, then Insights are German: sections, figures in German numbers, table view, knowledge gaps', async () => {
    const { page, tab } = await openTabInTeams(session, 'de-de', '/admin/insights?range=30&inTeams=1');
    await h1(tab, 'Insights');
    assert.equal(await tab.locator('html').getAttribute('lang'), 'de');
    assert.match(await tab.locator('[data-period]').innerText(), /^\d{1,2}\. \S+ – \d{1,2}\. \S+ \d{4} \(30 Tage\), verglichen mit \d{1,2}\. \S+ – \d{1,2}\. \S+ \d{4}\.$/);
    for (const heading of ['Community', 'Fragen', 'Umgebungen', 'Erfolgsgeschichten', 'Schulung', 'Veranstaltungen']) await tab.getByRole('heading', { name: heading, exact: true, level: 2 }).waitFor();
    await tab.getByRole('tab', { name: 'Letzte 30 Tage' }).waitFor();
    await tab.getByRole('link', { name: 'Bericht für Sponsoren' }).waitFor();
    await tab.getByRole('button', { name: 'Kennzahlen herunterladen (CSV)' }).waitFor();

    // German numbers: a thousands dot, a space before the percent sign, a decimal comma.
    assert.equal(await figureText(tab, 'Erreichte Personen'), 'Erreichte Personen 1.234 ▲ Gestiegen um 1.234 (vorher 0)');
    assert.equal(await figureText(tab, 'Gestellte Fragen'), 'Gestellte Fragen 5 ▲ Gestiegen um 5 (vorher 0)');
    assert.match(await figureText(tab, 'Hilfreiche Antworten'), /^Hilfreiche Antworten 50\s% 1 hilfreich · 1 nicht hilfreich (Kein früherer Wert zum Vergleich|Vorheriger Zeitraum: —)$/);
    assert.equal(await figureText(tab, 'Eingesparte Stunden pro Monat'), 'Eingesparte Stunden pro Monat 40 ▲ Gestiegen um 40 (vorher 0)');
    await chartsDrawn(tab);

    // A chart as a table: German column headers, and the region named in German.
    const perDay = tab.getByRole('region', { name: 'Fragen pro Tag', exact: true });
    await perDay.getByRole('button', { name: 'Tabelle' }).click();
    const table = perDay.getByRole('table', { name: 'Fragen pro Tag' });
    assert.equal((await table.getByRole('row').first().innerText()).replace(/\s+/g, ' ').trim(), 'Tag Gestellt Von der Wissensdatenbank beantwortet Weitergegeben');
    await perDay.getByRole('region', { name: 'Fragen pro Tag (Tabelle)' }).waitFor();
    await perDay.getByRole('button', { name: 'CSV herunterladen' }).waitFor();
    // Back to the chart: the long table would fill the screenshots.
    await perDay.getByRole('button', { name: 'Tabelle' }).click();
    await perDay.getByRole('figure').locator('svg').first().waitFor();
    // The expiring list starts as a table; with nothing expiring it says so in German.
    await tab.getByRole('region', { name: 'Bald ablaufend', exact: true }).getByText('In den nächsten 14 Tagen läuft nichts ab.').waitFor();

    // Knowledge gaps: German plural, date and quotation marks.
    const gaps = tab.getByRole('region', { name: 'Wissenslücken', exact: true });
    const sap = gaps.getByRole('listitem').filter({ hasText: /SAP/ }).first();
    const sapText = await sap.innerText();
    assert.match(sapText, /3-mal gefragt · 3 unbeantwortet · zuletzt am \d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? \d{4}, \d{2}:\d{2}/);
    assert.match(sapText, /^„.+SAP.*“/);
    assert.match(sapText, /Auch gefragt als: „.+“/);
    await sap.getByRole('button', { name: 'FAQ-Eintrag hinzufügen' }).waitFor();
    const unhelpful = gaps.getByRole('listitem').filter({ hasText: 'developer environment' }).first();
    assert.match(await unhelpful.innerText(), /(Einmal|\d+-mal) gefragt · 1 nicht hilfreich · zuletzt am /);

    assertNoEnglish(await tab.locator('main').innerText(), 'the Insights page');
    await expectNoSeriousA11yViolations(page);
    await tab.evaluate(() => (globalThis as any).scrollTo(0, 0));
    await shootFramedTab(page, 'german-insights');
    await copyFile(path.join(screenshotDir, 'german-insights.png'), path.resolve('docs', 'screenshots', 'tab-german-insights.png'));
    // The gaps at the top of the frame, clear of the sticky banner.
    await gaps.evaluate((element: any) => {
      element.scrollIntoView({ block: 'start' });
      (globalThis as any).scrollBy(0, -120);
    });
    await shootFramedTab(page, 'german-insights-gaps');
  });

  it('when the admin opens the sponsor report in German, then its title, print button, date line and figures are German', async () => {
    const { page, tab } = await openTabInTeams(session, 'de-de', '/admin/insights/report?inTeams=1');
    await h1(tab, 'Bericht für Sponsoren');
    await tab.getByRole('button', { name: 'Drucken oder als PDF speichern' }).waitFor();
    await tab.getByRole('link', { name: 'Insights', exact: true }).first().waitFor();
    assert.match(await tab.getByText(/^Erstellt am /).innerText(), /^Erstellt am \d{1,2}\. \S+ \d{4}, \d{2}:\d{2} aus den eigenen Daten von Maker Hub\.$/);
    assert.match(await figureText(tab, 'Erreichte Personen'), /^Erreichte Personen 1\.234 /);
    assert.match(await figureText(tab, 'Hilfreiche Antworten'), /^Hilfreiche Antworten 50\s% /);
    await tab.getByRole('heading', { name: 'Wissenslücken' }).waitFor();
    assert.equal(await tab.getByRole('button', { name: 'CSV herunterladen' }).count(), 0, 'a report has no buttons per table');
    await chartsDrawn(tab);
    assertNoEnglish(await tab.locator('main').innerText(), 'the sponsor report');
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-insights-report');
  });
});
