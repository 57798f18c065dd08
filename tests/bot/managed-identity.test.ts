import assert from 'node:assert/strict';
import { textNotice } from '../../src/domain/delivery/service.js';
import { conversationInput, waitFor } from '../helpers/delivery-fakes.js';
import { type EntraStandIn, managedIdentityEndpoint } from '../helpers/entra-stand-in.js';
import { TeamsStandIn } from '../helpers/teams-stand-in.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const IDENTITY = '00000000-0000-0000-0000-0000000f1d00';
const TENANT = '00000000-0000-0000-0000-0000000000aa';

/**
 * infra/ gives the bot a user-assigned managed identity and no secret (MicrosoftAppType=UserAssignedMSI,
 * MicrosoftAppId = the identity's client id). App Service answers token requests on IDENTITY_ENDPOINT;
 * here the Entra stand-in does, so the whole path from a queued message to a signed call is real.
 */
describe('bot: user-assigned managed identity (no secret)', function () {
  this.timeout(30_000);
  let teams: TeamsStandIn;
  let t: TestApp;
  let endpoint: EntraStandIn;

  before(async () => {
    teams = await new TeamsStandIn().start();
    // App Service's IDENTITY_ENDPOINT / IDENTITY_HEADER for this process, pointing at a stand-in.
    endpoint = await managedIdentityEndpoint();
    t = await startTestApp({ AUTH_DEV_MODE: 'false', MicrosoftAppId: IDENTITY, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT, AZURE_AUTHORITY_HOST: teams.entra.url, DELIVERY_POLL_MS: '20' });
    await t.app.services.store.repos.conversations.upsertInstalled(conversationInput('a:mia', { serviceUrl: teams.url }), new Date().toISOString());
  });
  after(async () => {
    await t?.close();
    await teams?.stop();
  });

  it('when a proactive message is sent, then the Bot Connector call carries a token the managed identity got for api.botframework.com', async () => {
    await t.app.services.delivery.enqueue(textNotice({ key: 'msi-hello', conversationId: 'a:mia', text: 'hello' }));
    const sent = await waitFor(async () => {
      const r = await t.app.services.store.repos.outbox.findByKey('msi-hello');
      return r && r.state !== 'queued' && r.state !== 'sending' ? r : undefined;
    }, 'msi-hello to be settled');
    assert.equal(sent.state, 'sent', sent.lastError ?? '');
    assert.match(teams.calls[0]!.authorization, /^Bearer msi-token-\d+$/);
    const request = endpoint.tokenRequests().find((r) => r.form.client_id === IDENTITY);
    assert.equal(request!.path, '/msi/token');
    assert.equal(request!.form.client_id, IDENTITY);
    assert.equal(request!.form.resource, 'https://api.botframework.com');
    assert.equal(teams.entra.tokenRequests().length, 0, 'no client-credentials grant: there is no secret');
  });
});
