import assert from 'node:assert/strict';
import { groupGaps } from '../../src/domain/insights/gaps.js';
import { periodOf, previousPeriod, rangeOf } from '../../src/domain/insights/period.js';
import { medianHours } from '../../src/domain/insights/stats.js';
import { ValidationError } from '../../src/domain/shared/errors.js';

const NOW = new Date('2028-03-01T23:30:00.000Z');

describe('insights: periods, medians and knowledge-gap grouping', () => {
  it('when a period spans a leap day, then it counts it and the previous period is as long', () => {
    const p = periodOf({ from: '2028-02-01', to: '2028-02-29' }, NOW);
    assert.deepEqual(p, { from: '2028-02-01', to: '2028-02-29', days: 29 });
    assert.deepEqual(previousPeriod(p), { from: '2028-01-03', to: '2028-01-31', days: 29 });
    assert.deepEqual(rangeOf(p), { from: '2028-02-01T00:00:00.000Z', to: '2028-03-01T00:00:00.000Z' });
  });

  it('when only days or only from is given, then the period ends today (UTC)', () => {
    assert.deepEqual(periodOf({ days: 7 }, NOW), { from: '2028-02-24', to: '2028-03-01', days: 7 });
    assert.deepEqual(periodOf({ from: '2028-02-28' }, NOW), { from: '2028-02-28', to: '2028-03-01', days: 3 });
    assert.throws(() => periodOf({ from: '2027-02-29' }, NOW), ValidationError, 'no 29 February in 2027');
  });

  it('when spans are an even number, then the median is the mean of the middle two; none is null', () => {
    const at = (h: number) => new Date(Date.UTC(2028, 0, 1) + h * 3_600_000).toISOString();
    assert.equal(medianHours([{ start: at(0), end: at(1) }, { start: at(0), end: at(10) }, { start: at(0), end: at(3) }, { start: at(0), end: at(100) }]), 6.5);
    assert.equal(medianHours([]), null);
  });

  it('when many wordings share most terms, then they form one gap led by the most frequent, with at most five variants', () => {
    const c = (normalized: string, count: number) => ({ normalized, example: `How ${normalized}?`, count, unanswered: count, notHelpful: 0, lastAskedAt: `2028-02-0${count}T00:00:00.000Z` });
    const gaps = groupGaps(
      [c('gateway instal cluster', 2), c('gateway instal', 5), c('gateway instal cluster region', 1), c('gateway instal server', 1), c('gateway instal linux', 1), c('gateway instal cloud', 1), c('gateway instal vm', 1), c('copilot licens', 3)],
      10,
    );
    assert.deepEqual(
      gaps.map((g) => [g.key, g.count, g.variants.length]),
      [
        ['gateway instal', 12, 5],
        ['copilot licens', 3, 0],
      ],
    );
    assert.equal(gaps[0]!.example, 'How gateway instal?');
    assert.equal(gaps[0]!.variants[0], 'How gateway instal cluster?');
    assert.equal(gaps[0]!.lastAskedAt, '2028-02-05T00:00:00.000Z');
  });
});
