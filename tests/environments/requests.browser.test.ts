import assert from 'node:assert/strict';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, launchBrowser, saveScreenshot, watchCsp } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { DEVELOPER_DRAFT, SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { tabApi } from '../helpers/training-events.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const MAKER_ID = '00000000-0000-0000-0000-00000000b002';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

describe('tab: My requests and the admins’ environment requests (Chromium)', function () {
  let app: TestApp;
  let browser: Browser;
  let pageErrors: string[];
  const contexts: BrowserContext[] = [];

  before(async function () {
    assert.ok(existsSync(path.resolve('dist', 'tab', 'index.html')), 'The tab is not built: run "npx vite build --config tab/vite.config.ts" first.');
    app = await startTestApp({ ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600', DELIVERY_WORKER: 'off' });
    browser = await launchBrowser();
    // A maker with a request waiting, an environment that is ready, and a rejected one.
    const service = app.app.services.environments.service;
    const maker = await app.app.services.identity.signIn({ tenantId: TENANT, aadObjectId: MAKER_ID, displayName: 'Mia Maker' });
    const admin = await app.app.services.identity.signIn({ tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-00000000a001', displayName: 'Ada Admin' });
    const asMaker = { actor: { kind: 'user' as const, principal: maker } };
    const asAdmin = { actor: { kind: 'user' as const, principal: admin } };
    await service.submit(asMaker, SANDBOX_DRAFT, 'seed-pending-1');
    const dev = (await service.submit(asMaker, DEVELOPER_DRAFT, 'seed-developer-1')).request;
    await service.markProvisioned(asAdmin, dev.id, 'https://hr-onboarding.crm4.dynamics.com/');
    const rejected = (await service.submit(asMaker, { ...SANDBOX_DRAFT, displayName: 'OPS-Fleet tracker', type: 'Trial', durationDays: '14' }, 'seed-rejected-1')).request;
    await service.reject(asAdmin, rejected.id, 'Trials are for evaluating licences; use a Sandbox.');
  });
  beforeEach(() => {
    pageErrors = [];
  });
  afterEach(async function () {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    if (this.currentTest?.state === 'passed') assert.deepEqual(pageErrors, [], 'the tab threw');
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  async function openTab(pathAndQuery: string, viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    watchCsp(page, pageErrors);
    await page.goto(app.baseUrl + pathAndQuery);
    return page;
  }
  const overflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

  for (const [theme, viewport, label] of [['light', DESKTOP, 'desktop'], ['dark', PHONE, 'phone']] as const) {
    it(`when a maker opens My requests (${theme}, ${label}), then each request shows its status and details, and axe finds nothing serious`, async () => {
      const page = await openTab(`/requests?theme=${theme}&devUser=${MAKER_ID}`, viewport);
      const list = page.getByRole('list', { name: 'Your environment requests' });
      await list.waitFor();
      assert.equal(await list.getByRole('listitem').count(), 3);
      const ready = list.getByRole('listitem').filter({ hasText: 'HR-Onboarding bot' });
      assert.match(await ready.innerText(), /Ready[\s\S]*https:\/\/hr-onboarding\.crm4\.dynamics\.com\//);
      assert.match(await ready.innerText(), /Region\s+Europe/, 'the region by its name, not "europe"');
      assert.equal(await ready.getByRole('button', { name: 'Request more time' }).count(), 1);
      const rejected = list.getByRole('listitem').filter({ hasText: 'OPS-Fleet tracker' });
      assert.match(await rejected.innerText(), /Rejected[\s\S]*Ada Admin[\s\S]*use a Sandbox/);
      await list.getByRole('listitem').filter({ hasText: 'FIN-Invoice approvals' }).getByRole('button', { name: 'Show history' }).click();
      await page.getByRole('list', { name: 'History' }).getByText('Sent to the CoE for approval').waitFor();
      assert.equal(await overflow(page), 0, 'nothing scrolls sideways');
      await saveScreenshot(page, `env-my-requests-${theme}-${label}`);
      await expectNoSeriousA11yViolations(page);
    });
  }

  it('when the form opens in high contrast, then a placeholder looks different from a value typed in (grey italic, not white)', async () => {
    const page = await openTab(`/requests?theme=contrast&devUser=${MAKER_ID}`, PHONE);
    await page.getByRole('button', { name: 'Request an environment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request an environment' });
    const name = dialog.getByLabel('Environment name');
    type Styled = { getComputedStyle(e: unknown, pseudo?: string): { color: string; fontStyle: string } };
    const look = (pseudo?: string) => name.evaluate((el, p) => {
      const s = (globalThis as unknown as Styled).getComputedStyle(el, p ?? undefined);
      return `${s.color} ${s.fontStyle}`;
    }, pseudo ?? null);
    const placeholder = await look('::placeholder');
    await name.fill('FIN-Invoice approvals');
    const value = await look();
    assert.notEqual(placeholder, value, 'placeholder and value look alike');
    assert.match(placeholder, /italic/);
    await saveScreenshot(page, 'env-request-form-contrast-placeholders');
    await expectNoSeriousA11yViolations(page);
  });

  it('when a maker changes the form (light, phone width), then the policy preview says what will happen and why, names the cap they reached, and axe finds nothing serious', async () => {
    const page = await openTab(`/requests?theme=light&devUser=${MAKER_ID}`, PHONE);
    await page.getByRole('button', { name: 'Request an environment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request an environment' });
    const preview = dialog.getByTestId('policy-preview');
    // Developer is full for this maker, so the form starts on the first type they can still request.
    await page.waitForFunction(() => (globalThis as any).document.querySelector('[role="dialog"] select')?.value === 'Sandbox');
    await preview.getByText("Needs a CoE admin's approval").waitFor();
    assert.match(await preview.innerText(), /No CoE policy rule covers Sandbox with internal data for 1 user,/);
    assert.match(await preview.innerText(), /You have reached the Developer limit \(1 of 1\)/);
    assert.match(await preview.innerText(), /Sandbox: you have 1 of 2/, 'the pending Sandbox request counts');
    await dialog.getByRole('radio', { name: 'Public' }).check();
    await preview.getByText('Approved automatically').waitFor();
    assert.match(await preview.innerText(), /Sandbox with public data is covered by a CoE policy rule/);
    await dialog.getByLabel('Type').selectOption('Developer');
    await preview.getByText('Cannot be requested').waitFor();
    await dialog.getByLabel('Type').selectOption('Sandbox');
    await preview.getByText('Approved automatically').waitFor();
    // The open dialog locks the page's scrolling (the scrollbar's width then shows as negative).
    assert.ok((await overflow(page)) <= 0, 'nothing scrolls sideways');
    await preview.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'env-request-policy-preview-light-phone');
    copyFileSync(path.resolve('test-results', 'screenshots', 'env-request-policy-preview-light-phone.png'), path.resolve('docs', 'screenshots', 'env-request-policy-preview-light-phone.png'));
    await expectNoSeriousA11yViolations(page);
    const count = (await app.app.services.store.handle.db.selectFrom('environment_requests').selectAll().execute()).length;
    assert.equal(count, 3, 'previews created nothing');
  });

  it('when a maker fills the form with mistakes, then the errors show next to the fields, and once fixed the request appears', async () => {
    const page = await openTab(`/requests?theme=light&devUser=${MAKER_ID}`);
    await page.getByRole('button', { name: 'Request an environment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request an environment' });
    await dialog.getByLabel('Environment name').fill('my sandbox');
    await dialog.getByLabel('Business justification').fill('too short');
    await dialog.getByRole('button', { name: 'Submit request' }).click();
    await dialog.getByText('“my sandbox” does not follow the naming convention above', { exact: false }).waitFor();
    assert.equal(await dialog.getByText('Start with your team code in capitals', { exact: false }).count(), 1, 'the rule is said once (the hint), not repeated by the error');
    assert.match(await dialog.innerText(), /at least 20 characters/);
    assert.equal(await dialog.getByLabel('Environment name').inputValue(), 'my sandbox', 'what was typed is kept');
    await saveScreenshot(page, 'env-request-form-errors');
    await expectNoSeriousA11yViolations(page);

    await dialog.getByLabel('Environment name').fill('MKT-Campaign planner');
    await dialog.getByLabel('Business justification').fill('Plan and track marketing campaigns with the events team.');
    await dialog.getByRole('radio', { name: 'Public' }).check();
    // This maker already has their Developer environment (the cap is one): the form starts on Sandbox.
    assert.equal(await dialog.getByLabel('Type').inputValue(), 'Sandbox');
    await dialog.getByRole('button', { name: 'Submit request' }).click();
    await page.getByRole('status').filter({ hasText: 'sent' }).waitFor();
    await saveScreenshot(page, 'env-request-form-sent');
    const item = page.getByRole('list', { name: 'Your environment requests' }).getByRole('listitem').filter({ hasText: 'MKT-Campaign planner' });
    await item.waitFor();
    assert.match(await item.innerText(), /Approved automatically|Being created|Waiting for approval/);
  });

  // The phone view only looks; the desktop one then decides (so it runs second).
  for (const [theme, viewport, label] of [['dark', PHONE, 'phone'], ['light', DESKTOP, 'desktop']] as const) {
    it(`when an admin opens the approvals (${theme}, ${label}), then pending requests show their checks and can be decided`, async () => {
      const page = await openTab(`/admin?theme=${theme}`, viewport);
      const section = page.getByRole('region', { name: 'Environment requests' });
      const queue = section.getByRole('list', { name: 'Requests that need attention' });
      await queue.waitFor().catch(async (e) => {
        await saveScreenshot(page, `env-admin-approvals-failure-${theme}`);
        throw e;
      });
      const pending = queue.getByRole('listitem').filter({ hasText: 'FIN-Invoice approvals' });
      assert.match(await pending.innerText(), /Waiting for approval[\s\S]*Requested by[\s\S]*Not met — Auto-approve rule/);
      assert.equal(await overflow(page), 0, 'nothing scrolls sideways');
      await saveScreenshot(page, `env-admin-approvals-${theme}-${label}`);
      await expectNoSeriousA11yViolations(page);
      if (theme === 'dark') return;

      await pending.getByRole('button', { name: 'Reject' }).click();
      await pending.getByText('A comment is required to reject.').waitFor();
      await pending.getByLabel(/Comment for the maker/).fill('Approved for the finance pilot.');
      await pending.getByRole('button', { name: 'Approve' }).click();
      await pending.getByText('Being created').waitFor();
      assert.match(await pending.innerText(), /Approved by[\s\S]*Ada Admin/);
      // The decision is confirmed above the list; the request stays while it still needs the admin (created by hand).
      await section.getByRole('status').filter({ hasText: /Approved ENV-\w+.*FIN-Invoice approvals.*is told/ }).waitFor();
      await pending.getByLabel('Environment URL').fill('https://fin-invoice.crm4.dynamics.com/');
      await pending.getByRole('button', { name: 'Mark provisioned' }).click();
      await section.getByRole('status').filter({ hasText: /Recorded .*FIN-Invoice approvals.* as created/ }).waitFor();
      await pending.waitFor({ state: 'detached' });
      await saveScreenshot(page, 'env-admin-decided-light');
      await expectNoSeriousA11yViolations(page);
      assert.equal((await tabApi(app.baseUrl, 'GET', '/api/admin/environments/requests?attention=true')).body.requests.filter((r: { displayName: string }) => r.displayName === 'FIN-Invoice approvals').length, 0, 'and the server agrees');

      await section.getByRole('tab', { name: 'All requests' }).click();
      await section.getByLabel('Status').selectOption('rejected');
      const all = section.getByRole('list', { name: 'All requests' });
      await all.getByRole('listitem').filter({ hasText: 'OPS-Fleet tracker' }).waitFor();
      assert.equal(await all.locator(':scope > li').count(), 1);
      await saveScreenshot(page, 'env-admin-all-requests-light');
    });
  }
});
