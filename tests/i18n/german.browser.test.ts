/**
 * The tab in German, as Teams opens it for a German user: the language comes from teams-js
 * (app.getContext().app.locale), not from the browser, which is left in English here. Shell,
 * Home, the inbox, Events, Training and My activity speak German, dates and numbers follow German conventions, and axe
 * passes. An unknown locale falls back to English. Screenshots: test-results/screenshots/german-*.png
 * (docs/screenshots/tab-german-*.png are copies of them).
 */
import assert from 'node:assert/strict';
import { expectNoSeriousA11yViolations } from '../helpers/browser.js';
import { waitForHeading } from '../helpers/tab-journey.js';
import { tabSession } from '../helpers/tab-session.js';
import { openTabInTeams, shootFramedTab } from '../helpers/teams-host.js';
import type { CommunityEvent } from '../../src/domain/events/types.js';
import { eventChanged, storyKudos } from '../../src/domain/inbox/notes.js';
import type { Story } from '../../src/domain/stories/types.js';

describe('tab: German from the Teams locale (Chromium)', function () {
  this.timeout(120_000);
  // The browser says en-US on purpose: only Teams' locale can make the tab German.
  const session = tabSession({ name: 'german', settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' }, context: { locale: 'en-US', timezoneId: 'Europe/Berlin' } });

  const openInTeams = (locale: string, tabPath: string) => openTabInTeams(session, locale, tabPath);
  const shoot = shootFramedTab;

  it('when Teams says de-DE, then the shell, Home, Events and Training are German with German dates, and axe passes', async () => {
    const { page, tab } = await openInTeams('de-de', '/?inTeams=1');
    await waitForHeading(tab, /^Willkommen, /);
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
    await waitForHeading(tab, 'Community-Veranstaltungen');
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
    await waitForHeading(tab, 'Lernpfade');
    await tab.getByRole('heading', { name: 'Ihre Lernpfade' }).waitFor();
    const card = await tab.locator('main li').first().innerText();
    // A German percentage has a space before the sign ("0 %"); durations read "Std."/"Min.".
    assert.match(card, /0\s%\s·\s\d+ Module · etwa \d+ (Std\.|Min\.)/);
    assert.match(card, /0 von \d+ Modulen erledigt/);
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'german-training');
  });

  it('when Teams says de-DE, then the inbox under the bell words its items in German (the values, not the stored English)', async () => {
    const me = await session.app.app.services.identity.findUser({ tenantId: session.app.config.auth.devIdentity.tenantId, aadObjectId: session.app.config.auth.devIdentity.aadObjectId });
    assert.ok(me, 'the first test signed the person in');
    // The notes the services write, built by the same functions, for this person's story and an event they answered.
    const story = { id: 'german-inbox-story', authorId: me.id, title: 'Rechnungsfluss' } as Story;
    const event = { id: 'german-inbox-event', title: 'Community Call', cancelReason: null } as CommunityEvent;
    await session.app.app.services.store.repos.inbox.add(
      new Date().toISOString(),
      storyKudos(story, 3),
      eventChanged(event, me.id, 'changed', 'german-inbox-batch', { words: ['The time changed.'], kinds: ['time'] }),
    );
    const { page, tab } = await openInTeams('de-de', '/?inTeams=1');
    await waitForHeading(tab, /^Willkommen, /);
    await tab.getByRole('button', { name: 'Posteingang, 2 ungelesen' }).click();
    const panel = tab.getByRole('dialog', { name: 'Posteingang' });
    await panel.getByRole('list', { name: 'Einträge im Posteingang' }).waitFor();
    const text = await panel.innerText();
    for (const words of ['Ihre Geschichte „Rechnungsfluss“ hat Kudos bekommen', 'Bisher 3 Kudos.', 'Geändert: Community Call', 'Die Zeit hat sich geändert.']) assert.ok(text.includes(words), `${words} in: ${text}`);
    assert.doesNotMatch(text, /got kudos|kudos so far|Changed:|The time changed/);
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'german-inbox');
  });

  it('when Teams says de-DE, then My activity is German: figures, department, recent questions, German numbers', async () => {
    const { page, tab } = await openInTeams('de-de', '/activity?inTeams=1');
    await waitForHeading(tab, 'Meine Aktivität');
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
    await waitForHeading(tab, 'Community events');
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
