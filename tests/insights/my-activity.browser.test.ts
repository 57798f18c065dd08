import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Person } from '../helpers/activities.js';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { sidewaysOverflow } from '../helpers/tab-journey.js';
import { PHONE, tabSession } from '../helpers/tab-session.js';
import { tabApi } from '../helpers/training-events.js';

/** The department a person gives themselves on My activity (Insights counts active makers by it). */
describe('tab: My activity department (Chromium)', function () {
  this.timeout(180_000);
  const session = tabSession({ name: 'my-activity', settings: { DELIVERY_WORKER: 'off' }, context: { locale: 'en-US', timezoneId: 'UTC' } });
  const open = (pathAndQuery: string, options: { viewport?: typeof PHONE } = {}) => session.open(pathAndQuery, options);
  const h1 = (page: Page) => page.locator('main h1').filter({ hasText: 'My activity' }).waitFor({ timeout: 30_000 });
  /** What sticks out past the right edge (for the failure message). */
  const wideElements = (page: Page) =>
    page.evaluate<string[]>(
      "[...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(-5).map((e) => `${e.tagName.toLowerCase()}.${String(e.className?.baseVal ?? e.className).slice(0, 60)} → ${Math.round(e.getBoundingClientRect().right)}px`)",
    );

  it('when a person sets, mistypes and clears their department on My activity, then it is stored, the server’s message stands by the field and the text stays', async () => {
    const dana: Person = { id: '29:dana', name: 'Dana Department', aadObjectId: '00000000-0000-0000-0000-00000000d001' };
    const stored = async () => (await tabApi(session.app.baseUrl, 'GET', '/api/me', undefined, dana)).body.user.department as string | null;
    const page = await open(`/activity?theme=light&devUser=${dana.aadObjectId}`);
    await h1(page);
    const form = page.getByRole('form', { name: 'Your department' });
    const input = form.getByLabel('Department', { exact: true });
    const status = form.getByRole('status');
    assert.equal(await input.inputValue(), '');
    assert.equal(await form.getByRole('button', { name: 'Clear' }).count(), 0, 'nothing to clear yet');

    await input.fill('Finance & Operations');
    await form.getByRole('button', { name: 'Save department' }).click();
    await status.getByText('Saved: your department is Finance & Operations.').waitFor();
    assert.equal(await stored(), 'Finance & Operations');
    await page.reload();
    await h1(page);
    await form.getByRole('button', { name: 'Clear' }).waitFor();
    assert.equal(await input.inputValue(), 'Finance & Operations', 'the stored department is shown after a reload');

    // Too long: the server refuses it; its own words stand by the field, and what was typed stays.
    const tooLong = 'Department of '.padEnd(81, 'x');
    const refused = await tabApi(session.app.baseUrl, 'PATCH', '/api/me/preferences', { department: tooLong }, dana);
    assert.equal(refused.status, 400);
    const serverMessage = refused.body.error.fields.department as string;
    assert.ok(serverMessage, 'the server names the field');
    await input.fill(tooLong);
    await form.getByRole('button', { name: 'Save department' }).click();
    await form.getByText(serverMessage).waitFor();
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    const description = await page.evaluate<string>(`${JSON.stringify(describedBy.split(' '))}.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')`);
    assert.ok(description.includes(serverMessage), `the message belongs to the field: "${description}"`);
    assert.equal(await input.inputValue(), tooLong, 'what was typed is kept');
    assert.equal(await status.innerText(), '', 'no confirmation for a refused value');
    assert.equal(await stored(), 'Finance & Operations', 'the refused value was not stored');
    await expectNoSeriousA11yViolations(page);
    await page.evaluate('window.scrollTo(0, 0)');
    await saveScreenshot(page, 'insights-my-activity-department-error-light');

    await form.getByRole('button', { name: 'Clear' }).click();
    await status.getByText('Saved: no department.').waitFor();
    assert.equal(await input.inputValue(), '');
    assert.equal(await form.getByRole('button', { name: 'Clear' }).count(), 0);
    assert.notEqual(await input.getAttribute('aria-invalid'), 'true');
    assert.equal(await form.getByText(serverMessage).count(), 0, 'the message went with the refused text');
    assert.equal(await page.evaluate<boolean>("document.activeElement?.tagName === 'INPUT'"), true, 'focus moves to the field when Clear goes');
    assert.equal(await stored(), null);

    // Emptying the field and saving clears it too; a phone in the dark theme shows it all.
    const phone = await open(`/activity?theme=dark&devUser=${dana.aadObjectId}`, { viewport: PHONE });
    await h1(phone);
    const phoneForm = phone.getByRole('form', { name: 'Your department' });
    await phoneForm.getByLabel('Department', { exact: true }).fill('HR');
    await phoneForm.getByRole('button', { name: 'Save department' }).click();
    await phoneForm.getByRole('status').getByText('Saved: your department is HR.').waitFor();
    await phoneForm.getByLabel('Department', { exact: true }).fill('  ');
    await phoneForm.getByRole('button', { name: 'Save department' }).click();
    await phoneForm.getByRole('status').getByText('Saved: no department.').waitFor();
    assert.equal(await stored(), null);
    assert.equal(await sidewaysOverflow(phone), 0, `the page scrolls sideways: ${(await wideElements(phone)).join('; ')}`);
    await expectNoSeriousA11yViolations(phone);
    await phone.evaluate('window.scrollTo(0, 0)');
    await saveScreenshot(phone, 'insights-my-activity-dark-phone');
  });
});
