import assert from 'node:assert/strict';
import { ADMIN, CHANNEL, MAKER, teamInstall } from '../helpers/activities.js';
import { postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { ManualClock, MAX, sampleEvent, tabApi } from '../helpers/training-events.js';

describe('events: the tab API and the .ics download', function () {
  this.timeout(60_000);
  let stub: ConnectorStub;
  let t: TestApp;
  let eventId: string;

  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({ DELIVERY_WORKER: 'off' }, { clock: new ManualClock(new Date('2026-05-04T09:00:00.000Z')) });
    await postActivity(t.baseUrl, teamInstall('add', { serviceUrl: stub.url, from: ADMIN }));
    const created = await tabApi(t.baseUrl, 'POST', '/api/admin/events', sampleEvent('2026-05-20', { capacity: 1, location: 'Building 4' }));
    eventId = created.body.id;
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });

  it('when an admin sends a bad event, then 400 names each field and nothing is created', async () => {
    const res = await tabApi(t.baseUrl, 'POST', '/api/admin/events', sampleEvent('2026-05-20', { title: '', timeZone: 'Mars/Base', end: '2026-05-20T09:00' }));
    assert.equal(res.status, 400);
    assert.deepEqual(Object.keys(res.body.error.fields).sort(), ['timeZone', 'title']);
    const past = await tabApi(t.baseUrl, 'POST', '/api/admin/events', sampleEvent('2026-05-01'));
    assert.equal(past.body.error.fields.start, 'The event must start in the future.');
    assert.equal((await tabApi(t.baseUrl, 'GET', '/api/events')).body.events.length, 1);
  });

  it('when makers RSVP through the tab, then the list and details show their answer, the counts and their place in line', async () => {
    assert.equal((await tabApi(t.baseUrl, 'PUT', `/api/events/${eventId}/rsvp`, { response: 'going' }, MAKER)).body.standing, 'going');
    const waiting = await tabApi(t.baseUrl, 'PUT', `/api/events/${eventId}/rsvp`, { response: 'going' }, MAX);
    assert.deepEqual([waiting.body.standing, waiting.body.waitlistPosition], ['waitlisted', 1]);
    const list = await tabApi(t.baseUrl, 'GET', '/api/events?when=upcoming&mine=true', undefined, MAX);
    assert.deepEqual(list.body.events.map((e: { mine: string }) => e.mine), ['waitlisted']);
    const detail = await tabApi(t.baseUrl, 'GET', `/api/events/${eventId}`, undefined, MAX);
    assert.deepEqual([detail.body.counts.going, detail.body.counts.waitlisted, detail.body.waitlistPosition, detail.body.attendees], [1, 1, 1, null]);
    assert.equal(detail.body.event.localStart, '2026-05-20T10:00');
    const adminView = await tabApi(t.baseUrl, 'GET', `/api/events/${eventId}`);
    assert.deepEqual(adminView.body.attendees.map((a: { standing: string }) => a.standing).sort(), ['going', 'waitlisted']);
    const bad = await tabApi(t.baseUrl, 'PUT', `/api/events/${eventId}/rsvp`, { response: 'perhaps' }, MAKER);
    assert.equal(bad.status, 400);
    assert.equal((await tabApi(t.baseUrl, 'GET', '/api/events?when=someday')).status, 400);
  });

  it('when an admin lists channels to announce in, then installed channels come with whether the event is there', async () => {
    const res = await tabApi(t.baseUrl, 'GET', `/api/admin/events/${eventId}/channels`);
    assert.deepEqual(res.body.channels.map((c: { id: string; announced: boolean }) => [c.id, c.announced]), [[CHANNEL.id, false]]);
    const announced = await tabApi(t.baseUrl, 'POST', `/api/admin/events/${eventId}/announce`, { conversationIds: [CHANNEL.id] });
    assert.deepEqual(announced.body.announced, [CHANNEL.id]);
    assert.equal((await tabApi(t.baseUrl, 'GET', `/api/admin/events/${eventId}/channels`)).body.channels[0].announced, true);
    const gone = await tabApi(t.baseUrl, 'POST', `/api/admin/events/${eventId}/announce`, { conversationIds: ['19:nowhere@thread.tacv2'] });
    assert.equal(gone.status, 400);
    assert.equal((await tabApi(t.baseUrl, 'GET', `/api/admin/events/${eventId}/channels`, undefined, MAKER)).status, 403);
  });

  it('when the .ics is downloaded, then it is a calendar file with the event in its zone; unknown or malformed ids are 404', async () => {
    const res = await fetch(`${t.baseUrl}/calendar/events/${eventId}.ics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="power-automate-office-hours\.ics"/);
    const body = await res.text();
    assert.match(body, /DTSTART;TZID=Europe\/Berlin:20260520T100000/);
    assert.match(body, new RegExp(`UID:event-${eventId}@localhost`));
    assert.match(body, /LOCATION:Building 4 · https:\/\/teams\.microsoft\.com/);
    assert.equal((await fetch(`${t.baseUrl}/calendar/events/00000000-0000-4000-8000-000000000000.ics`)).status, 404);
    assert.equal((await fetch(`${t.baseUrl}/calendar/events/..%2Fetc%2Fpasswd`)).status, 404);
  });
});
