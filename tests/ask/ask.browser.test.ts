/**
 * The Ask page in Chromium, as makers and experts use it: an answer from the knowledge base with
 * its source, "I don't know that one" for what it does not know, a question handed to the experts, an expert
 * answering it in the tab and the maker reading the answer; errors that keep what was typed;
 * light and dark, desktop and phone, with axe. Screenshots: test-results/screenshots/ask-*.png,
 * and docs/screenshots/tab-ask.png for the README.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MAKER, TENANT, type Person } from '../helpers/activities.js';
import { EXPERT, writeFolder } from '../helpers/ask.js';
import { expectNoSeriousA11yViolations, launchBrowser, saveScreenshot, watchCsp } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { tabApi } from '../helpers/training-events.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const DOCS_URL = 'https://docs.contoso.example/coe';
/** A team's own guide, ingested with a web address so its answer has a link to follow. */
const SAP_DOC = `---
title: Connecting to SAP
description: How makers reach SAP ERP from apps and flows, through the CoE's SAP gateway.
---
# Connecting to SAP

## Get access to the SAP ERP connector
The CoE runs the **SAP ERP connector** through a shared on-premises gateway. To use it, join the *SAP makers* security group in the [IT portal](https://it.contoso.example/sap); approval takes one working day. Use a technical SAP user, never your own.
`;
/** The expert's answer: Markdown to render, and markup that must stay text. */
const EXPERT_ANSWER = 'Use **Execute stored procedure (V2)** of the SQL Server connector, through the [gateway](https://learn.microsoft.com/en-us/data-integration/gateway/) for on-premises servers. <img src=x onerror=alert(1)>';
const STORED_PROCEDURE = 'How do I call a stored procedure from a flow?';

describe('tab: Ask — knowledge base, tickets and expert answers (Chromium)', function () {
  this.timeout(180_000);
  let app: TestApp;
  let browser: Browser;
  let ingestRoot: string;
  let errors: string[];
  let dialogs: string[];
  const contexts: BrowserContext[] = [];

  before(async () => {
    assert.ok(existsSync(path.resolve('dist', 'tab', 'index.html')), 'The tab is not built: run "npm run build:tab" first.');
    ingestRoot = await mkdtemp(path.join(tmpdir(), 'mh-ask-docs-'));
    writeFolder(ingestRoot, { 'team-docs/sap.md': SAP_DOC });
    // The starter FAQ (content/faq) as a fresh `npm start` has it, plus the team's guide.
    app = await startTestApp({ SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off', KB_INGEST_ROOT: ingestRoot });
    const ingested = await tabApi(app.baseUrl, 'POST', '/api/admin/kb/ingest', { folder: 'team-docs', baseUrl: DOCS_URL });
    assert.deepEqual(ingested.body.added, ['sap.md'], JSON.stringify(ingested.body));
    await app.app.services.identity.grantRole({ actor: { kind: 'operator', name: 'test' } }, { tenantId: TENANT, aadObjectId: EXPERT.aadObjectId, displayName: EXPERT.name }, 'expert');
    browser = await launchBrowser();
  });
  beforeEach(() => {
    errors = [];
    dialogs = [];
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const last = contexts.flatMap((c) => c.pages()).at(-1);
      if (last) await saveScreenshot(last, `ask-failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`).catch(() => undefined);
    }
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    if (this.currentTest?.state !== 'passed') return;
    assert.deepEqual(errors, [], 'the tab threw or crashed');
    assert.deepEqual(dialogs, [], 'a script in an answer ran');
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    if (ingestRoot) await rm(ingestRoot, { recursive: true, force: true });
  });

  /** The Ask page as `person` (X-Dev-User, with their name as the server's development identity takes it). */
  async function open(person: Person, options: { theme?: string; viewport?: typeof DESKTOP; query?: string } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
    await context.setExtraHTTPHeaders({ 'x-dev-user-name': person.name });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    watchCsp(page, errors);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${app.baseUrl}/ask?theme=${options.theme ?? 'light'}&devUser=${person.aadObjectId}${options.query ?? ''}`);
    await page.locator('main h1').filter({ hasText: 'Ask the CoE' }).waitFor({ timeout: 30_000 });
    return page;
  }
  async function ask(page: Page, question: string): Promise<void> {
    await page.getByRole('searchbox', { name: 'Your question' }).fill(question);
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
  }
  const answerRegion = (page: Page) => page.getByRole('region', { name: /^(Answer|These look closest:|I don't know that one)$/ });
  const overflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  const ticketItems = (page: Page, list: 'Tickets') => page.getByRole('list', { name: list }).locator(':scope > li');
  /** "My questions": every question of mine with its answers (and its ticket, when I asked an expert). */
  const questionItems = (page: Page) => page.getByRole('list', { name: 'Your questions' }).locator(':scope > li');

  it('when a maker types a question, then matching topics appear; asked, the answer shows rendered with its linked source and can be rated', async () => {
    const page = await open(MAKER);
    await page.getByRole('heading', { name: "Start from the CoE's FAQ" }).waitFor();
    // Half a word is enough for the knowledge base's topics to show up.
    await page.getByRole('searchbox', { name: 'Your question' }).fill('sap conn');
    const topics = page.getByRole('list', { name: 'Matching topics in the knowledge base' });
    await topics.getByRole('button', { name: 'Connecting to SAP › Get access to the SAP ERP connector' }).waitFor();

    await ask(page, 'how do I use the SAP ERP connector?');
    const answer = answerRegion(page);
    await answer.getByRole('heading', { name: 'Answer', exact: true }).waitFor();
    assert.match(await answer.innerText(), /You asked: how do I use the SAP ERP connector\?/);
    assert.equal(await topics.count(), 0, 'the topics make way for the answer');
    // The confidence is a calibrated band in words; no percentage the model cannot back.
    assert.match(await answer.getByText(/^(High confidence|Likely answer)$/).innerText(), /^(High confidence|Likely answer)$/);
    assert.doesNotMatch(await answer.innerText(), /\d+\s*%/);
    // Markdown is rendered: bold as <strong>, links as links (to the web only).
    assert.equal(await answer.locator('strong', { hasText: 'SAP ERP connector' }).count(), 1);
    assert.equal(await answer.locator('em', { hasText: 'SAP makers' }).count(), 1);
    assert.equal(await answer.getByRole('link', { name: 'IT portal' }).getAttribute('href'), 'https://it.contoso.example/sap');
    assert.equal(await answer.getByText('**').count(), 0, 'no Markdown syntax left over');
    assert.match(await answer.innerText(), /Source\s+Document\s+Connecting to SAP › Get access to the SAP ERP connector/);
    const source = answer.getByRole('link', { name: /^Connecting to SAP › Get access to the SAP ERP connector/ });
    assert.equal(await source.getAttribute('href'), `${DOCS_URL}/sap#get-access-to-the-sap-erp-connector`);
    assert.equal(await source.getAttribute('target'), '_blank');

    await answer.getByRole('button', { name: 'Yes' }).click();
    await answer.getByText('Thanks! Your feedback helps the CoE improve the knowledge base.').waitFor();
    assert.equal(await answer.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed'), 'true');
    const file = await saveScreenshot(page, 'ask-answer-light');
    await mkdir(path.resolve('docs', 'screenshots'), { recursive: true });
    await copyFile(file, path.resolve('docs', 'screenshots', 'tab-ask.png'));

  });

  it('when a maker asks nonsense or something outside the CoE, then the page says "I don\'t know that one" instead of guessing, and offers an expert', async () => {
    const page = await open(MAKER);
    for (const question of ['qwzx blorf zzyzx', "What's the weather in Paris tomorrow?"]) {
      await ask(page, question);
      const answer = answerRegion(page);
      await answer.getByText(`You asked: ${question}`).waitFor();
      await answer.getByRole('heading', { name: "I don't know that one" }).waitFor();
      await answer.getByText('Not in the knowledge base', { exact: true }).waitFor();
      assert.match(await answer.innerText(), /Nothing in the CoE knowledge base answers this/);
      assert.equal(await answer.getByRole('button', { name: 'Ask an expert' }).count(), 1);
      assert.equal(await answer.getByText('Was this helpful?').count(), 0, 'no rating for an answer that was not given');
      assert.equal(await answer.getByRole('heading', { name: 'Source' }).count(), 0, 'no source for an answer that was not given');
    }
    await saveScreenshot(page, 'ask-not-sure-light');
  });

  it('when asking fails, then the error says so, the typed question stays, and Retry answers it; a related question asks itself', async () => {
    const page = await open(MAKER);
    let failures = 1;
    await page.route('**/api/ask/questions', async (route) => {
      if (failures-- > 0) return route.abort('connectionrefused');
      return route.continue();
    });
    await ask(page, 'what is a dlp policy');
    const alert = page.getByRole('alert').filter({ hasText: 'Your question was not answered' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /could not reach its server/);
    assert.equal(await page.getByRole('searchbox', { name: 'Your question' }).inputValue(), 'what is a dlp policy');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await answerRegion(page).getByRole('heading', { name: 'Answer', exact: true }).waitFor();
    assert.match(await answerRegion(page).innerText(), /DLP/);
    // A related question asks itself and fills the box with it.
    const related = answerRegion(page).getByRole('list', { name: 'Related questions' }).getByRole('button').first();
    const relatedText = await related.innerText();
    await related.click();
    await answerRegion(page).getByText(`You asked: ${relatedText}`).waitFor();
    assert.equal(await page.getByRole('searchbox', { name: 'Your question' }).inputValue(), relatedText);
    // Too short to be a question: said at the box, before anything is sent.
    await ask(page, ' x ');
    await page.getByText('Type a question first (at least two characters).').waitFor();
  });

  it('when a maker asks an expert, then the ticket is listed under My questions as waiting, and the maker sees no expert controls', async () => {
    const page = await open(MAKER);
    await ask(page, STORED_PROCEDURE);
    const answer = answerRegion(page);
    // Nothing in the knowledge base is close to it: no topics offered, the expert is the way.
    await answer.getByRole('heading', { name: "I don't know that one" }).waitFor();
    await answer.getByRole('button', { name: 'Ask an expert' }).click();
    await answer.getByRole('button', { name: 'Send to the experts' }).click();
    const sent = page.getByText(/^Sent to the CoE experts as ticket #\d+$/);
    await sent.waitFor();
    const number = (await sent.innerText()).split('#')[1];
    await saveScreenshot(page, 'ask-escalated-light');

    await page.getByRole('button', { name: 'See my questions' }).click();
    assert.equal(await page.getByRole('tab', { name: 'My questions' }).getAttribute('aria-selected'), 'true');
    const mine = questionItems(page).filter({ hasText: STORED_PROCEDURE });
    await mine.first().waitFor();
    assert.equal(await mine.count(), 1);
    const item = await mine.first().innerText();
    assert.match(item, new RegExp(`#${number}\\s+${STORED_PROCEDURE.replace(/[?]/g, '\\?')}`));
    assert.match(item, /Waiting for an expert/);
    assert.match(item, /No answer yet/);
    await assertNoExpertControls(page);

    // Back on Ask, the question and what was done with it are still there.
    await page.getByRole('tab', { name: 'Ask', exact: true }).click();
    assert.equal(await page.getByRole('searchbox', { name: 'Your question' }).inputValue(), STORED_PROCEDURE);
    await page.getByText(`Sent to the CoE experts as ticket #${number}`).waitFor();
    // ?view=all is for experts: a maker lands on Ask.
    const direct = await open(MAKER, { query: '&view=all' });
    assert.equal(await direct.getByRole('tab', { name: 'Ask', exact: true }).getAttribute('aria-selected'), 'true');
  });

  it('when an expert takes, answers and adds the ticket to the knowledge base in the tab, then the maker sees the rendered answer and the next maker gets it from the knowledge base', async () => {
    const expert = await open(EXPERT, { query: '&view=all' });
    assert.equal(await expert.getByRole('tab', { name: 'All tickets' }).getAttribute('aria-selected'), 'true');
    // The navigation counts the tickets waiting for an expert.
    await expert.getByRole('navigation', { name: 'Maker Hub' }).getByLabel('1 ticket waits for an expert').waitFor();
    await expert.getByLabel('State').selectOption({ label: 'Open' });
    const card = ticketItems(expert, 'Tickets').filter({ hasText: STORED_PROCEDURE });
    await card.waitFor();
    assert.match(await card.innerText(), /Asked by Mia Maker/);
    await card.getByRole('button', { name: 'Assign to me' }).click();
    await card.getByText('Assigned to you.').waitFor();
    assert.match(await card.innerText(), /An expert is on it[\s\S]*assigned to Eli Expert/);
    assert.equal(await card.getByRole('button', { name: /Assign to me|Take over/ }).count(), 0, '"Assign to me" is gone once assigned');
    await expert.getByRole('navigation', { name: 'Maker Hub' }).getByLabel(/waits? for an expert/).waitFor({ state: 'detached' });

    await card.getByRole('button', { name: 'Answer', exact: true }).click();
    await card.getByRole('button', { name: 'Send answer' }).click();
    await card.getByText('Type the answer first.').waitFor();
    await card.getByRole('textbox', { name: 'Your answer' }).fill(EXPERT_ANSWER);
    await expectNoSeriousA11yViolations(expert);
    await saveScreenshot(expert, 'ask-expert-answering-light');
    await card.getByRole('button', { name: 'Send answer' }).click();
    await card.getByText('Answer sent to the maker.').waitFor();
    assert.match(await card.innerText(), /Answered[\s\S]*Answer from Eli Expert/);
    assert.equal(await card.locator('strong', { hasText: 'Execute stored procedure (V2)' }).count(), 1);
    await card.getByRole('button', { name: 'Add to knowledge base' }).click();
    await expert.getByRole('dialog', { name: /^Add ticket #\d+ to the knowledge base$/ }).getByRole('button', { name: 'Save to knowledge base' }).click();
    await card.getByText('In the knowledge base', { exact: true }).waitFor();
    assert.deepEqual(await card.getByRole('group', { name: /^Actions for ticket/ }).getByRole('button').allInnerTexts(), ['Reopen'], 'Close is not among the other actions');
    await saveScreenshot(expert, 'ask-expert-answered-light');
    await card.getByRole('button', { name: 'Close ticket…' }).click();
    const confirm = expert.getByRole('dialog', { name: /Close ticket #\d+\?/ });
    await confirm.getByText('The maker keeps the answer they got').waitFor();
    await expectNoSeriousA11yViolations(expert);
    await saveScreenshot(expert, 'ask-expert-close-confirm-light');
    await confirm.getByRole('button', { name: 'Keep it open' }).click();
    await confirm.waitFor({ state: 'detached' });
    assert.match(await card.innerText(), /Answered/, 'nothing closed without the confirmation');

    const maker = await open(MAKER, { query: '&view=mine' });
    const mine = questionItems(maker).filter({ hasText: STORED_PROCEDURE });
    await mine.getByText('Answer from Eli Expert', { exact: false }).waitFor();
    assert.match(await mine.innerText(), /Answered/);
    assert.equal(await mine.locator('strong', { hasText: 'Execute stored procedure (V2)' }).count(), 1);
    assert.equal(await mine.getByRole('link', { name: 'gateway' }).getAttribute('href'), 'https://learn.microsoft.com/en-us/data-integration/gateway/');
    // Markup in an answer is shown as typed, never run.
    assert.match(await mine.innerText(), /<img src=x onerror=alert\(1\)>/);
    assert.equal(await mine.locator('img').count(), 0);
    await assertNoExpertControls(maker);
    await saveScreenshot(maker, 'ask-my-questions-answered-light');

    await maker.getByRole('tab', { name: 'Ask', exact: true }).click();
    await ask(maker, STORED_PROCEDURE);
    const answer = answerRegion(maker);
    await answer.getByRole('heading', { name: 'Answer', exact: true }).waitFor();
    assert.match(await answer.innerText(), /Execute stored procedure \(V2\)/);
    assert.match(await answer.innerText(), /Source\s+Expert answer\s+How do I call a stored procedure from a flow\?/);
  });

  it('when another expert acted first, then the action is refused with what happened, and the ticket shows its current state', async () => {
    const maker = await tabApi(app.baseUrl, 'POST', '/api/ask/questions', { question: 'Can a canvas app write to an Oracle database?' }, MAKER);
    const ticket = await tabApi(app.baseUrl, 'POST', `/api/ask/questions/${maker.body.questionId}/escalate`, {}, MAKER);
    const expert = await open(EXPERT, { query: '&view=all' });
    const card = ticketItems(expert, 'Tickets').filter({ hasText: 'Oracle' });
    await card.getByRole('button', { name: 'Assign to me' }).waitFor();
    const closed = await tabApi(app.baseUrl, 'POST', `/api/ask/tickets/${ticket.body.ticket.id}/actions`, { action: 'close' });
    assert.equal(closed.status, 200);
    await card.getByRole('button', { name: 'Assign to me' }).click();
    await card.getByRole('alert').getByText(`Ticket #${ticket.body.ticket.number} is closed, so it can't be assigned now.`).waitFor();
    await card.getByText('Closed', { exact: true }).waitFor();
    assert.deepEqual(await card.getByRole('group', { name: /^Actions for ticket/ }).getByRole('button').allInnerTexts(), ['Reopen']);
    await card.getByRole('button', { name: 'Reopen' }).click();
    await card.getByText('Ticket reopened.').waitFor();
    await card.getByRole('button', { name: 'Close ticket…' }).click();
    await expert.getByRole('dialog').getByRole('button', { name: 'Yes, close it' }).click();
    await card.getByText('Ticket closed.').waitFor();
    assert.equal((await app.app.services.store.repos.askTickets.find(ticket.body.ticket.id))?.state, 'closed');
  });

  for (const theme of ['dark', 'contrast'] as const)
    it(`when a ticket waits and an expert opens the navigation on a phone (${theme}), then Ask shows the count`, async () => {
      const asked = await tabApi(app.baseUrl, 'POST', '/api/ask/questions', { question: `Who approves premium connectors (${theme})?` }, MAKER);
      await tabApi(app.baseUrl, 'POST', `/api/ask/questions/${asked.body.questionId}/escalate`, {}, MAKER);
      const waiting = (await tabApi(app.baseUrl, 'GET', '/api/ask/tickets/waiting-count', undefined, EXPERT)).body.waiting as number;
      assert.ok(waiting >= 1);
      const page = await open(EXPERT, { theme, viewport: PHONE });
      await page.getByRole('button', { name: /navigation/i }).first().click();
      const drawer = page.getByRole('dialog', { name: 'Navigation' });
      await drawer.getByLabel(`${waiting} ticket${waiting === 1 ? ' waits' : 's wait'} for an expert`).waitFor();
      // The drawer is portalled outside the themed root: its links must keep the app's font, not a serif fallback.
      const font = await drawer.getByRole('link', { name: /Ask/ }).evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { fontFamily: string } }).getComputedStyle(el).fontFamily);
      assert.ok(!/^("?Times|serif)/i.test(font), `drawer font: ${font}`);
      await expectNoSeriousA11yViolations(page);
      await saveScreenshot(page, `ask-nav-badge-phone-${theme}`);
    });

  for (const theme of ['light', 'dark'] as const) {
    for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`when the Ask page is shown in the ${theme} theme at ${width} width, then nothing overflows and axe finds no serious violation`, async () => {
        const page = await open(EXPERT, { theme, viewport });
        await page.getByRole('heading', { name: "Start from the CoE's FAQ" }).waitFor();
        await expectNoSeriousA11yViolations(page);
        await ask(page, 'how do I use the SAP ERP connector?');
        await answerRegion(page).getByRole('heading', { name: 'Answer', exact: true }).waitFor();
        assert.equal(await overflow(page), 0, 'the answer scrolls sideways');
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `ask-answer-${theme}-${width}`);

        await page.getByRole('tab', { name: 'All tickets' }).click();
        await ticketItems(page, 'Tickets').first().waitFor();
        assert.equal(await overflow(page), 0, 'the tickets scroll sideways');
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `ask-all-tickets-${theme}-${width}`);
        await page.getByRole('tab', { name: 'My questions' }).click();
        await questionItems(page).filter({ hasText: 'how do I use the SAP ERP connector?' }).first().waitFor();
        assert.equal(await overflow(page), 0, 'my questions scroll sideways');
        await expectNoSeriousA11yViolations(page);
      });
    }
  }

  /** A maker's page offers none of the experts' tab or buttons. */
  async function assertNoExpertControls(page: Page): Promise<void> {
    assert.equal(await page.getByRole('tab', { name: 'All tickets' }).count(), 0);
    for (const name of ['Assign to me', 'Answer', 'Answer again', 'Send answer', 'Close', 'Close ticket…', 'Reopen', 'Add to knowledge base']) {
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `a maker sees "${name}"`);
    }
  }
});
