import assert from 'node:assert/strict';
import { ADMIN, CHANNEL, MAKER, channelMention, personalConversation, personalInstall, personalMessage, teamInstall } from '../helpers/activities.js';
import { assertCardSays, cardText, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { buttonTitles, ManualClock, MAX, pressCard, sampleEvent, tabApi } from '../helpers/training-events.js';

describe('events in Teams: announce, RSVP, wait list, cancel and reminders through /api/messages', function () {
  this.timeout(60_000);
  let stub: ConnectorStub;
  let t: TestApp;
  let clock: ManualClock;
  const serviceUrl = () => stub.url;

  before(async () => {
    stub = await new ConnectorStub().start();
  });
  after(async () => stub.stop());
  afterEach(async () => t?.close());

  /** The app installed in the team channel and in both makers' chats; deliveries run when the test says. */
  async function start(now = '2026-03-20T09:00:00.000Z'): Promise<void> {
    stub.reset();
    clock = new ManualClock(new Date(now));
    t = await startTestApp({ DELIVERY_WORKER: 'off' }, { clock });
    await postActivity(t.baseUrl, teamInstall('add', { serviceUrl: serviceUrl(), from: ADMIN }));
    for (const person of [MAKER, MAX]) await postActivity(t.baseUrl, personalInstall('add', { serviceUrl: serviceUrl(), from: person }));
    await deliver();
    stub.reset();
  }
  const deliver = () => t.app.delivery.worker.runUntilIdle();
  const cardOf = (activity: Record<string, unknown> | null | undefined) => ((activity?.attachments as Array<{ content: Record<string, unknown> }>) ?? [])[0]?.content;
  const channelPosts = () => stub.calls.filter((c) => c.conversationId === CHANNEL.id && c.method === 'POST' && !c.activityId);
  const channelUpdates = () => stub.calls.filter((c) => c.conversationId === CHANNEL.id && c.method === 'PUT');
  const chatCards = (person: typeof MAKER) => stub.cards(personalConversation(person).id);

  /** Creates an event through the tab API as the CoE admin and announces it in the channel with the bot. */
  async function createAndAnnounce(overrides: Record<string, unknown> = {}, day = '2026-03-29'): Promise<string> {
    const created = await tabApi(t.baseUrl, 'POST', '/api/admin/events', sampleEvent(day, overrides));
    assert.equal(created.status, 200, JSON.stringify(created.body));
    const eventId = created.body.id as string;
    await postActivity(t.baseUrl, channelMention('announce', { serviceUrl: serviceUrl(), from: ADMIN }));
    const picker = stub.cards().at(-1)!;
    assertCardSays(picker, 'Announce an event', String(overrides.title ?? 'Power Automate office hours'), 'Announce here');
    const confirmation = await pressCard(t.baseUrl, 'events.announce-here', { eventId }, { serviceUrl: serviceUrl(), from: ADMIN, inChannel: true });
    assertCardSays(confirmation, 'on its way to this channel');
    await deliver();
    return eventId;
  }

  it('when a CoE lead announces an event in the channel, then one card with RSVP buttons, calendar and refresh is posted through the outbox', async () => {
    await start();
    const eventId = await createAndAnnounce({ capacity: 30 });
    assert.equal(channelPosts().length, 1);
    const card = cardOf(channelPosts()[0]!.activity)!;
    assert.deepEqual(buttonTitles(card), ['Going', 'Maybe', "Can't go", 'Add to calendar', 'Join meeting', 'Details']);
    assert.equal((card.refresh as { action: { verb: string; data: { eventId: string } } }).action.verb, 'events.refresh');
    assertCardSays(card, 'Power Automate office hours', '{{DATE(2026-03-29T08:00:00Z, LONG)}}', 'Planned for Sun, 29 Mar 2026, 10:00–11:00 (Europe/Berlin)', '30 of 30 seats left', '0 going');
    const calendar = (card.actions as Array<{ title: string; url?: string }>).find((a) => a.title === 'Add to calendar')!.url!;
    assert.equal(calendar, `http://localhost:3978/calendar/events/${eventId}.ics`);
    const report = await t.app.services.delivery.listBatches({ kind: 'system', name: 'test' }, { kind: 'event-announcement' });
    assert.equal(report[0]?.counts.sent, 1, 'the announcement has a delivery report');

    // Announcing again in the same channel posts nothing new.
    const again = await pressCard(t.baseUrl, 'events.announce-here', { eventId }, { serviceUrl: serviceUrl(), from: ADMIN, inChannel: true });
    assertCardSays(again, 'already announced here');
    await deliver();
    assert.equal(channelPosts().length, 1);
  });

  it('when two makers RSVP on the channel card, then each sees their own answer and the shared card updates its counts in place', async () => {
    await start();
    const eventId = await createAndAnnounce();
    const posted = channelPosts()[0]!.createdId;

    const mia = await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'going' }, { serviceUrl: serviceUrl(), from: MAKER, inChannel: true });
    assertCardSays(mia, "Thanks — you're going!", "You're going.", '✓ Going', '1 going');
    const max = await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'maybe' }, { serviceUrl: serviceUrl(), from: MAX, inChannel: true });
    assertCardSays(max, '✓ Maybe', 'You answered maybe', '1 going · 🤔 1 maybe');
    await deliver();

    const updates = channelUpdates();
    assert.ok(updates.length >= 1 && updates.every((u) => u.activityId === posted), 'the posted card is updated, nothing new is posted');
    assert.equal(channelPosts().length, 1);
    const latest = cardOf(updates.at(-1)!.activity)!;
    assertCardSays(latest, '✅ 1 going · 🤔 1 maybe');
    assert.doesNotMatch(cardText(latest), /You're going|You answered/, 'the shared card shows nobody’s personal answer');

    // A reader's automatic refresh shows their own answer on the same card.
    const refreshed = await pressCard(t.baseUrl, 'events.refresh', { eventId }, { serviceUrl: serviceUrl(), from: MAX, inChannel: true, refresh: true });
    assertCardSays(refreshed, 'You answered maybe');
    const again = await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'maybe' }, { serviceUrl: serviceUrl(), from: MAX, inChannel: true });
    assertCardSays(again, 'You had already answered maybe');
  });

  it('when the only seat is taken, then the next maker waits and is promoted (and told) when the first drops out', async () => {
    await start();
    const eventId = await createAndAnnounce({ capacity: 1 });
    await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'going' }, { serviceUrl: serviceUrl(), from: MAKER, inChannel: true });
    clock.advance(1000);
    const waiting = await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'going' }, { serviceUrl: serviceUrl(), from: MAX, inChannel: true });
    assertCardSays(waiting, "It's full, so you're on the wait list", '(number 1). You move up automatically', 'Full (1 seat)');
    await deliver();
    stub.reset();

    await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'not-going' }, { serviceUrl: serviceUrl(), from: MAKER, inChannel: true });
    await deliver();
    const [promoted] = chatCards(MAX);
    assertCardSays(promoted, "A seat opened up — you're going!", 'Add to calendar', "Can't go any more");
    assertCardSays(cardOf(channelUpdates().at(-1)!.activity), '✅ 1 going', 'Full (1 seat)');
    const audit = await t.app.services.store.repos.audit.list({ action: 'event.rsvp.promote' });
    assert.equal(audit.length, 1);
  });

  it('when an admin cancels an event, then attendees are told in their chats and the channel card shows the cancellation without RSVP buttons', async () => {
    await start();
    const eventId = await createAndAnnounce();
    await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'going' }, { serviceUrl: serviceUrl(), from: MAKER, inChannel: true });
    await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'maybe' }, { serviceUrl: serviceUrl(), from: MAX, inChannel: true });
    await deliver();
    stub.reset();

    const cancelled = await tabApi(t.baseUrl, 'POST', `/api/admin/events/${eventId}/cancel`, { reason: 'The speaker is ill.' });
    assert.equal(cancelled.body.status, 'cancelled');
    await deliver();
    for (const person of [MAKER, MAX]) assertCardSays(chatCards(person)[0], 'Cancelled:', 'The speaker is ill.', 'Remove from my calendar');
    const card = cardOf(channelUpdates().at(-1)!.activity)!;
    assertCardSays(card, 'This event was cancelled.', 'The speaker is ill.');
    assert.deepEqual(buttonTitles(card), ['Details']);
    const late = await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'going' }, { serviceUrl: serviceUrl(), from: MAX, inChannel: true });
    assertCardSays(late, 'This event was cancelled, so it takes no more answers.');
    const ics = await fetch(`${t.baseUrl}/calendar/events/${eventId}.ics`);
    assert.match(await ics.text(), /METHOD:CANCEL[\s\S]*STATUS:CANCELLED/);
  });

  it('when a maker goes to an event on the first day of summer time, then reminders arrive the day before at the same local time (23 h) and 15 minutes before', async () => {
    await start('2026-03-20T09:00:00.000Z');
    const eventId = await createAndAnnounce({}, '2026-03-29');
    await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'going' }, { serviceUrl: serviceUrl(), from: MAKER, inChannel: true });
    await deliver();
    stub.reset();

    clock.set('2026-03-28T08:59:00.000Z');
    await deliver();
    assert.equal(chatCards(MAKER).length, 0, 'nothing before 10:00 CET on Saturday');
    clock.set('2026-03-28T09:00:00.000Z');
    await deliver();
    assertCardSays(chatCards(MAKER)[0], 'Reminder: this starts **tomorrow**', 'Power Automate office hours', 'Join meeting');
    clock.set('2026-03-29T07:44:00.000Z');
    await deliver();
    assert.equal(chatCards(MAKER).length, 1);
    clock.set('2026-03-29T07:45:00.000Z');
    await deliver();
    assertCardSays(chatCards(MAKER)[1], 'Reminder: this starts **in 15 minutes**');
    assert.equal(chatCards(MAX).length, 0, 'only people who are going are reminded');
  });

  it('when an event is moved, then attendees hear about it and their reminders follow the new time', async () => {
    await start();
    const eventId = await createAndAnnounce({}, '2026-03-29');
    await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'going' }, { serviceUrl: serviceUrl(), from: MAKER, inChannel: true });
    await deliver();
    stub.reset();
    const moved = await tabApi(t.baseUrl, 'PUT', `/api/admin/events/${eventId}`, { ...sampleEvent('2026-03-29', { start: '2026-03-29T14:00', end: '2026-03-29T15:00' }), version: 1 });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    await deliver();
    assertCardSays(chatCards(MAKER)[0], 'An event you answered has changed', 'The time changed.', 'Update my calendar');
    assertCardSays(cardOf(channelUpdates().at(-1)!.activity), '14:00–15:00');
    clock.set('2026-03-28T09:00:00.000Z');
    await deliver();
    assert.equal(chatCards(MAKER).length, 1, 'the old reminder (10:00 the day before) was withdrawn');
    clock.set('2026-03-28T13:00:00.000Z');
    await deliver();
    assertCardSays(chatCards(MAKER)[1], 'Reminder: this starts **tomorrow**');
  });

  it('when a maker tries to announce or create an event, then it is refused politely and the refusal is audited', async () => {
    await start();
    const created = await tabApi(t.baseUrl, 'POST', '/api/admin/events', sampleEvent('2026-03-29'));
    await postActivity(t.baseUrl, channelMention('announce', { serviceUrl: serviceUrl(), from: MAKER }));
    assertCardSays(stub.cards().at(-1), 'Only a CoE admin can do that.');
    const forged = await pressCard(t.baseUrl, 'events.announce-here', { eventId: created.body.id }, { serviceUrl: serviceUrl(), from: MAKER, inChannel: true });
    assertCardSays(forged, 'Only a CoE admin can do that.');
    const api = await tabApi(t.baseUrl, 'POST', '/api/admin/events', sampleEvent('2026-03-29'), MAKER);
    assert.equal(api.status, 403);
    const denied = (await t.app.services.store.repos.audit.list({ limit: 200 })).filter((e) => e.action.endsWith('.denied')).map((e) => e.action).sort();
    assert.deepEqual(denied, ['event.announce-targets.denied', 'event.announce.denied', 'event.create.denied']);
    await deliver();
    assert.equal(channelPosts().filter((c) => cardOf(c.activity)?.refresh).length, 0, 'no event card was posted');
  });

  it('when a maker types "events", then upcoming events come with RSVP buttons, and a press updates the list', async () => {
    await start();
    await tabApi(t.baseUrl, 'POST', '/api/admin/events', sampleEvent('2026-03-25', { title: 'Copilot Studio webinar', type: 'webinar' }));
    await tabApi(t.baseUrl, 'POST', '/api/admin/events', sampleEvent('2026-03-29'));
    await postActivity(t.baseUrl, personalMessage('events', { serviceUrl: serviceUrl(), from: MAKER }));
    const list = stub.cards().at(-1)!;
    assertCardSays(list, 'Upcoming events', 'Copilot Studio webinar', 'Power Automate office hours', 'See all events and your RSVPs in Maker Hub');
    assert.deepEqual(buttonTitles(list), ['Going', 'Maybe', 'Going', 'Maybe']);
    const first = ((list.body as Array<Record<string, unknown>>)[1]!.items as Array<Record<string, unknown>>).find((i) => i.type === 'ActionSet')!;
    const going = (first.actions as Array<{ data: Record<string, unknown> }>)[0]!.data;
    const updated = await pressCard(t.baseUrl, 'events.rsvp', going, { serviceUrl: serviceUrl(), from: MAKER });
    assertCardSays(updated, "Thanks — you're going!", "You're going.");
    assert.deepEqual(buttonTitles(updated), ['Maybe', "Can't go", 'Going', 'Maybe']);
  });

  it('when attendees get the feedback card after the event, then a rating is stored and the card thanks them with the average', async () => {
    await start('2026-03-28T09:00:00.000Z');
    const eventId = await createAndAnnounce({}, '2026-03-29');
    await pressCard(t.baseUrl, 'events.rsvp', { eventId, response: 'going' }, { serviceUrl: serviceUrl(), from: MAKER, inChannel: true });
    await deliver();
    stub.reset();
    clock.set('2026-03-29T10:00:00.000Z');
    await deliver();
    const prompt = chatCards(MAKER).find((c) => cardText(c).includes('How was'))!;
    assertCardSays(prompt, 'How was Power Automate office hours?', 'Your rating', 'Send feedback');
    const missing = await pressCard(t.baseUrl, 'events.feedback', { eventId, comment: 'Loved it' }, { serviceUrl: serviceUrl(), from: MAKER });
    assertCardSays(missing, 'Choose a rating from 1 to 5.', 'Loved it');
    const thanks = await pressCard(t.baseUrl, 'events.feedback', { eventId, rating: '4', comment: 'Loved it' }, { serviceUrl: serviceUrl(), from: MAKER });
    assertCardSays(thanks, 'Thanks for your feedback!', '★★★★☆ (4/5)', '4/5 from 1 rating');
    const detail = await tabApi(t.baseUrl, 'GET', `/api/events/${eventId}`);
    assert.deepEqual([detail.body.feedback.count, detail.body.feedback.average], [1, 4]);
  });
});
