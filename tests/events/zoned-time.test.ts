import assert from 'node:assert/strict';
import { describeOffset, parseReminderOffsets, reminderInstant } from '../../src/domain/events/reminders.js';
import { formatLocalDateTime, isValidTimeZone, offsetMinutes, parseLocalDateTime, shiftLocalDays, zonedInstant } from '../../src/domain/events/zoned-time.js';

const at = (local: string, zone: string) => zonedInstant(parseLocalDateTime(local)!, zone).toISOString();

describe('events: wall-clock times in IANA zones', () => {
  it('when a Berlin time is resolved in winter and in summer, then the offset is +1 h and +2 h', () => {
    assert.equal(at('2026-01-15T10:00', 'Europe/Berlin'), '2026-01-15T09:00:00.000Z');
    assert.equal(at('2026-07-15T10:00', 'Europe/Berlin'), '2026-07-15T08:00:00.000Z');
    assert.equal(at('2026-07-15T10:00', 'America/New_York'), '2026-07-15T14:00:00.000Z');
    assert.equal(at('2026-07-15T10:00', 'Asia/Kolkata'), '2026-07-15T04:30:00.000Z');
    assert.equal(at('2026-07-15T10:00', 'UTC'), '2026-07-15T10:00:00.000Z');
  });

  it('when a time falls in the spring-forward gap, then it moves forward by the gap (02:30 → 03:30)', () => {
    const instant = zonedInstant(parseLocalDateTime('2026-03-29T02:30')!, 'Europe/Berlin');
    assert.equal(instant.toISOString(), '2026-03-29T01:30:00.000Z');
    assert.equal(formatLocalDateTime(instant, 'Europe/Berlin'), '2026-03-29T03:30');
  });

  it('when a time happens twice as clocks go back, then the earlier one is meant', () => {
    assert.equal(at('2026-10-25T02:30', 'Europe/Berlin'), '2026-10-25T00:30:00.000Z');
    assert.equal(at('2026-11-01T01:30', 'America/New_York'), '2026-11-01T05:30:00.000Z');
  });

  it('when the same local time a day earlier is asked across a DST change, then it is 23 or 25 hours earlier', () => {
    const sunday = new Date(at('2026-03-29T10:00', 'Europe/Berlin'));
    assert.equal(shiftLocalDays(sunday, -1, 'Europe/Berlin').toISOString(), '2026-03-28T09:00:00.000Z');
    const autumn = new Date(at('2026-10-25T10:00', 'Europe/Berlin'));
    assert.equal(shiftLocalDays(autumn, -1, 'Europe/Berlin').toISOString(), '2026-10-24T08:00:00.000Z');
  });

  it('when local date-times are malformed or impossible, then they are refused; unknown zones too', () => {
    for (const bad of ['2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00', 'tomorrow', '2026-01-01']) assert.equal(parseLocalDateTime(bad), undefined, bad);
    assert.equal(isValidTimeZone('Europe/Berlin'), true);
    assert.equal(isValidTimeZone('Mars/Olympus'), false);
    assert.equal(isValidTimeZone(''), false);
    assert.equal(offsetMinutes(new Date('2026-07-01T00:00:00Z'), 'Europe/Berlin'), 120);
  });
});

describe('events: reminder offsets', () => {
  it('when the setting lists days, hours and minutes, then they are read earliest first and described for people', () => {
    const offsets = parseReminderOffsets('15m, 1d ,2h');
    assert.deepEqual(offsets.map((o) => o.label), ['1d', '2h', '15m']);
    assert.deepEqual(offsets.map(describeOffset), ['tomorrow', 'in 2 hours', 'in 15 minutes']);
    assert.deepEqual(parseReminderOffsets(''), []);
  });

  it('when the setting is malformed or repeats itself, then it is refused', () => {
    assert.throws(() => parseReminderOffsets('1w'), /not a reminder offset/);
    assert.throws(() => parseReminderOffsets('0m'), /not a reminder offset/);
    assert.throws(() => parseReminderOffsets('15m,15m'), /twice/);
  });

  for (const [zone, local, dayBefore, quarterBefore, why] of [
    ['Europe/Berlin', '2026-03-29T10:00', '2026-03-28T09:00:00.000Z', '2026-03-29T07:45:00.000Z', 'spring forward: 23 h'],
    ['Europe/Berlin', '2026-10-25T10:00', '2026-10-24T08:00:00.000Z', '2026-10-25T08:45:00.000Z', 'fall back: 25 h'],
    ['America/New_York', '2026-03-08T09:00', '2026-03-07T14:00:00.000Z', '2026-03-08T12:45:00.000Z', 'US spring forward'],
    ['America/New_York', '2026-11-01T09:00', '2026-10-31T13:00:00.000Z', '2026-11-01T13:45:00.000Z', 'US fall back'],
    ['Asia/Tokyo', '2026-03-29T10:00', '2026-03-28T01:00:00.000Z', '2026-03-29T00:45:00.000Z', 'no DST: 24 h'],
  ] as const) {
    it(`when an event in ${zone} starts on ${local} (${why}), then "1d" is the same local time the day before and "15m" exactly 15 minutes before`, () => {
      const [day, quarter] = parseReminderOffsets('1d,15m');
      const start = new Date(at(local, zone));
      assert.equal(reminderInstant(start, zone, day!).toISOString(), dayBefore);
      assert.equal(reminderInstant(start, zone, quarter!).toISOString(), quarterBefore);
    });
  }
});
