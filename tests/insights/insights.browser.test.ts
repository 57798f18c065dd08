/**
 * Admin → Insights, the sponsor report and My activity in Chromium, on data seeded through the tab
 * API with a hand-moved clock (so the current and the previous period hold known numbers): the
 * headline figures and their change, switching the period, a table view, a CSV download, "Add FAQ
 * entry" from a knowledge gap, the printable report, a maker refused the dashboard, a maker's own
 * activity; light and dark, desktop and phone, with axe. Screenshots: test-results/screenshots/
 * insights-*.png and docs/screenshots/tab-insights(-dark).png, tab-sponsor-report.png.
 */
import assert from 'node:assert/strict';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { MAKER, type Person } from '../helpers/activities.js';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { DEVELOPER_DRAFT, SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { COLLEAGUE, STORY_FORM } from '../helpers/stories.js';
import { sidewaysOverflow, waitForHeading as h1 } from '../helpers/tab-journey.js';
import { DESKTOP, PHONE, tabSession } from '../helpers/tab-session.js';
import type { TestApp } from '../helpers/test-app.js';
import { ManualClock, MAX, sampleEvent, samplePath, tabApi } from '../helpers/training-events.js';

/** Days relative to today (UTC), as the dashboard counts them. */
const TODAY = new Date().toISOString().slice(0, 10);
const dayOf = (offset: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number, time: string) => `${dayOf(offset)}T${time}:00.000Z`;

/** The question the knowledge base cannot answer, in three wordings (one knowledge gap). */
const SAP = 'How can I connect Power Automate to SAP?';

/**
 * Ten days ago (the previous period of "last 7 days"): Mia and Max ask, Mia requests an environment
 * and starts a path, Ada publishes a story. Two days ago (the current period): four questions (one
 * escalated and answered by an expert three hours later, one 👍, one 👎), two requests, three modules,
 * Mia's story published, an event with two people going who rate it 4 and 5.
 */
async function seed(app: TestApp, clock: ManualClock): Promise<void> {
  const ok = async (method: string, url: string, body?: unknown, who?: Person) => {
    const res = await tabApi(app.baseUrl, method, url, body, who);
    assert.ok(res.status < 300, `${method} ${url} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const ask = async (question: string, who: Person) => (await ok('POST', '/api/ask/questions', { question }, who)) as { questionId: string; answered: boolean };

  clock.set(at(-10, '10:00'));
  await ok('POST', '/api/admin/kb/faq', { question: 'How do I request a developer environment?', alternates: ['get a dev environment'], answer: 'Type **request an environment** in the chat.', tags: ['environments'] });
  const trainingPath = await ok('POST', '/api/admin/training/paths', samplePath('insights-basics', 3, { title: 'Maker basics' }));
  const modules = (trainingPath.modules as Array<{ id: string }>).map((m) => m.id);
  const event = await ok('POST', '/api/admin/events', sampleEvent(dayOf(-2), { title: 'Copilot Studio office hours', capacity: 10 }));
  assert.equal((await ask('How do I request a developer environment?', MAKER)).answered, true);
  assert.equal((await ask(SAP, MAX)).answered, false);
  await ok('POST', '/api/environments/requests', { ...DEVELOPER_DRAFT, displayName: 'FIN-Expense checks', submissionKey: 'insights-env-1' }, MAKER);
  await ok('PUT', `/api/training/modules/${modules[0]}/done`, { done: true }, MAKER);
  await ok('POST', '/api/stories', { ...STORY_FORM, submissionKey: 'insights-story-1', title: 'Invoice matching report', products: 'power-bi', hoursSavedPerMonth: '10', peopleServed: '20', costAvoided: '', imageUrl: '' });

  clock.set(at(-2, '07:00'));
  const helpful = await ask('How do I request a developer environment?', MAKER);
  await ok('POST', `/api/ask/questions/${helpful.questionId}/feedback`, { helpful: true }, MAKER);
  const escalated = await ask('connect power automate to SAP', MAX);
  assert.equal(escalated.answered, false);
  const { ticket } = await ok('POST', `/api/ask/questions/${escalated.questionId}/escalate`, undefined, MAX);
  assert.equal((await ask('Power Automate SAP connector', COLLEAGUE)).answered, false);
  const unhelpful = await ask('How do I request a developer environment quickly?', COLLEAGUE);
  assert.equal(unhelpful.answered, true);
  await ok('POST', `/api/ask/questions/${unhelpful.questionId}/feedback`, { helpful: false }, COLLEAGUE);
  await ok('PUT', `/api/events/${event.id}/rsvp`, { response: 'going' }, MAKER);
  await ok('PUT', `/api/events/${event.id}/rsvp`, { response: 'going' }, MAX);
  const sandbox = await ok('POST', '/api/environments/requests', { ...SANDBOX_DRAFT, submissionKey: 'insights-env-2' }, MAX);
  await ok('POST', '/api/environments/requests', { ...SANDBOX_DRAFT, displayName: 'FIN-Budget sandbox', submissionKey: 'insights-env-3' }, MAKER);
  await ok('PUT', `/api/training/modules/${modules[1]}/done`, { done: true }, MAKER);
  await ok('PUT', `/api/training/modules/${modules[2]}/done`, { done: true }, MAKER);
  await ok('PUT', `/api/training/modules/${modules[0]}/done`, { done: true }, MAX);
  const story = await ok('POST', '/api/stories', { ...STORY_FORM, submissionKey: 'insights-story-2' }, MAKER);

  clock.set(at(-2, '10:00'));
  await ok('POST', `/api/ask/tickets/${ticket.id}/actions`, { action: 'answer', answer: 'Use the SAP ERP connector with an on-premises data gateway.' });
  await ok('POST', `/api/admin/environments/requests/${sandbox.request.id}/approve`, { comment: 'Fine.' });
  await ok('POST', `/api/stories/${story.story.id}/moderation`, { decision: 'approve', version: story.story.version });

  // The event is over: its attendees rate it. Then the server's clock is today's, like the browser's.
  clock.set(new Date().toISOString());
  await ok('PUT', `/api/events/${event.id}/feedback`, { rating: 4, comment: '' }, MAKER);
  await ok('PUT', `/api/events/${event.id}/feedback`, { rating: 5, comment: '' }, MAX);

  // Teams profiles carry no department: people set theirs on My activity (tested below); here, directly.
  const db = app.app.services.store.handle.db;
  for (const [id, department] of [[MAKER.aadObjectId, 'Finance'], [MAX.aadObjectId, 'Finance'], [COLLEAGUE.aadObjectId, 'HR']] as const) {
    await db.updateTable('users').set({ department }).where('aad_object_id', '=', id).execute();
  }
}

describe('tab: Insights, sponsor report and My activity figures (Chromium)', function () {
  this.timeout(180_000);
  let clock: ManualClock;
  const session = tabSession({
    name: 'insights',
    settings: { DELIVERY_WORKER: 'off' },
    context: { locale: 'en-US', timezoneId: 'UTC' },
    app: () => {
      clock = new ManualClock(new Date(at(-10, '10:00')));
      return { clock };
    },
    // React and the chart library report their problems on the console; refused requests (a 400 on
    // purpose, a maker's 403) are the browser's own lines and expected here.
    failOnConsoleError: (text) => !text.startsWith('Failed to load resource'),
  });
  before(() => seed(session.app, clock));

  // Downloads are refused unless a test waits for one.
  const open = (pathAndQuery: string, { viewport = DESKTOP, acceptDownloads = false } = {}) => session.open(pathAndQuery, { viewport, acceptDownloads });
  /** What sticks out past the right edge (for the failure message). */
  const wideElements = (page: Page) =>
    page.evaluate<string[]>(
      "[...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(-5).map((e) => `${e.tagName.toLowerCase()}.${String(e.className?.baseVal ?? e.className).slice(0, 60)} → ${Math.round(e.getBoundingClientRect().right)}px`)",
    );
  /** A headline figure card by its label: its whole text (label, value, note, change). */
  const figure = (page: Page, label: string) => page.locator(`[data-figure="${label}"]`).first();
  const figureText = async (page: Page, label: string) => (await figure(page, label).innerText()).replace(/\s+/g, ' ').trim();
  const panel = (page: Page, title: string): Locator => page.getByRole('region', { name: title, exact: true });
  /** Waits for every chart on the page to be drawn (they load on demand). */
  const chartsDrawn = (page: Page) =>
    page.waitForFunction(() => { const figures = [...(globalThis as any).document.querySelectorAll('main figure')]; return figures.length > 0 && figures.every((f: any) => f.querySelector('svg')); }, undefined, { timeout: 30_000 });

  it('when an admin opens Insights for the last 7 days, then the headline figures show this period against the one before', async () => {
    const page = await open('/admin/insights?range=7&theme=light');
    await h1(page, 'Insights');
    await page.locator(`[data-period="${dayOf(-6)}/${TODAY}"]`).waitFor();
    assert.match(await page.locator('[data-period]').innerText(), /\(7 days\), compared with/);

    assert.equal(await figureText(page, 'Active makers'), 'Active makers 3 No change (previous 3)');
    assert.equal(await figureText(page, 'New makers'), 'New makers 1 ▼ Down 67% (previous 3)');
    assert.equal(await figureText(page, 'Questions asked'), 'Questions asked 4 ▲ Up 100% (previous 2)');
    assert.equal(await figureText(page, 'Answered by the knowledge base'), 'Answered by the knowledge base 2 ▲ Up 100% (previous 1)');
    assert.equal(await figureText(page, 'Escalated to experts'), 'Escalated to experts 1 ▲ Up 1 (previous 0)');
    assert.equal(await figureText(page, 'Answered by experts'), 'Answered by experts 1 ▲ Up 1 (previous 0)');
    assert.equal(await figureText(page, 'Median time to expert answer'), 'Median time to expert answer 3 h No earlier figure to compare');
    assert.equal(await figureText(page, 'Helpful answers'), 'Helpful answers 50% 1 helpful · 1 not helpful No earlier figure to compare');
    assert.equal(await figureText(page, 'Requests submitted'), 'Requests submitted 2 ▲ Up 100% (previous 1)');
    assert.equal(await figureText(page, 'Stories published'), 'Stories published 1 No change (previous 1)');
    assert.equal(await figureText(page, 'Hours saved per month'), 'Hours saved per month 40 ▲ Up 300% (previous 10)');
    assert.equal(await figureText(page, 'People served'), 'People served 250 ▲ Up 1,150% (previous 20)');
    assert.equal(await figureText(page, 'Modules completed'), 'Modules completed 3 ▲ Up 200% (previous 1)');
    assert.equal(await figureText(page, 'Paths completed'), 'Paths completed 1 ▲ Up 1 (previous 0)');
    assert.equal(await figureText(page, 'Events held'), 'Events held 1 ▲ Up 1 (previous 0)');
    assert.equal(await figureText(page, 'RSVPs (going)'), 'RSVPs (going) 2 of 10 seats ▲ Up 2 (previous 0)');
    assert.equal(await figureText(page, 'Feedback average'), 'Feedback average 4.5 / 5 No earlier figure to compare');
    await chartsDrawn(page);
    assert.equal(await page.getByRole('figure', { name: 'Questions per day' }).locator('svg').count() > 0, true, 'the daily questions chart is drawn');
    await saveScreenshot(page, 'insights-7-days-light');
  });

  it('when the admin switches from 7 to 30 days, then the page reloads the figures for the longer period and keeps it in the address', async () => {
    const page = await open('/admin/insights?range=7&theme=light');
    await h1(page, 'Insights');
    await page.locator(`[data-period="${dayOf(-6)}/${TODAY}"]`).waitFor();
    assert.match(await figureText(page, 'Questions asked'), /^Questions asked 4 /);
    await page.getByRole('tab', { name: 'Last 30 days' }).click();
    await page.locator(`[data-period="${dayOf(-29)}/${TODAY}"]`).waitFor();
    assert.equal(await figureText(page, 'Questions asked'), 'Questions asked 6 ▲ Up 6 (previous 0)');
    assert.equal(await figureText(page, 'Hours saved per month'), 'Hours saved per month 50 ▲ Up 50 (previous 0)');
    assert.equal(await figureText(page, 'Requests submitted'), 'Requests submitted 3 ▲ Up 3 (previous 0)');
    assert.match(page.url(), /[?&]range=30(&|$)/);

    // A custom period: two days chosen by hand, checked before it is sent.
    await page.getByRole('tab', { name: 'Custom' }).click();
    const custom = page.getByRole('form', { name: 'Custom period' });
    await custom.getByLabel('From', { exact: true }).fill(dayOf(-12));
    await custom.getByLabel('To', { exact: true }).fill(dayOf(-14));
    await page.getByRole('button', { name: 'Show period' }).click();
    await page.getByText('The last day must not be before the first day.').waitFor();
    await custom.getByLabel('To', { exact: true }).fill(dayOf(-8));
    await page.getByRole('button', { name: 'Show period' }).click();
    await page.locator(`[data-period="${dayOf(-12)}/${dayOf(-8)}"]`).waitFor();
    assert.match(await figureText(page, 'Questions asked'), /^Questions asked 2 /);
    assert.match(page.url(), new RegExp(`from=${dayOf(-12)}&to=${dayOf(-8)}`));
  });

  it('when the admin shows a chart as a table and downloads its CSV, then the table and the file hold the same rows', async () => {
    const page = await open('/admin/insights?range=7&theme=light', { acceptDownloads: true });
    await h1(page, 'Insights');
    const departments = panel(page, 'Active makers by department');
    await departments.getByRole('figure').locator('svg').first().waitFor({ timeout: 30_000 });
    await departments.getByRole('button', { name: 'Table' }).click();
    assert.equal(await departments.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed'), 'true');
    const table = departments.getByRole('table', { name: 'Active makers by department' });
    const rows = await table.getByRole('row').allInnerTexts();
    assert.deepEqual(rows.map((r) => r.replace(/\s+/g, ' ').trim()), ['Department Active makers', 'Finance 2', 'HR 1']);

    const [download] = await Promise.all([page.waitForEvent('download'), departments.getByRole('button', { name: 'Download CSV' }).click()]);
    assert.equal(download.suggestedFilename(), `maker-hub-community-departments-${dayOf(-6)}-to-${TODAY}.csv`);
    const csv = (await readFile(await download.path())).toString('utf8');
    assert.equal(csv, '\uFEFFDepartment,Active makers\r\nFinance,2\r\nHR,1\r\n');

    // The knowledge gaps' file, for a second shape (quoted text, several columns).
    const gaps = panel(page, 'Knowledge gaps');
    const [gapsFile] = await Promise.all([page.waitForEvent('download'), gaps.getByRole('button', { name: 'Download CSV' }).click()]);
    const gapLines = (await readFile(await gapsFile.path())).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(gapLines[0], 'Question,Times asked,Unanswered,Not helpful,Last asked,Other wordings,Answered now by');
    assert.equal(gapLines.length, 1 + (await gaps.getByRole('listitem').count()), 'one line per gap listed');
    await saveScreenshot(page, 'insights-table-light');
  });

  it('when the admin adds an FAQ entry from a knowledge gap, then the editor opens with its wordings and saving creates the entry', async () => {
    const page = await open('/admin/insights?range=30&theme=light');
    await h1(page, 'Insights');
    const gaps = panel(page, 'Knowledge gaps');
    const gap = gaps.getByRole('listitem').filter({ hasText: /SAP/ }).first();
    await gap.waitFor();
    const listed = await gap.innerText();
    assert.match(listed, /Asked 3 times · 3 unanswered/);
    // The list is hidden from the accessibility tree behind the modal dialog: read it first.
    const [shown, , also] = listed.split('\n');
    await gap.getByRole('button', { name: 'Add FAQ entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add FAQ entry' });
    await dialog.waitFor();
    // Pre-filled with the gap's wording (its first line) and its other wordings ("Also asked as").
    const question = await dialog.getByLabel('Question').inputValue();
    const alternates = (await dialog.getByLabel('Alternate phrasings').inputValue()).split('\n');
    assert.equal(`“${question}”`, shown);
    assert.ok([SAP, 'connect power automate to SAP', 'Power Automate SAP connector'].includes(question), question);
    assert.ok(alternates.length >= 1 && alternates.every((a) => /SAP/i.test(a) && a !== question), alternates.join(' | '));
    assert.equal(also, `Also asked as: ${alternates.map((a) => `“${a}”`).join(', ')}`);
    await expectNoSeriousA11yViolations(page);

    await dialog.getByRole('button', { name: 'Save FAQ entry' }).click();
    await dialog.getByText('Write the answer.').waitFor();
    await dialog.getByLabel('Answer (Markdown)').fill('Use the **SAP ERP** connector with an on-premises data gateway.');
    await dialog.getByLabel('Tags').fill('sap, connectors');
    await dialog.getByRole('button', { name: 'Save FAQ entry' }).click();
    await dialog.waitFor({ state: 'detached' });
    await gap.getByText('FAQ entry added').waitFor();
    assert.equal(await gap.getByRole('button', { name: 'Add FAQ entry' }).count(), 0);
    await page.getByText(`Added “${question}” to the knowledge base.`).waitFor();

    const faq = await tabApi(session.app.baseUrl, 'GET', '/api/ask/faq', undefined, MAKER);
    const entry = (faq.body.entries as Array<{ question: string; alternates: string[]; answer: string; tags: string[] }>).find((e) => e.question === question);
    assert.ok(entry, 'the entry is in the knowledge base');
    assert.deepEqual([...entry.alternates].sort(), [...alternates].sort());
    assert.equal(entry.answer, 'Use the **SAP ERP** connector with an on-premises data gateway.');
    assert.deepEqual(entry.tags, ['sap', 'connectors']);
    // And the knowledge base now answers the gap's question (a search: asking would change the figures).
    const again = await tabApi(session.app.baseUrl, 'GET', `/api/ask/search?q=${encodeURIComponent(SAP)}`, undefined, COLLEAGUE);
    assert.equal(again.body.answered, true);
    assert.equal(again.body.results[0].title, question);
    // After a reload the gap is still in the period's data, but says what answers it now instead of asking again.
    await page.reload();
    const after = panel(page, 'Knowledge gaps').getByRole('listitem').filter({ hasText: /SAP/ }).first();
    await after.getByText(`Answered now by “${question}”`).waitFor();
    assert.equal(await after.getByRole('button', { name: 'Add FAQ entry' }).count(), 0);
  });

  it('when the admin opens the sponsor report, then it shows the period, the headline figures and a print button', async () => {
    const page = await open(`/admin/insights?from=${dayOf(-6)}&to=${TODAY}&theme=light`);
    await h1(page, 'Insights');
    await page.addInitScript('window.__printed = 0; window.print = () => { window.__printed += 1; };');
    await page.getByRole('link', { name: 'Sponsor report' }).click();
    await h1(page, 'Sponsor report');
    assert.equal(new URL(page.url()).pathname, '/admin/insights/report');
    await page.locator(`[data-period="${dayOf(-6)}/${TODAY}"]`).waitFor();
    assert.match(await figureText(page, 'Questions asked'), /^Questions asked 4 ▲ Up 100% \(previous 2\)$/);
    assert.match(await figureText(page, 'Hours saved per month'), /^Hours saved per month 40 /);
    assert.match(await figureText(page, 'Feedback average'), /^Feedback average 4.5 \/ 5 /);
    assert.equal(await page.getByRole('button', { name: 'Download CSV' }).count(), 0, 'a report has no buttons per table');
    assert.equal(await page.getByRole('button', { name: 'Add FAQ entry' }).count(), 0);
    await chartsDrawn(page);
    await expectNoSeriousA11yViolations(page);
    await page.evaluate('window.scrollTo(0, 0)');
    const file = await saveScreenshot(page, 'insights-sponsor-report');
    await copyFile(file, path.resolve('docs', 'screenshots', 'tab-sponsor-report.png'));

    // Print: app chrome hidden, the report alone.
    await page.reload();
    await h1(page, 'Sponsor report');
    await page.locator('[data-period]').waitFor();
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    assert.equal(await page.evaluate<number>('window.__printed'), 1, 'the button opens the print dialog');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('banner').isVisible(), false, 'the banner is not printed');
    assert.equal(await page.getByRole('navigation', { name: 'Maker Hub' }).isVisible(), false, 'the navigation is not printed');
    assert.equal(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), false);
    assert.equal(await page.locator('main h1').isVisible(), true);
  });

  it('when a maker opens Insights, then the page says only CoE admins see it, and the API refuses them', async () => {
    const page = await open(`/admin/insights?theme=light&devUser=${MAKER.aadObjectId}`);
    await h1(page, 'Insights');
    await page.getByText('Only CoE admins can see Insights').waitFor();
    assert.equal(await page.locator('[data-figure]').count(), 0);
    await page.getByRole('link', { name: 'My activity' }).click();
    await h1(page, 'My activity');

    for (const url of ['/api/admin/insights', '/api/admin/insights/export.csv?table=headline']) {
      const refused = await tabApi(session.app.baseUrl, 'GET', url, undefined, MAKER);
      assert.equal(refused.status, 403, url);
      assert.equal(refused.body.error.code, 'forbidden');
    }
    await page.goto(`${session.app.baseUrl}/admin/insights/report`);
    await h1(page, 'Sponsor report');
    await page.getByText('Only CoE admins can see Insights').waitFor();
  });

  it('when a maker opens My activity, then they see their own counts and recent questions, nobody else’s', async () => {
    const page = await open(`/?theme=light&devUser=${MAKER.aadObjectId}`);
    await page.locator('main').getByRole('link', { name: 'My activity' }).click();
    await h1(page, 'My activity');
    await page.locator(`[data-period="${dayOf(-29)}/${TODAY}"]`).waitFor();
    const own = async (label: string) => (await figure(page, label).innerText()).replace(/\s+/g, ' ').trim();
    assert.equal(await own('Questions asked'), 'Questions asked 2');
    assert.equal(await own('Sent to an expert'), 'Sent to an expert 0');
    assert.equal(await own('Environment requests'), 'Environment requests 2');
    assert.equal(await own('Events attended'), 'Events attended 1');
    assert.equal(await own('Training modules completed'), 'Training modules completed 3');
    assert.equal(await own('Training paths completed'), 'Training paths completed 1');
    assert.equal(await own('Stories published'), 'Stories published 1');
    assert.equal(await own('Hours saved per month by your stories'), 'Hours saved per month by your stories 40');
    const questions = page.getByRole('list', { name: 'Your recent questions' }).getByRole('listitem');
    assert.equal(await questions.count(), 2);
    assert.match(await questions.first().innerText(), /How do I request a developer environment\?[\s\S]*Answered[\s\S]*You found it helpful/);
    assert.doesNotMatch(await page.locator('main').innerText(), /SAP/, 'other people’s questions are not shown');

    await page.getByRole('tab', { name: 'Last 7 days' }).click();
    await page.locator(`[data-period="${dayOf(-6)}/${TODAY}"]`).waitFor();
    assert.equal(await own('Questions asked'), 'Questions asked 1');
    assert.equal(await own('Training modules completed'), 'Training modules completed 2');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'insights-my-activity-light');
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`when Insights is shown in the ${theme} theme at ${width} width, then nothing overflows, the charts follow the theme and axe finds no serious violation`, async () => {
        const page = await open(`/admin/insights?range=30&theme=${theme}`, { viewport });
        await h1(page, 'Insights');
        await page.locator('[data-period]').waitFor();
        await chartsDrawn(page);
        assert.equal(await sidewaysOverflow(page), 0, `the page scrolls sideways: ${(await wideElements(page)).join('; ')}`);
        // Axis labels use the theme's text colour: light text on dark, dark text on light.
        const tick = await page.evaluate<string>("getComputedStyle(document.querySelector('main figure svg .tick text')).fill");
        const [r, g, b] = (tick.match(/\d+/g) ?? []).map(Number);
        const luminance = ((r ?? 0) + (g ?? 0) + (b ?? 0)) / 3;
        assert.ok(theme === 'dark' ? luminance > 150 : luminance < 110, `axis text ${tick} does not follow the ${theme} theme`);
        await expectNoSeriousA11yViolations(page);
        // The table view too (a wide table scrolls in its own box on a phone, not the page).
        await panel(page, 'Questions per day').getByRole('button', { name: 'Table' }).click();
        await panel(page, 'Questions per day').getByRole('table').waitFor();
        assert.equal(await sidewaysOverflow(page), 0, 'the table view scrolls the page sideways');
        await expectNoSeriousA11yViolations(page);
        await panel(page, 'Questions per day').getByRole('button', { name: 'Table' }).click();
        // From the top: the sticky banner would otherwise be drawn mid-page in a full-page shot.
        await page.evaluate('window.scrollTo(0, 0)');
        const file = await saveScreenshot(page, `insights-${theme}-${width}`);
        if (width === 'desktop') await copyFile(file, path.resolve('docs', 'screenshots', theme === 'light' ? 'tab-insights.png' : 'tab-insights-dark.png'));
      });
    }
  }

  it('when the Admin page is opened, then it leads to Insights', async () => {
    const page = await open(`/admin?theme=light`);
    await h1(page, 'CoE admin');
    await page.getByRole('link', { name: 'Open Insights' }).click();
    await h1(page, 'Insights');
    assert.equal(new URL(page.url()).pathname, '/admin/insights');
    assert.equal(await page.getByRole('navigation', { name: 'Maker Hub' }).locator('[aria-current="page"]').innerText(), 'Admin');
  });
});
