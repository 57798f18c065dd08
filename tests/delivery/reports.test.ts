import assert from 'node:assert/strict';
import path from 'node:path';
import type { DeliveryReport } from '../../src/domain/delivery/batches.js';
import { textNotice } from '../../src/domain/delivery/service.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { cli } from '../helpers/cli.js';

const MIA = '00000000-0000-0000-0000-00000000b002';

/** Delivery reports as CoE admins (tab API) and operators (CLI) see them. */
describe('delivery reports: tab API and CLI', function () {
  this.timeout(60_000);
  let t: TestApp;
  let dataDir: string;

  const api = async (method: string, route: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.baseUrl}${route}`, { method, headers });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  before(async () => {
    // No worker: the messages stay queued, so the report and the cancel are deterministic.
    t = await startTestApp({ DELIVERY_WORKER: 'off' });
    dataDir = path.dirname((t.config.database as { file: string }).file);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await t.app.services.delivery.enqueueBatch({ id: 'announce-hackathon', kind: 'event-announcement', title: 'Hackathon announcement', createdBy: null }, [
      textNotice({ key: 'h:1', conversationId: 'a:1', text: 'one' }),
      textNotice({ key: 'h:2', conversationId: 'a:2', text: 'two', notBefore: future }),
    ]);
    await t.app.services.delivery.enqueueBatch({ id: 'reminders-1d', kind: 'event-reminder', title: 'Reminder: tomorrow', createdBy: null }, [textNotice({ key: 'r:1', conversationId: 'a:1', text: 'tomorrow' })]);
  });
  after(async () => t.close());

  it('when a CoE admin lists deliveries and opens one, then the tab API answers with the counts and timings', async () => {
    const list = await api('GET', '/api/admin/deliveries');
    assert.equal(list.status, 200);
    const batches = list.body.batches as DeliveryReport[];
    assert.deepEqual(batches.map((b) => b.batch.id).sort(), ['announce-hackathon', 'reminders-1d']);
    const one = await api('GET', '/api/admin/deliveries/announce-hackathon');
    assert.equal(one.status, 200);
    const report = one.body as unknown as DeliveryReport;
    assert.equal(report.total, 2);
    assert.equal(report.counts.queued, 2);
    assert.equal(report.scheduled, 1);
    assert.equal(report.finished, false);
    assert.ok(report.firstQueuedAt);
    assert.equal((await api('GET', '/api/admin/deliveries/nope')).status, 404);
  });

  it('when a maker asks for delivery reports or a cancel, then it is refused and audited', async () => {
    const refused = await api('GET', '/api/admin/deliveries', { 'x-dev-user': MIA });
    assert.equal(refused.status, 403);
    assert.equal((await api('POST', '/api/admin/deliveries/reminders-1d/cancel', { 'x-dev-user': MIA })).status, 403);
    const denied = await t.app.services.store.repos.audit.list({ action: 'delivery.batch.cancel.denied' });
    assert.equal(denied.length, 1);
  });

  it('when an operator uses the CLI, then list, show and cancel print one clear answer each', async () => {
    const list = await cli(dataDir, ['deliveries', 'list']);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /announce-hackathon {2}\[event-announcement\] Hackathon announcement — in progress: 2 queued/);
    const show = await cli(dataDir, ['deliveries', 'show', 'reminders-1d']);
    assert.equal(show.code, 0, show.stderr);
    assert.match(show.stdout, /^batch {5}reminders-1d$/m);
    assert.match(show.stdout, /status {4}in progress — 1 messages: 1 queued/);
    const json = JSON.parse((await cli(dataDir, ['deliveries', 'show', 'reminders-1d', '--json'])).stdout) as DeliveryReport;
    assert.equal(json.counts.queued, 1);
    const cancel = await cli(dataDir, ['deliveries', 'cancel', 'reminders-1d']);
    assert.equal(cancel.code, 0, cancel.stderr);
    assert.equal(cancel.stdout.trim(), 'cancelled reminders-1d: 1 cancelled');
    const missing = await cli(dataDir, ['deliveries', 'show', 'no-such-batch']);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr.trim(), 'error: That delivery batch does not exist.');
  });

  it('when a CoE admin cancels a batch in the tab, then queued messages are cancelled and the cancel is audited once', async () => {
    const res = await api('POST', '/api/admin/deliveries/announce-hackathon/cancel');
    assert.equal(res.status, 200);
    const report = res.body as unknown as DeliveryReport;
    assert.equal(report.counts.cancelled, 2);
    assert.ok(report.batch.cancelledAt);
    assert.equal((await api('POST', '/api/admin/deliveries/announce-hackathon/cancel')).status, 200, 'cancelling twice is harmless');
    const audit = await t.app.services.store.repos.audit.list({ action: 'delivery.batch.cancel' });
    assert.deepEqual(audit.map((a) => a.entity.id).sort(), ['announce-hackathon', 'reminders-1d']);
  });
});
