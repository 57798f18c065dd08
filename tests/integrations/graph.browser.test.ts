/**
 * The tab's Microsoft Graph helpers in Chromium, against the Graph stand-in: an admin creates the
 * Teams meeting of a new event (a refusal first: told next to the field, nothing typed lost), and
 * a maker picks a security group by name in the environment form. Light, desktop and phone, with
 * axe. Screenshots: test-results/screenshots/graph-*.png (copies in docs/screenshots).
 */
import assert from 'node:assert/strict';
import { AccessTokens } from '../../src/integrations/entra/credential.js';
import { GraphClient } from '../../src/integrations/graph/index.js';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { GraphStandIn } from '../helpers/graph-stand-in.js';
import { sidewaysOverflow as overflow, waitForHeading as h1 } from '../helpers/tab-journey.js';
import { PHONE, tabSession } from '../helpers/tab-session.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const ADMIN = '00000000-0000-0000-0000-00000000a001';
const MAKER = '00000000-0000-0000-0000-00000000b002';
const FINANCE = { id: '3f1c2a9e-5b7d-4e2a-9c1b-0d8e7f6a5b4c', displayName: 'Finance makers', description: 'Power Platform makers in Finance', securityEnabled: true };

describe('tab: Microsoft Graph helpers, Teams meeting and group picker (Chromium)', function () {
  this.timeout(120_000);
  const graph = new GraphStandIn();
  before(async () => {
    await graph.start();
    graph.groups.set(TENANT, [FINANCE, { id: '7a6b5c4d-0000-4000-8000-000000000002', displayName: 'Finance controllers', description: null, securityEnabled: true }, { id: '7a6b5c4d-0000-4000-8000-000000000003', displayName: 'Finance news', description: null, securityEnabled: false }]);
  });
  after(() => graph.stop());
  // The development identity refuses bot credentials, so the app gets its Graph client directly:
  // the same client the bot identity makes, signing in to the stand-in's Entra ID.
  const session = tabSession({
    name: 'graph',
    settings: { DELIVERY_WORKER: 'off', ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600' },
    context: { locale: 'en-US', timezoneId: 'Europe/Berlin' },
    app: () => {
      const tokens = new AccessTokens({ clientId: graph.botAppId, clientSecret: 'stand-in-bot-secret', tenantId: TENANT, authorityHost: graph.entra.url });
      return { graph: new GraphClient({ baseUrl: graph.url, token: (scope, tenantId) => tokens.get(scope, tenantId), timeoutMs: 2000 }) };
    },
  });
  beforeEach(() => graph.reset());

  it('when an admin creates the Teams meeting of a new event, then a refusal is told beside the field and the form is kept; the next try fills the link, which is saved', async () => {
    const page = await session.open('/admin?theme=light');
    await h1(page, 'CoE admin');
    await page.getByRole('button', { name: 'New event' }).click();
    await h1(page, 'New event');
    const day = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Title').fill('Copilot Studio office hours');
    await page.getByLabel('Starts').fill(`${day}T15:00`);
    await page.getByLabel('Ends').fill(`${day}T16:00`);
    graph.failNext({ status: 403, body: { error: { code: 'Forbidden', message: 'No application access policy found for this app.' } } });
    await page.getByRole('button', { name: 'Create Teams meeting' }).click();
    await page.getByRole('status').filter({ hasText: 'The Teams meeting was not created. Maker Hub lacks the Microsoft Graph permission' }).waitFor();
    assert.equal(await page.getByLabel('Title').inputValue(), 'Copilot Studio office hours', 'what was typed is kept');
    assert.equal(await page.getByLabel('Online meeting link').inputValue(), '', 'nothing was filled in');
    await saveScreenshot(page, 'graph-event-meeting-refused-light');

    await page.getByRole('button', { name: 'Create Teams meeting' }).click();
    await page.getByRole('status').filter({ hasText: 'Teams meeting created' }).waitFor();
    const link = await page.getByLabel('Online meeting link').inputValue();
    assert.match(link, /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const created = graph.calls.at(-1)!;
    assert.equal(created.path, `/v1.0/users/${ADMIN}/onlineMeetings`);
    assert.equal(created.authorization, `Bearer graph-token-${TENANT}`);
    assert.deepEqual(created.body, { subject: 'Copilot Studio office hours', startDateTime: `${day}T14:00:00.000Z`, endDateTime: `${day}T15:00:00.000Z` }, 'Berlin wall times as UTC');
    await saveScreenshot(page, 'graph-event-meeting-light');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Create event' }).click();
    await h1(page, 'Copilot Studio office hours');
    const res = await fetch(`${session.app.baseUrl}/api/events`);
    const list = ((await res.json()) as { events: Array<{ event: { title: string; meetingUrl: string | null } }> }).events;
    assert.equal(list.find((e) => e.event.title === 'Copilot Studio office hours')?.event.meetingUrl, link);
  });

  for (const [label, viewport] of [['desktop', undefined], ['phone', PHONE]] as const) {
    it(`when a maker searches a security group by name (${label}), then picking one fills its object id and shows its name`, async () => {
      const page = await session.open(`/requests?theme=light&devUser=${MAKER}`, viewport ? { viewport } : {});
      await page.getByRole('button', { name: 'Request an environment' }).click();
      const dialog = page.getByRole('dialog', { name: 'Request an environment' });
      await dialog.getByLabel('Environment name').fill('FIN-Invoice approvals');
      const search = dialog.getByRole('combobox', { name: 'Find a security group' });
      await search.fill('fin');
      await page.getByRole('option', { name: /Finance controllers/ }).waitFor();
      assert.equal(await page.getByRole('option', { name: /Finance news/ }).count(), 0, 'only security groups');
      const call = graph.calls.at(-1)!;
      assert.equal(call.consistencyLevel, 'eventual');
      assert.equal(call.query.get('$search'), '"displayName:fin"');
      await saveScreenshot(page, `graph-group-picker-list-light-${label}`);
      await page.getByRole('option', { name: /Finance makers/ }).click();
      assert.equal(await dialog.getByLabel('Security group object id (optional)').inputValue(), FINANCE.id);
      await dialog.getByText('Selected group: Finance makers').waitFor();
      assert.equal(await dialog.getByLabel('Environment name').inputValue(), 'FIN-Invoice approvals', 'the rest of the form is kept');
      await saveScreenshot(page, `graph-group-picker-picked-light-${label}`);
      assert.equal(await overflow(page), 0, 'nothing overflows sideways');
      await expectNoSeriousA11yViolations(page);
    });
  }
});
