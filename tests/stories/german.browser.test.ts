/**
 * Stories and environment requests in German, as Teams opens the tab for a German user (the
 * locale comes from teams-js; the browser stays English): the gallery, a story, the share-a-story
 * form and its validation message, My stories, the review queue, My requests and the request form
 * with its policy preview. Dates and money follow German conventions, axe passes, and none of the
 * English words these pages used to show are left. Screenshots: test-results/screenshots/german-stories-*.png
 * and german-requests-*.png (docs/screenshots/tab-german-stories.png and tab-german-requests.png are copies).
 */
import assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import type { Principal } from '../../src/domain/identity/types.js';
import { SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { expectNoSeriousA11yViolations } from '../helpers/browser.js';
import { STORY_FORM } from '../helpers/stories.js';
import { waitForHeading as h1 } from '../helpers/tab-journey.js';
import { tabSession } from '../helpers/tab-session.js';
import { openTabInTeams, shootFramedTab } from '../helpers/teams-host.js';

const CHAMPION = { aadObjectId: '00000000-0000-0000-0000-00000000c003', displayName: 'Chris Champion' };
const MAKER = { aadObjectId: '00000000-0000-0000-0000-00000000b002', displayName: 'Mia Maker' };
/** "7. Dez. 2026": a German day, month abbreviation and year. */
const GERMAN_DAY = /\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? \d{4}/;

/** Fails when any of `english` is still on the page: a literal that escaped the catalogue. */
async function assertNoEnglish(tab: Frame, english: readonly string[]): Promise<void> {
  const text = await tab.locator('body').innerText();
  const left = english.filter((words) => text.includes(words));
  assert.deepEqual(left, [], `English left on the German page: ${left.join(' | ')}`);
}

describe('tab: Stories and environment requests in German from the Teams locale (Chromium)', function () {
  this.timeout(180_000);
  const session = tabSession({ name: 'german-stories', settings: { DELIVERY_WORKER: 'off', ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600' }, context: { locale: 'en-US', timezoneId: 'Europe/Berlin' } });
  const ids = { published: '', pending: '' };

  before(async () => {
    const { identity, stories, environments } = session.app.app.services;
    const devIdentity = session.app.config.auth.devIdentity;
    const dev = await identity.signIn(devIdentity);
    const as = (principal: Principal) => ({ actor: { kind: 'user' as const, principal } });
    await identity.grantRole({ actor: as(dev).actor }, { tenantId: devIdentity.tenantId, ...CHAMPION }, 'champion');
    const chris = await identity.signIn({ tenantId: devIdentity.tenantId, ...CHAMPION });
    const mia = await identity.signIn({ tenantId: devIdentity.tenantId, ...MAKER });
    ids.published = (await stories.submit(as(chris), { ...STORY_FORM, imageUrl: '' }, 'de-1')).story.id;
    ids.pending = (await stories.submit(as(mia), { ...STORY_FORM, title: 'Onboarding-Checkliste als Bot', department: 'HR', imageUrl: '' }, 'de-2')).story.id;
    await stories.submit(as(dev), { ...STORY_FORM, title: 'Reisekosten ohne Papier', department: 'IT', imageUrl: '' }, 'de-3');
    await stories.toggleKudos(as(mia), ids.published);
    await environments.service.submit(as(dev), SANDBOX_DRAFT, 'de-request-1');
  });

  const open = (tabPath: string) => openTabInTeams(session, 'de-de', tabPath);

  it('when Teams says de-DE, then the gallery and a story are German, with German dates and money, and axe passes', async () => {
    const { page, tab } = await open('/stories?inTeams=1');
    await h1(tab, 'Erfolgsgeschichten');
    const stories = tab.getByRole('navigation', { name: 'Erfolgsgeschichten' });
    for (const label of ['Galerie', 'Meine Geschichten', 'Prüfliste']) await stories.getByRole('link', { name: label, exact: true }).waitFor();
    await tab.getByRole('button', { name: 'Geschichte teilen' }).waitFor();
    await tab.getByRole('search', { name: 'Geschichten finden' }).waitFor();
    await tab.getByRole('searchbox', { name: 'Suchen', exact: true }).waitFor();
    await tab.getByRole('combobox', { name: 'Produkt' }).waitFor();
    await tab.getByText('Veröffentlichte Geschichten').waitFor();
    await tab.getByText('Gesparte Stunden pro Monat').waitFor();
    await tab.getByRole('heading', { name: /^\d+ Geschichten?$/ }).waitFor();
    const card = await tab.locator('main li', { has: tab.getByRole('heading', { name: STORY_FORM.title }) }).first().innerText();
    assert.match(card, GERMAN_DAY);
    // German number and money formats: "12.000 €", not "€12,000".
    assert.match(card, /40 Std\. gespart \/ Monat/);
    assert.match(card, /250 Personen erreicht/);
    assert.match(card, /12\.000\s€ vermieden/);
    assert.match(card, /Kudos · 1/);
    await assertNoEnglish(tab, ['Success stories', 'Gallery', 'Share a story', 'Published stories', 'Hours saved', 'People served', 'h saved', 'avoided', 'All products', 'Clear filters', '1 story']);
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-stories-gallery');

    await tab.getByRole('link', { name: STORY_FORM.title }).click();
    await h1(tab, STORY_FORM.title);
    for (const heading of ['Das Problem', 'Was gebaut wurde', 'Wirkung']) await tab.getByRole('heading', { name: heading, exact: true }).waitFor();
    const main = await tab.locator('main').innerText();
    assert.match(main, /Finance · von Chris Champion · \d{1,2}\. \S+ \d{4}/);
    assert.match(main, /Gesparte Zeit\s+40 Stunden im Monat/);
    assert.match(main, /Vermiedene Kosten\s+12\.000\s€ im Jahr/);
    assert.match(main, /von Mia Maker/);
    await tab.getByRole('link', { name: 'Alle Geschichten' }).waitFor();
    await tab.getByRole('button', { name: /^Kudos · 1/ }).waitFor();
    await assertNoEnglish(tab, ['The problem', 'What they built', 'Time saved', 'hours a month', 'All stories', 'Give kudos', ' by Chris', 'from Mia']);
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-stories-story');
  });

  it('when a champion opens a story waiting for review in German, then the queue and the review panel are German', async () => {
    const { page, tab } = await open('/stories/review?inTeams=1');
    await h1(tab, 'Prüfliste');
    const queue = tab.getByRole('list', { name: 'Geschichten, die auf Prüfung warten' });
    const waiting = await queue.innerText();
    assert.match(waiting, /Mia Maker · HR · eingereicht am \d{1,2}\. \S+ \d{4}/);
    assert.match(waiting, /Wartet auf Prüfung/);
    await queue.getByRole('link', { name: 'Onboarding-Checkliste als Bot' }).click();
    await tab.getByRole('heading', { name: 'Diese Geschichte prüfen' }).waitFor();
    await tab.getByRole('textbox', { name: 'Hinweis an die Autorin oder den Autor' }).waitFor();
    for (const label of ['Freigeben und veröffentlichen', 'Änderungen erbitten', 'Ablehnen', 'Löschen']) await tab.getByRole('button', { name: label, exact: true }).waitFor();
    await assertNoEnglish(tab, ['Review this story', 'Approve and publish', 'Request changes', 'Waiting for review', 'submitted ']);
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-stories-review');
  });

  it('when a maker shares a story in German, then the form, its validation message and My stories are German', async () => {
    const { page, tab } = await open('/stories/new?inTeams=1');
    await h1(tab, 'Erfolgsgeschichte teilen');
    for (const label of ['Titel', 'Das Problem', 'Was Sie gebaut haben', 'Gesparte Stunden pro Monat', 'Erreichte Personen', 'Vermiedene Kosten pro Jahr', 'Team oder Abteilung', 'Link zu weiteren Infos (optional)'])
      await tab.getByLabel(label, { exact: false }).first().waitFor();
    await tab.getByRole('group', { name: 'Verwendete Produkte (mindestens eines)' }).getByRole('checkbox', { name: 'Power Automate' }).waitFor();
    await tab.getByText('Wirkung – füllen Sie mindestens ein Feld aus:').waitFor();
    await tab.getByRole('button', { name: 'Bild hochladen' }).waitFor();
    await tab.getByRole('button', { name: 'Geschichte einreichen' }).click();
    await tab.getByRole('alert').filter({ hasText: 'Einige Angaben müssen Sie noch einmal prüfen' }).waitFor();
    await assertNoEnglish(tab, ['Share a success story', 'Products used', 'Hours saved per month', 'Team or department', 'Submit story', 'Some answers need another look', 'e.g. ']);
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-stories-form');

    await tab.getByRole('button', { name: 'Abbrechen' }).click();
    await h1(tab, 'Erfolgsgeschichten');
    await tab.getByRole('link', { name: 'Meine Geschichten', exact: true }).click();
    await h1(tab, 'Meine Geschichten');
    const mine = await tab.getByRole('list', { name: 'Ihre Geschichten' }).innerText();
    assert.match(mine, /Reisekosten ohne Papier/);
    assert.match(mine, /(Veröffentlicht|Wartet auf Prüfung)/);
    assert.match(mine, /IT · (veröffentlicht|eingereicht) am \d{1,2}\. \S+ \d{4}/);
    await assertNoEnglish(tab, ['My stories', 'Your stories', 'published ', 'Published']);
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-stories-mine');
  });

  it('when Teams says de-DE, then My requests and the request form with its policy preview are German, and axe passes', async () => {
    const { page, tab } = await open('/requests?inTeams=1');
    await h1(tab, 'Meine Anfragen');
    const request = tab.getByRole('list', { name: 'Ihre Umgebungsanfragen' }).locator(':scope > li').first();
    const text = await request.innerText();
    assert.match(text, /Wartet auf Genehmigung/);
    assert.match(text, /Referenz[\s\S]*Region\s+Europa/);
    assert.match(text, /Dataverse\s+Ja \(Sprache 1033, EUR\)/);
    assert.match(text, /Daten\s+Intern/);
    assert.match(text, /Erwartete Nutzer\s+12/);
    assert.match(text, new RegExp(`Eingereicht\\s+${GERMAN_DAY.source}, \\d{2}:\\d{2}`));
    await request.getByRole('button', { name: 'Verlauf anzeigen' }).click();
    const history = request.getByRole('list', { name: 'Verlauf' });
    await history.locator('li').first().waitFor();
    assert.match(await history.innerText(), /Eingereicht · /);
    assert.match(await history.innerText(), /Zur Genehmigung an das CoE gesendet · /);
    await request.getByRole('button', { name: 'Anfrage stornieren' }).waitFor();
    await assertNoEnglish(tab, ['My requests', 'Waiting for approval', 'Reference', 'Expected users', 'Show history', 'Hide history', 'Cancel request', 'Submitted']);
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-requests');

    await tab.getByRole('button', { name: 'Umgebung anfordern' }).click();
    const dialog = tab.getByRole('dialog', { name: 'Umgebung anfordern' });
    await dialog.getByRole('textbox', { name: /Name der Umgebung/ }).waitFor();
    await dialog.getByText(/^Mindestens \d+ Zeichen: Was bauen Sie, und für wen\?$/).waitFor();
    await dialog.getByRole('switch', { name: 'Dataverse-Datenbank erstellen' }).waitFor();
    assert.ok((await dialog.getByRole('combobox', { name: /Region/ }).innerText()).includes('Europa'));
    await dialog.getByRole('radio', { name: 'Vertraulich' }).check();
    const preview = dialog.getByTestId('policy-preview');
    // The preview asks again a moment after the change; then it names the new classification in German.
    await preview.getByText(/mit Daten der Klasse Vertraulich/).waitFor();
    assert.match(await preview.innerText(), /Braucht die Genehmigung eines CoE-Admins|Wird automatisch genehmigt/);
    assert.match(await preview.innerText(), /Sandbox: Sie haben 1 von \d+\./);
    await dialog.getByRole('button', { name: 'Anfrage senden' }).waitFor();
    await dialog.getByRole('button', { name: 'Schließen' }).waitFor();
    await assertNoEnglish(tab, ['Request an environment', 'Environment name', 'Business justification', 'Data classification', 'Confidential', 'Submit request', 'What happens when you send this', 'Needs a CoE admin']);
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-requests-form');
  });
});
