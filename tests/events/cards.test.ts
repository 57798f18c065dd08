import assert from 'node:assert/strict';
import { ENGLISH } from '../../src/i18n/translator.js';
import { eventCard } from '../../bot/cards/events/event.js';
import { eventListCard } from '../../bot/cards/events/list.js';
import { trainingCard } from '../../bot/cards/training/progress.js';
import { EVENT_RENDERERS } from '../../bot/delivery/templates/events.js';
import type { EventView } from '../../src/domain/events/notifications.js';
import { assertCardSays, cardText } from '../helpers/bot-client.js';
import { buttonTitles } from '../helpers/training-events.js';

const event: EventView = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  title: 'Office hours with *stars* and [brackets]',
  description: 'x'.repeat(900),
  type: 'office-hours',
  typeLabel: 'Office hours',
  startsAt: '2026-03-29T08:00:00.000Z',
  endsAt: '2026-03-29T09:00:00.000Z',
  timeZone: 'Europe/Berlin',
  meetingUrl: 'https://teams.microsoft.com/l/meetup-join/1',
  location: null,
  capacity: 10,
  audienceNote: null,
  status: 'scheduled',
  cancelReason: null,
  version: 1,
  pageUrl: 'https://tab.example/events/1',
  calendarUrl: 'https://tab.example/calendar/events/1.ics',
};
const counts = { going: 10, waitlisted: 2, maybe: 1, notGoing: 0, capacity: 10, spotsLeft: 0 };

describe('event and training cards (pure builders)', () => {
  it('when an event card is built, then it keeps to six actions, escapes the title, cuts long text and says it is full', () => {
    const card = eventCard({ event, counts, standing: 'waitlisted', waitlistPosition: 2 });
    assert.equal(buttonTitles(card.actions).length, 6);
    assert.deepEqual(buttonTitles(card.actions).slice(0, 3), ['✓ Going', 'Maybe', "Can't go"]);
    assertCardSays(card, 'Office hours with \\*stars\\* and \\[brackets\\]', 'Full (10 seats)', '2 on the wait list', '(number 2)');
    assert.ok(!cardText(card).includes('x'.repeat(600)), 'the description is cut');
    assert.ok(JSON.stringify(card).length < 28_000, 'well under the message size limits');
  });

  it('when the event is cancelled, then the card says so and offers only the details', () => {
    const card = eventCard({ event: { ...event, status: 'cancelled', cancelReason: 'Speaker ill' }, counts });
    assertCardSays(card, 'This event was cancelled.', 'Speaker ill');
    assert.deepEqual(buttonTitles(card.actions), ['Details']);
  });

  it('when many events are listed, then three fit with two buttons each and the rest are counted', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ event: { ...event, id: `id-${i}`, title: `Event ${i}` }, counts, standing: null }));
    const card = eventListCard({ items, allEventsUrl: 'https://tab.example/events' });
    assert.equal(buttonTitles(card).length, 6);
    assertCardSays(card, 'Event 0', 'Event 2', 'See 2 more, all events and your RSVPs');
    assert.ok(!cardText(card).includes('Event 3'));
  });

  it('when nobody has published training yet, then the training card says so instead of congratulating', () => {
    assertCardSays(trainingCard({ focus: null, others: [], trainingUrl: 'https://tab.example/training' }), 'has not published any training paths yet');
  });

  it('when the outbox hands a template a payload that does not fit, then the renderer refuses it with the field', () => {
    assert.throws(() => EVENT_RENDERERS['events.reminder']!({ event: { id: 'x' } }, ENGLISH), /payload\.event\.title must be text/);
    const ok = EVENT_RENDERERS['events.reminder']!({ event, counts, lead: 'tomorrow' }, ENGLISH);
    assert.equal(ok.summary, event.title);
  });
});
