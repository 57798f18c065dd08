import assert from 'node:assert/strict';
import { addDays, localDateTime, minutesBefore, sameTimeDaysBefore, zonedInstant } from '../../src/domain/delivery/schedule.js';

describe('delivery schedule in time zones', () => {
  it('when a local time is given in Berlin or New York, then the UTC instant follows the offset in force', () => {
    assert.equal(zonedInstant('2026-01-15', '10:00', 'Europe/Berlin'), '2026-01-15T09:00:00.000Z');
    assert.equal(zonedInstant('2026-07-15', '10:00', 'Europe/Berlin'), '2026-07-15T08:00:00.000Z');
    assert.equal(zonedInstant('2026-01-15', '10:00', 'America/New_York'), '2026-01-15T15:00:00.000Z');
    assert.equal(zonedInstant('2026-07-15', '10:00:30', 'America/New_York'), '2026-07-15T14:00:30.000Z');
    assert.equal(zonedInstant('2026-07-15', '10:00', 'UTC'), '2026-07-15T10:00:00.000Z');
  });

  it('when the time falls in the spring-forward gap, then it moves forward by the gap', () => {
    // Berlin 2026-03-29: 02:00 CET → 03:00 CEST. 02:30 does not exist; 03:30 CEST = 01:30Z.
    assert.equal(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin'), '2026-03-29T01:30:00.000Z');
    assert.equal(zonedInstant('2026-03-29', '03:00', 'Europe/Berlin'), '2026-03-29T01:00:00.000Z');
    // New York 2026-03-08: 02:00 EST → 03:00 EDT.
    assert.equal(zonedInstant('2026-03-08', '02:30', 'America/New_York'), '2026-03-08T07:30:00.000Z');
  });

  it('when the time happens twice in the fall-back overlap, then the earlier one is meant', () => {
    // Berlin 2026-10-25: 03:00 CEST → 02:00 CET; 02:30 happens at 00:30Z and 01:30Z.
    assert.equal(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin'), '2026-10-25T00:30:00.000Z');
    // New York 2026-11-01: 02:00 EDT → 01:00 EST; 01:30 happens at 05:30Z and 06:30Z.
    assert.equal(zonedInstant('2026-11-01', '01:30', 'America/New_York'), '2026-11-01T05:30:00.000Z');
  });

  it('when a reminder is "the day before at the same time" across a DST change, then it is 23 or 25 hours earlier', () => {
    // An event on Sunday 2026-03-29 10:00 Berlin (CEST, 08:00Z): Saturday 10:00 CET is 09:00Z — 23 h before.
    const spring = sameTimeDaysBefore('2026-03-29T08:00:00.000Z', 1, 'Europe/Berlin');
    assert.equal(spring, '2026-03-28T09:00:00.000Z');
    assert.equal(Date.parse('2026-03-29T08:00:00.000Z') - Date.parse(spring), 23 * 3_600_000);
    // New York 2026-11-01 09:00 EST (14:00Z): Saturday 09:00 EDT is 13:00Z — 25 h before.
    const fall = sameTimeDaysBefore('2026-11-01T14:00:00.000Z', 1, 'America/New_York');
    assert.equal(fall, '2026-10-31T13:00:00.000Z');
    assert.equal(Date.parse('2026-11-01T14:00:00.000Z') - Date.parse(fall), 25 * 3_600_000);
    // "15 minutes before" is a duration, whatever the zone.
    assert.equal(minutesBefore('2026-03-29T01:10:00.000Z', 15), '2026-03-29T00:55:00.000Z');
  });

  it('when dates are read or shifted, then calendar arithmetic is right and bad input is refused', () => {
    assert.deepEqual(localDateTime('2026-03-29T01:30:00.000Z', 'Europe/Berlin'), { date: '2026-03-29', time: '03:30' });
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.throws(() => zonedInstant('2026-02-30', '10:00', 'Europe/Berlin'), RangeError);
    assert.throws(() => zonedInstant('2026-02-03', '25:00', 'Europe/Berlin'), RangeError);
    assert.throws(() => zonedInstant('2026-02-03', '10:00', 'Mars/Olympus'), RangeError);
  });
});
