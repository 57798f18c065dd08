/**
 * The Admin area in German, as Teams opens it for a German CoE admin (the locale comes from
 * teams-js through the stand-in Teams host; the browser itself says en-US): environment requests
 * with their decisions, the event and training admin, the control room, and the event form with
 * its time zone picker. Dates and figures follow German conventions, axe passes, and none of the
 * English words these pages used to show is left. Screenshots: test-results/screenshots/german-admin-*.png.
 */
import assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../helpers/browser.js';
import { SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { waitForHeading as h1 } from '../helpers/tab-journey.js';
import { tabSession } from '../helpers/tab-session.js';
import { openTabInTeams, shootFramedTab } from '../helpers/teams-host.js';
import { tabApi } from '../helpers/training-events.js';
import { createPersonFixture, SAM, TENANT } from '../privacy/person-fixture.js';

/** English this area showed before it was translated; none of it may come back on a German page. */
const ENGLISH = [
  'Environment requests', 'Needs attention', 'All requests', 'Policy checks', 'Approve', 'Reject', 'Not met', 'Comment for the maker',
  'New event', 'No upcoming events', 'Edit', 'Announce', 'Training paths', 'New path', 'Modules (', 'Retire',
  'Roles', 'Grant role', 'Find a person', 'A person’s data', 'Download their data', 'Erase this person', 'Audit log', 'Action starts with', 'Download CSV',
  'Retention', 'Kept for', 'Due at the next run', 'Add FAQ entry', 'Search', 'Loading',
  'Time zone', 'Starts', 'Ends', 'Online meeting link', 'Capacity (optional)', 'Who it is for', 'Description', 'Create event', 'Cancel',
  'For CoE admins', 'Who answered', 'Nobody has answered', 'Cancel event', 'going', 'maybe',
];

/** The English words of ENGLISH found in `text` (whole words, so "Edit" does not match "Editor"). */
function englishLeft(text: string): string[] {
  return ENGLISH.filter((words) => new RegExp(`(^|[^\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
}

describe('tab: the Admin area in German from the Teams locale (Chromium)', function () {
  this.timeout(180_000);
  const session = tabSession({ name: 'german-admin', settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off', ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600' }, context: { locale: 'en-US', timezoneId: 'Europe/Berlin' } });
  before(async () => {
    const services = session.app.app.services;
    await createPersonFixture(services, 'de');
    const maker = await services.identity.signIn({ tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-00000000b002', displayName: 'Mia Maker' });
    const asMaker = { actor: { kind: 'user' as const, principal: maker } };
    await services.environments.service.submit(asMaker, SANDBOX_DRAFT, 'de-admin-pending-1');
    await services.environments.service.submit(asMaker, { ...SANDBOX_DRAFT, displayName: 'OPS-Fleet tracker' }, 'de-admin-pending-2');
  });

  const mainText = (tab: Frame) => tab.locator('main').innerText();

  it('when Teams says de-DE, then the admin page, its environment requests and their decisions are German', async () => {
    const { page, tab } = await openTabInTeams(session, 'de-de', '/admin?inTeams=1');
    await h1(tab, 'CoE-Verwaltung');
    assert.equal(await tab.evaluate(() => (globalThis as any).document.title), 'CoE-Verwaltung · Maker Hub');
    const section = tab.getByRole('region', { name: 'Umgebungsanfragen' });
    await section.getByRole('tab', { name: 'Erfordert Aktion' }).waitFor();
    const queue = section.getByRole('list', { name: 'Anfragen, die eine Aktion erfordern' });
    const approve = queue.getByRole('listitem').filter({ hasText: 'FIN-Invoice approvals' });
    const reject = queue.getByRole('listitem').filter({ hasText: 'OPS-Fleet tracker' });
    await approve.waitFor({ timeout: 30_000 });
    const item = await approve.innerText();
    assert.match(item, /Wartet auf Genehmigung/);
    assert.match(item, /Begründung: Automate the approval/);
    assert.match(item, /❌ Nicht erfüllt — /);
    await approve.getByRole('list', { name: 'Richtlinienprüfungen' }).waitFor();
    await approve.getByRole('button', { name: 'Genehmigen' }).waitFor();
    // The events and training sections of the page, and the control room below them.
    await tab.getByRole('heading', { name: 'Veranstaltungen', exact: true }).waitFor();
    await tab.getByRole('button', { name: 'Neue Veranstaltung' }).waitFor();
    await tab.getByRole('heading', { name: 'Lernpfade', exact: true }).waitFor();
    await tab.getByRole('button', { name: 'Neuer Lernpfad' }).waitFor();
    await tab.getByRole('button', { name: /^Module \(\d+\)$/ }).first().waitFor();
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-admin-requests');

    await approve.getByLabel('Kommentar für den Maker (zum Ablehnen erforderlich)').fill('Für das Pilotprojekt der Finanzabteilung.');
    await approve.getByRole('button', { name: 'Genehmigen' }).click();
    await section.getByRole('status').filter({ hasText: /ENV-\w+ „FIN-Invoice approvals“ genehmigt: wird erstellt\. Mia Maker wird benachrichtigt\./ }).waitFor();
    // Created by hand, so it stays in the queue with the next step: record the address.
    await approve.getByLabel('Umgebungs-URL').waitFor();
    await approve.getByRole('button', { name: 'Als erstellt markieren' }).waitFor();
    await reject.getByLabel('Kommentar für den Maker (zum Ablehnen erforderlich)').fill('Bitte nutzen Sie eine Entwicklerumgebung.');
    await reject.getByRole('button', { name: 'Ablehnen' }).click();
    await section.getByRole('status').filter({ hasText: /ENV-\w+ „OPS-Fleet tracker“ abgelehnt\. Der Maker erfährt, warum\./ }).waitFor();
    await reject.waitFor({ state: 'detached' });
    const rejected = await tabApi(session.app.baseUrl, 'GET', '/api/admin/environments/requests?status=rejected');
    assert.deepEqual(rejected.body.requests.map((r: { displayName: string }) => r.displayName), ['OPS-Fleet tracker'], 'the server recorded the rejection');
    await shootFramedTab(page, 'german-admin-decided');

    await section.getByRole('tab', { name: 'Alle Anfragen' }).click();
    await section.getByLabel('Status', { exact: true }).selectOption({ label: 'Abgelehnt' });
    await section.getByLabel('Typ', { exact: true }).selectOption({ label: 'Sandbox' });
    await section.getByRole('list', { name: 'Alle Anfragen' }).getByRole('listitem').filter({ hasText: 'OPS-Fleet tracker' }).waitFor();
    await section.getByRole('searchbox', { name: 'Suchen' }).fill('keine solche Anfrage');
    await section.getByText('Keine passenden Anfragen').waitFor();
    await section.getByText('Versuchen Sie einen anderen Status, Typ oder Suchbegriff.').waitFor();
    await expectNoSeriousA11yViolations(page);
    assert.deepEqual(englishLeft(await mainText(tab)), []);
  });

  it('when Teams says de-DE, then the control room is German: roles, a person’s data, the audit log with German dates, retention', async () => {
    const { page, tab } = await openTabInTeams(session, 'de-de', '/admin?inTeams=1');
    await h1(tab, 'CoE-Verwaltung');
    const roles = tab.getByRole('region', { name: 'Rollen' });
    await roles.getByRole('search').getByRole('textbox', { name: 'Person suchen, der Sie eine Rolle zuweisen möchten' }).fill('sam');
    await roles.getByRole('search').getByRole('button', { name: 'Suchen' }).click();
    await roles.getByRole('list', { name: 'Gefundene Personen' }).getByRole('button', { name: new RegExp(SAM.name) }).click();
    await roles.getByRole('combobox', { name: 'Rolle' }).click();
    await tab.getByRole('option', { name: 'Experte' }).click();
    await roles.getByRole('button', { name: `${SAM.name} die Rolle Experte zuweisen` }).click();
    await roles.getByRole('status').getByText(`${SAM.name} hat jetzt die Rolle Experte.`).waitFor();
    const granted = roles.getByRole('table', { name: 'Zugewiesene Rollen' });
    // "Seit": a German date ("7. Dez. 2026"), not the ISO one.
    assert.match(await granted.getByRole('row', { name: new RegExp(`${SAM.name}.*Experte`) }).innerText(), /Experte\s+\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? \d{4}\s+Entziehen/);
    await granted.getByRole('button', { name: `${SAM.name} die Rolle Experte entziehen` }).waitFor();

    const person = tab.getByRole('region', { name: 'Daten einer Person' });
    await person.getByRole('button', { name: 'Suchen' }).waitFor();
    await person.getByRole('search').getByRole('textbox', { name: 'Person suchen' }).fill('niemand-mit-diesem-namen');
    await person.getByRole('search').getByRole('button', { name: 'Suchen' }).click();
    await person.getByText('Niemand gefunden.', { exact: false }).waitFor();
    // The erase dialog's buttons are German too (its Cancel came from the dialog's English default).
    await person.getByRole('search').getByRole('textbox', { name: 'Person suchen' }).fill('sam');
    await person.getByRole('search').getByRole('button', { name: 'Suchen' }).click();
    await person.getByRole('list', { name: 'Gefundene Personen' }).getByRole('button', { name: new RegExp(SAM.name) }).click();
    await person.getByRole('button', { name: 'Diese Person löschen…' }).click();
    const erase = tab.getByRole('dialog', { name: `${SAM.name} löschen?` });
    await erase.getByRole('button', { name: 'Endgültig löschen' }).waitFor();
    assert.deepEqual(englishLeft(await erase.innerText()), []);
    await erase.getByRole('button', { name: 'Abbrechen' }).click();
    await erase.waitFor({ state: 'hidden' });
    // Back to the top for axe: scrolled down here, rows' buttons sit under the sticky header and
    // axe counts them as obscured targets (as the other suites, it checks the page from the top).
    await tab.evaluate(() => (globalThis as any).scrollTo(0, 0));

    const audit = tab.getByRole('region', { name: 'Überwachungsprotokoll' });
    // Figures as German writes them: "5.000".
    await audit.getByText('die CSV-Datei enthält bis zu 5.000', { exact: false }).waitFor();
    await audit.getByLabel('Aktion beginnt mit').fill('role.');
    const entries = audit.getByRole('table', { name: 'Protokolleinträge' });
    await entries.getByRole('columnheader', { name: 'Zeitpunkt (UTC)' }).waitFor();
    const grant = entries.getByRole('row', { name: /role\.grant/ }).first();
    assert.match(await grant.innerText(), /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}\s/);
    await audit.getByRole('button', { name: 'CSV herunterladen' }).waitFor();

    const retention = tab.getByRole('region', { name: 'Aufbewahrung' });
    const rules = retention.getByRole('table', { name: 'Aufbewahrungsregeln' });
    await rules.getByRole('columnheader', { name: 'Fällig beim nächsten Lauf' }).waitFor();
    await rules.getByRole('row', { name: /Protokolleinträge.*730 Tage/ }).waitFor();
    await tab.getByRole('region', { name: 'FAQ' }).getByRole('button', { name: 'FAQ-Eintrag hinzufügen' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await retention.scrollIntoViewIfNeeded();
    await shootFramedTab(page, 'german-admin-control-room');
    assert.deepEqual(englishLeft(await mainText(tab)), []);
  });

  it('when Teams says de-DE, then the event form and its time zone picker are German, and the new event’s admin actions too', async () => {
    const { page, tab } = await openTabInTeams(session, 'de-de', '/admin/events/new?inTeams=1');
    await h1(tab, 'Neue Veranstaltung');
    await tab.locator('main').getByRole('link', { name: 'Verwaltung' }).waitFor();
    await tab.getByLabel('Titel').fill('Power Apps-Sprechstunde');
    assert.deepEqual(await tab.getByLabel('Art').locator('option').allInnerTexts(), ['Sprechstunde', 'Community Call', 'Webinar', 'Hackathon', 'Schulungstag']);
    const zone = tab.getByRole('combobox', { name: 'Zeitzone' });
    assert.equal(await zone.inputValue(), 'Europe/Berlin');
    assert.equal(await zone.getAttribute('placeholder'), 'Stadt oder Region suchen, z. B. Berlin');
    await zone.click();
    await tab.getByRole('group', { name: 'Häufig' }).getByRole('option', { name: 'Europe/Berlin (Ihre)' }).waitFor();
    await tab.getByRole('group', { name: 'Alle Zeitzonen' }).waitFor();
    await shootFramedTab(page, 'german-admin-time-zones');
    await zone.press('Escape');
    const day = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10);
    await tab.getByLabel('Beginn').fill(`${day}T15:00`);
    await tab.getByLabel('Ende').fill(`${day}T16:00`);
    await tab.getByLabel('Link zur Onlinebesprechung').fill('https://teams.microsoft.com/l/meetup-join/de-admin');
    await tab.getByLabel('Plätze (optional)').fill('20');
    await tab.getByText('Leer lassen für keine Begrenzung', { exact: false }).waitFor();
    await tab.getByRole('button', { name: 'Abbrechen' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-admin-event-form');
    assert.deepEqual(englishLeft(await mainText(tab)), []);

    await tab.getByRole('button', { name: 'Veranstaltung erstellen' }).click();
    await h1(tab, 'Power Apps-Sprechstunde');
    const actions = tab.getByRole('region', { name: 'Für CoE-Admins' });
    await actions.getByRole('heading', { name: 'Wer geantwortet hat (0)' }).waitFor();
    await actions.getByText('Bisher hat niemand geantwortet.').waitFor();
    await actions.getByRole('button', { name: 'Bearbeiten' }).waitFor();
    await actions.getByRole('button', { name: 'Veranstaltung absagen' }).click();
    const cancel = tab.getByRole('dialog', { name: '„Power Apps-Sprechstunde“ absagen?' });
    await cancel.getByLabel('Grund (optional, wird den Teilnehmenden angezeigt)').waitFor();
    await expectNoSeriousA11yViolations(page);
    await shootFramedTab(page, 'german-admin-cancel-dialog');
    await cancel.getByRole('button', { name: 'Nicht absagen' }).click();
    await actions.getByRole('button', { name: 'Ankündigen' }).click();
    const announce = tab.getByRole('dialog', { name: '„Power Apps-Sprechstunde“ ankündigen' });
    await announce.getByRole('button', { name: 'Schließen' }).click();
    assert.deepEqual(englishLeft(await actions.innerText()), []);
  });
});
