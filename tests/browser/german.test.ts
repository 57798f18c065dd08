/**
 * The tab in German, as Teams opens it for a German user: the language comes from teams-js
 * (app.getContext().app.locale), not from the browser, which is left in English here. Shell,
 * Home, Events, Training and My activity speak German, dates and numbers follow German conventions, and axe
 * passes. An unknown locale falls back to English. Screenshots: test-results/screenshots/german-*.png
 * (docs/screenshots/tab-german-*.png are copies of them).
 */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import path from 'node:path';
import { expectNoSeriousA11yViolations, screenshotDir } from '../helpers/browser.js';
import { tabSession, waitForHeading } from '../helpers/tab-session.js';

const HOST_URL = 'https://teams.microsoft.com/maker-hub-german-host';
const TAB_ORIGIN = 'https://maker-hub.test';

describe('tab: German from the Teams locale (Chromium)', function () {
  this.timeout(120_000);
  // The browser says en-US on purpose: only Teams' locale can make the tab German.
  const session = tabSession({ name: 'german', settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' }, context: { locale: 'en-US', timezoneId: 'Europe/Berlin' } });

  /**
   * Opens the tab framed by a stand-in Teams web client whose getContext answers with `locale`.
   * The tab is served from a reserved public name (Chromium does not let a public page frame
   * 127.0.0.1); its API calls reach the test server without the fake SSO token, so the test
   * server's development identity signs in.
   */
  async function openInTeams(locale: string, tabPath: string): Promise<{ page: Page; tab: Frame }> {
    const page = await session.open('/?theme=light');
    const context = page.context();
    await context.route('**/*', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (url.href === HOST_URL) return route.fulfill({ contentType: 'text/html', body: fakeTeamsHost(`${TAB_ORIGIN}${tabPath}`, locale) });
      if (url.origin === TAB_ORIGIN) {
        const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => name !== 'authorization'));
        return route.fulfill({ response: await route.fetch({ url: session.app.baseUrl + url.pathname + url.search, headers }) });
      }
      if (url.origin === new URL(session.app.baseUrl).origin) return route.continue();
      return route.abort();
    });
    await page.goto(HOST_URL);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    assert.ok(frame, 'the host frames the tab');
    return { page, tab: frame };
  }

  /** The framed tab as the user sees it (a full-page shot of the host can come out blank while the frame paints). */
  const shoot = async (page: Page, name: string) => {
    await page.waitForTimeout(300);
    await page.locator('iframe').screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  };
  const h1 = (tab: Frame, text: string | RegExp) => tab.locator('main h1').filter({ hasText: text }).waitFor({ timeout: 30_000 });

  it('when Teams says de-DE, then the shell, Home, Events and Training are German with German dates, and axe passes', async () => {
    const { page, tab } = await openInTeams('de-de', '/?inTeams=1');
    await h1(tab, /^Willkommen, /);
    assert.equal(await tab.locator('html').getAttribute('lang'), 'de');
    assert.equal(await tab.evaluate(() => (globalThis as any).document.title), 'Start · Maker Hub');
    const nav = tab.getByRole('navigation', { name: 'Maker Hub' });
    for (const label of ['Start', 'Fragen', 'Schulung', 'Veranstaltungen', 'Erfolgsgeschichten', 'Meine Anfragen']) await nav.getByRole('link', { name: label, exact: true }).waitFor();
    await tab.getByRole('searchbox', { name: 'Maker Hub durchsuchen' }).waitFor();
    await tab.getByRole('button', { name: /^Posteingang/ }).waitFor();
    await tab.getByRole('heading', { name: 'Ihre nächsten Veranstaltungen' }).waitFor();
    await tab.getByRole('heading', { name: 'Neu in der Community' }).waitFor();
    await tab.getByRole('link', { name: 'Zum Inhalt springen' }).waitFor({ state: 'attached' });
    await tab.getByText(/^(Entwicklungsidentität|Dev-Identität)$/).waitFor();
    // The tab's API calls carry Teams' locale (X-Locale): the server keeps it for the cards it sends later.
    const me = await session.app.app.services.identity.findUser({ tenantId: session.app.config.auth.devIdentity.tenantId, aadObjectId: session.app.config.auth.devIdentity.aadObjectId });
    assert.equal(me?.locale, 'de-DE');
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'german-home');

    await nav.getByRole('link', { name: 'Veranstaltungen', exact: true }).click();
    await h1(tab, 'Community-Veranstaltungen');
    const first = tab.getByRole('list', { name: 'Anstehende Veranstaltungen' }).locator(':scope > li').first();
    await first.waitFor();
    const text = await first.innerText();
    // "Mi., 9. Dez. 2026, 15:00–16:00 MEZ": German weekday and month abbreviations, 24-hour clock.
    assert.match(text, /(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? \d{4}, \d{2}:\d{2}–\d{2}:\d{2} MEZ/);
    assert.match(text, /0 Zusagen · 0 vielleicht/);
    assert.match(text, /Sprechstunde|Community Call|Webinar|Hackathon|Schulungstag/);
    assert.doesNotMatch(text, /going|maybe|Office hours/);
    await tab.getByLabel('Art').selectOption({ label: 'Hackathons' });
    await tab.getByRole('tab', { name: 'Vergangen' }).click();
    await tab.getByText('Noch keine vergangenen Veranstaltungen').waitFor();
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'german-events');

    await nav.getByRole('link', { name: 'Schulung', exact: true }).click();
    await h1(tab, 'Lernpfade');
    await tab.getByRole('heading', { name: 'Ihre Lernpfade' }).waitFor();
    const card = await tab.locator('main li').first().innerText();
    // A German percentage has a space before the sign ("0 %"); durations read "Std."/"Min.".
    assert.match(card, /0\s%\s·\s\d+ Module · etwa \d+ (Std\.|Min\.)/);
    assert.match(card, /0 von \d+ Modulen erledigt/);
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'german-training');
  });

  it('when Teams says de-DE, then My activity is German: figures, department, recent questions, German numbers', async () => {
    const { page, tab } = await openInTeams('de-de', '/activity?inTeams=1');
    await h1(tab, 'Meine Aktivität');
    await tab.getByRole('tab', { name: 'Letzte 30 Tage' }).waitFor();
    assert.match(await tab.locator('[data-period]').innerText(), /^\d{1,2}\. \S+ – \d{1,2}\. \S+ \d{4} \(30 Tage\)\.$/);
    await tab.getByRole('heading', { name: 'Ihre Zahlen' }).waitFor();
    await tab.getByText('Gestellte Fragen').waitFor();
    await tab.getByRole('heading', { name: 'Ihre Abteilung' }).waitFor();
    await tab.getByRole('textbox', { name: /Abteilung/ }).waitFor();
    await tab.getByRole('button', { name: 'Abteilung speichern' }).waitFor();
    await tab.getByRole('button', { name: 'Meine Daten herunterladen' }).waitFor();
    const text = await tab.locator('main').innerText();
    assert.doesNotMatch(text, /Your figures|Questions asked|Your department|Download my data|Last 30 days|Table/);
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'german-activity');
  });

  it('when Teams sends a locale we have no catalogue for (fr-FR), then the tab is English', async () => {
    const { tab } = await openInTeams('fr-fr', '/events?inTeams=1');
    await h1(tab, 'Community events');
    assert.equal(await tab.locator('html').getAttribute('lang'), 'en');
    assert.match(await tab.getByRole('list', { name: 'Upcoming events' }).locator(':scope > li').first().innerText(), /0 going · 0 maybe/);
  });

  it('when a plain browser (no Teams) is German, then the tab follows the browser language', async () => {
    const browser = (await session.open('/?theme=dark')).context().browser();
    const german = await browser?.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    assert.ok(german);
    try {
      const p = await german.newPage();
      await p.goto(`${session.app.baseUrl}/training?theme=dark`);
      await waitForHeading(p, 'Lernpfade');
    } finally {
      await german.close();
    }
  });
});

/** A minimal Teams web client: frames the tab and answers teams-js' initialize and getContext (with `locale`). */
function fakeTeamsHost(tabUrl: string, locale: string): string {
  return `<!doctype html><html lang="en"><head><title>Teams host stand-in</title></head>
<body style="margin:0"><iframe title="Maker Hub" src="${tabUrl}" style="border:0;width:100vw;height:100vh"></iframe>
<script>
  const answers = {
    initialize: () => ['content', 'web', '2.0.0'],
    getContext: () => [{ theme: 'default', locale: '${locale}', frameContext: 'content', entityId: 'home', hostClientType: 'web' }],
    'authentication.getAuthToken': () => [true, 'fake-teams-sso-token'],
  };
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message.func !== 'string' || !(message.func in answers)) return;
    event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args: answers[message.func]() }, event.origin);
  });
</script></body></html>`;
}
