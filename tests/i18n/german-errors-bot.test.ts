/**
 * Domain errors through the bot's HTTP endpoint in the Teams client's language: a card action
 * refused by the domain answers in German for a de-DE activity, and in English, as before, without.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { MAKER } from '../helpers/activities.js';
import { postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { execute, SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('bot: domain errors in the Teams client’s language', function () {
  this.timeout(30_000);
  let stub: ConnectorStub;
  let t: TestApp;
  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({ DELIVERY_WORKER: 'off', ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600' });
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });

  /** Presses a card button as the maker, in `locale` when given, and returns the card Teams would show. */
  async function press(verb: string, data: Record<string, unknown>, locale?: string): Promise<string> {
    const activity = execute(verb, data, { serviceUrl: stub.url, from: MAKER }) as Record<string, unknown>;
    const res = await postActivity(t.baseUrl, locale ? { ...activity, locale } : activity);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return JSON.stringify((res.body as { value: unknown }).value);
  }

  it('when a German maker submits the request form with mistakes, then the form comes back with German messages beside the fields', async () => {
    const bad = { ...SANDBOX_DRAFT, displayName: 'x', expectedUsers: '0' };
    const english = await press('env.submit', { formId: randomUUID(), ...bad });
    assert.ok(english.includes('Enter how many people will use it (a whole number, at least 1).'), english);
    assert.ok(english.includes('“x” does not follow the naming convention above.'), english);

    const german = await press('env.submit', { formId: randomUUID(), ...bad }, 'de-DE');
    assert.ok(german.includes('Geben Sie an, wie viele Personen sie nutzen werden (eine ganze Zahl, mindestens 1).'), german);
    assert.ok(german.includes('„x“ entspricht nicht der oben genannten Namenskonvention.'), german);
    assert.ok(!german.includes('Enter how many people'), german);
  });

  it('when a German maker presses an admin button on their own request, then the refusal is German', async () => {
    const status = await press('env.submit', { formId: randomUUID(), ...SANDBOX_DRAFT, displayName: 'FIN-Forecast' });
    const requestId = /"requestId":"([0-9a-f-]{36})"/.exec(status)?.[1];
    assert.ok(requestId, status);
    const english = await press('env.approve', { requestId });
    assert.ok(english.includes("That didn't work") && english.includes('Only a CoE admin can do that.'), english);
    const german = await press('env.approve', { requestId }, 'de-DE');
    assert.ok(german.includes('Nur CoE-Admins können das tun.'), german);
    assert.ok(!german.includes("That didn't work"), german);
  });
});
