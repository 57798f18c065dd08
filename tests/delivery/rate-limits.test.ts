import assert from 'node:assert/strict';
import { DeliveryRateLimiter, minimumSpanMs, THREAD_LIMITS, tenantLimits } from '../../src/domain/delivery/rate-limits.js';

/** Sends as fast as the limiter allows in virtual time; returns the send times. */
function sendAll(limiter: DeliveryRateLimiter, count: number, thread = 't', tenant = 'x', latencyMs = 0): number[] {
  const times: number[] = [];
  let now = 0;
  while (times.length < count) {
    const answer = limiter.tryAcquire(thread, tenant, now);
    if ('waitMs' in answer) {
      now += answer.waitMs;
      continue;
    }
    times.push(now);
    answer.permit.complete(now + latencyMs);
  }
  return times;
}

function assertWithin(times: number[], limit: number, windowMs: number): void {
  for (let i = limit; i < times.length; i += 1) assert.ok(times[i]! - times[i - limit]! >= windowMs, `more than ${limit} in ${windowMs} ms at #${i}`);
}

describe('delivery rate limits', () => {
  it('when a thread is sent to as fast as allowed, then every Teams window holds (7/1 s, 8/2 s, 60/30 s, 1800/h)', () => {
    const limiter = new DeliveryRateLimiter({ tenantRps: 50 });
    const times = sendAll(limiter, 1_900);
    for (const { limit, windowMs } of THREAD_LIMITS) assertWithin(times, limit, windowMs);
    assert.equal(times[6], 0, 'the first 7 go at once');
    assert.equal(times[7], 1_000, 'the 8th waits a second');
    assert.equal(times[8], 2_000, 'the 9th waits for the 8/2 s window');
    assert.ok(times[1_800]! >= 3_600_000, 'the 1801st waits for the hour');
    assert.equal(times.at(-1), minimumSpanMs(1_900, THREAD_LIMITS), 'no slower than the windows demand');
  });

  it('when many threads of one tenant send, then the tenant budget holds and threads do not slow each other', () => {
    const limiter = new DeliveryRateLimiter({ tenantRps: 30 });
    const times: number[] = [];
    let now = 0;
    for (let i = 0; times.length < 300; ) {
      const answer = limiter.tryAcquire(`thread-${i}`, 'tenant', now);
      if ('waitMs' in answer) now += answer.waitMs;
      else {
        times.push(now);
        answer.permit.complete(now);
        i += 1;
      }
    }
    assertWithin(times, 30, 1_000);
    assert.equal(times.at(-1), minimumSpanMs(300, tenantLimits(30)));
    assert.equal(limiter.tenantWaitMs('other-tenant', now), 0, 'another tenant has its own budget');
  });

  it('when calls are in flight, then they count until they complete, and at their completion time', () => {
    const limiter = new DeliveryRateLimiter({ tenantRps: 50, thread: [{ limit: 2, windowMs: 1_000 }] });
    const a = limiter.tryAcquire('t', 'x', 0);
    const b = limiter.tryAcquire('t', 'x', 0);
    assert.ok('permit' in a && 'permit' in b);
    const c = limiter.tryAcquire('t', 'x', 10);
    assert.ok('waitMs' in c && c.waitMs > 0, 'two in flight fill the window');
    a.permit.complete(300);
    b.permit.complete(400);
    // Remembered at completion: the window frees at 1300, not at 1000.
    assert.equal(limiter.waitMs('t', 'x', 1_000), 300);
    assert.equal(limiter.waitMs('t', 'x', 1_299), 1);
    assert.equal(limiter.waitMs('t', 'x', 1_300), 0);
  });

  it('when a call is cancelled before it was made, then its slot is free again', () => {
    const limiter = new DeliveryRateLimiter({ tenantRps: 1 });
    const a = limiter.tryAcquire('t', 'x', 0);
    assert.ok('permit' in a);
    assert.ok('waitMs' in limiter.tryAcquire('t2', 'x', 0));
    a.permit.cancel();
    assert.ok('permit' in limiter.tryAcquire('t2', 'x', 0));
  });

  it('when Teams throttled a thread, or another instance sent there, then the limiter waits for that too', () => {
    const limiter = new DeliveryRateLimiter({ tenantRps: 50 });
    limiter.block('t', 5_000);
    assert.equal(limiter.waitMs('t', 'x', 1_000), 4_000);
    limiter.seed('u', [0, 100, 200, 300, 400, 500, 600], 700);
    assert.equal(limiter.waitMs('u', 'x', 700), 300, 'seven seeded calls fill the 7/1 s window');
  });

  it('when the budget is shared or memory pruned, then the new budget applies and idle keys are forgotten', () => {
    const limiter = new DeliveryRateLimiter({ tenantRps: 40 });
    limiter.setTenantRps(10);
    assert.equal(limiter.tenantRps, 10);
    const times = sendAll(limiter, 25, 'thread');
    assert.ok(times.length === 25);
    limiter.prune(10_000_000);
    assert.deepEqual(limiter.size, { threads: 0, tenants: 0 });
  });
});
