import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { sidewaysOverflow, waitForHeading } from '../helpers/tab-journey.js';
import { PHONE, tabSession } from '../helpers/tab-session.js';
import { createPersonFixture, PRIYA, SAM, TENANT } from '../privacy/person-fixture.js';

/** The coe-admins' control room on the Admin page: roles, a person's data (erase), the audit log, retention. */
describe('tab: the control room on the Admin page (Chromium)', function () {
  this.timeout(180_000);
  const session = tabSession({ name: 'control-room', settings: { DELIVERY_WORKER: 'off' }, context: { locale: 'en-US', timezoneId: 'UTC' } });
  before(async () => {
    await createPersonFixture(session.app.app.services, 'br');
  });
  const openAdmin = async (theme: string, viewport?: typeof PHONE) => {
    const page = await session.open(`/admin?theme=${theme}`, viewport ? { viewport } : {});
    await waitForHeading(page, 'CoE admin');
    return page;
  };
  const pick = async (page: Page, region: string, query: string, name: string) => {
    const section = page.getByRole('region', { name: region });
    await section.getByRole('search').getByRole('textbox').first().fill(query);
    await section.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await section.getByRole('list', { name: 'People found' }).getByRole('button', { name: new RegExp(name) }).click();
    return section;
  };

  it('when an admin grants a role to a person found by name and revokes it, then the table and the audit log follow', async () => {
    const page = await openAdmin('light');
    const roles = await pick(page, 'Roles', 'sam', SAM.name);
    await roles.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'expert' }).click();
    await roles.getByRole('button', { name: `Grant expert to ${SAM.name}` }).click();
    await roles.getByRole('status').getByText(`${SAM.name} is now expert.`).waitFor();
    const table = roles.getByRole('table', { name: 'Roles granted' });
    await table.getByRole('row', { name: new RegExp(`${SAM.name}.*expert`) }).waitFor();
    const samRoles = await session.app.app.services.identity.findUser({ tenantId: TENANT, aadObjectId: SAM.oid });
    assert.deepEqual(await session.app.app.services.store.repos.roles.rolesOf(samRoles!.id), ['expert']);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'control-room-roles-light');

    await table.getByRole('button', { name: `Revoke expert from ${SAM.name}` }).click();
    await roles.getByRole('status').getByText(`${SAM.name} is no longer expert.`).waitFor();
    assert.deepEqual(await session.app.app.services.store.repos.roles.rolesOf(samRoles!.id), []);

    const audit = page.getByRole('region', { name: 'Audit log' });
    await audit.getByLabel('Action starts with').fill('role.');
    const entries = audit.getByRole('table', { name: 'Audit entries' });
    await entries.getByRole('row', { name: /role\.revoke/ }).first().waitFor();
    await entries.getByRole('row', { name: /role\.grant/ }).first().waitFor();
    const actions = await entries.locator('tbody tr td:nth-child(3)').allInnerTexts();
    assert.ok(actions.length > 0 && actions.every((a) => a.startsWith('role.')), actions.join(', '));
    await audit.getByLabel('From').fill('2001-01-01');
    await audit.getByLabel('To').fill('2001-01-02');
    await audit.getByText('Nothing matches these filters.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await audit.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'control-room-audit-light');
  });

  it('when an admin erases a person, then the button waits for the name typed exactly, and afterwards nobody by that name is left', async () => {
    const page = await openAdmin('dark');
    const section = await pick(page, 'A person’s data', 'priya', PRIYA.name);
    await section.getByRole('heading', { name: PRIYA.name }).waitFor();
    await section.getByRole('button', { name: 'Erase this person…' }).click();
    const dialog = page.getByRole('dialog', { name: `Erase ${PRIYA.name}?` });
    const confirm = dialog.getByRole('button', { name: 'Erase for good' });
    assert.equal(await confirm.isDisabled(), true);
    await dialog.getByLabel(`Type ${PRIYA.name} to confirm`).fill('Priya');
    assert.equal(await confirm.isDisabled(), true, 'a partial name does not unlock it');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByLabel(`Type ${PRIYA.name} to confirm`).fill(PRIYA.name);
    await saveScreenshot(page, 'control-room-erase-confirm-dark');
    await confirm.click();
    await section.getByRole('status').getByText(`${PRIYA.name} was erased.`).waitFor();
    assert.equal(await session.app.app.services.identity.findUser({ tenantId: TENANT, aadObjectId: PRIYA.oid }), undefined);
    await section.getByRole('search').getByRole('textbox').first().fill('priya');
    await section.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await section.getByText('Nobody found.', { exact: false }).waitFor();
    const audit = page.getByRole('region', { name: 'Audit log' });
    await audit.getByLabel('Action starts with').fill('person.erase');
    await audit.getByRole('table', { name: 'Audit entries' }).getByRole('row', { name: /person\.erase/ }).first().waitFor();
    assert.equal(await audit.getByText(PRIYA.name).count(), 0, 'the audit log records the erasure, not who it was');
  });

  it('when the Admin page opens on a phone in high contrast, then retention and every section fit without sideways scrolling', async () => {
    const page = await openAdmin('contrast', PHONE);
    const retention = page.getByRole('region', { name: 'Retention' });
    await retention.getByRole('table', { name: 'Retention rules' }).getByRole('row', { name: /Audit entries.*730 days/ }).waitFor();
    await page.getByRole('region', { name: 'FAQ' }).getByRole('button', { name: 'Add FAQ entry' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    assert.equal(await sidewaysOverflow(page), 0);
    await retention.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'control-room-phone-contrast');
  });
});
