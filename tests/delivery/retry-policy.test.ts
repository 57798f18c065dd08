import assert from 'node:assert/strict';
import { backoffMs, decide, type RetryOptions } from '../../src/domain/delivery/retry-policy.js';
import { parseRetryAfter } from '../../src/domain/shared/retry-after.js';
import { TransportError } from '../../src/domain/delivery/transport.js';

const OPTIONS: RetryOptions = { maxAttempts: 8, baseDelayMs: 1_000, maxDelayMs: 60_000 };
const err = (status: number, extra: { retryAfterMs?: number; code?: string; uncertain?: boolean } = {}) => new TransportError(`status ${status}`, { status, ...extra });
const NOW = new Date('2026-03-27T10:00:00.000Z');

describe('delivery retry policy', () => {
  it('when Retry-After is seconds or an HTTP date, then it is read as a delay; nonsense is ignored', () => {
    assert.equal(parseRetryAfter('3', NOW), 3_000);
    assert.equal(parseRetryAfter('1.5', NOW), 1_500);
    assert.equal(parseRetryAfter('Fri, 27 Mar 2026 10:00:12 GMT', NOW), 12_000);
    assert.equal(parseRetryAfter('Fri, 27 Mar 2026 09:00:00 GMT', NOW), 0, 'a date in the past means now');
    assert.equal(parseRetryAfter('soon', NOW), undefined);
    assert.equal(parseRetryAfter(undefined, NOW), undefined);
  });

  it('when backing off, then the delay is uniformly jittered below a doubling, capped ceiling', () => {
    assert.equal(backoffMs(1, OPTIONS, () => 0.999), 999);
    assert.equal(backoffMs(3, OPTIONS, () => 0.5), 2_000);
    assert.equal(backoffMs(30, OPTIONS, () => 0.999), 59_940, 'capped at maxDelayMs');
    assert.equal(backoffMs(5, OPTIONS, () => 0), 0, 'full jitter reaches zero');
  });

  it('when Teams throttles, then Retry-After is honoured, else backoff, and throttling may be retried longer', () => {
    assert.deepEqual(decide(err(429, { retryAfterMs: 4_000 }), 1, 'send', OPTIONS, () => 0.5), { kind: 'retry', delayMs: 4_000, throttled: true, uncertain: false, reason: 'HTTP 429: status 429', status: 429 });
    const noHeader = decide(err(429), 2, 'send', OPTIONS, () => 0.5);
    assert.equal(noHeader.kind === 'retry' && noHeader.delayMs, 1_000);
    assert.equal(decide(err(429), 10, 'send', OPTIONS).kind, 'retry', 'beyond maxAttempts, throttling still retries');
    assert.equal(decide(err(429), 24, 'send', OPTIONS).kind, 'failed');
  });

  it('when Teams answers 412 or 5xx or nothing, then it retries up to maxAttempts and then fails', () => {
    for (const status of [412, 500, 502, 503, 504, 0]) {
      assert.equal(decide(err(status), 7, 'send', OPTIONS).kind, 'retry', `${status}`);
      const last = decide(err(status), 8, 'send', OPTIONS);
      assert.equal(last.kind, 'failed', `${status}`);
      assert.match(last.kind === 'failed' ? last.reason : '', /Gave up after 8 attempts/);
    }
  });

  it('when a gateway timed out or the connection broke, then the retry is marked uncertain (look before resending)', () => {
    const u = (e: TransportError) => {
      const d = decide(e, 1, 'send', OPTIONS);
      return d.kind === 'retry' && d.uncertain;
    };
    assert.equal(u(err(504)), true);
    assert.equal(u(err(502)), true);
    assert.equal(u(err(0, { uncertain: true })), true);
    assert.equal(u(err(503)), false);
    assert.equal(u(err(0)), false, 'connection refused: certainly not delivered');
  });

  it('when Teams answers 403 or 404, then the recipient is unreachable; a 404 on delete means already gone', () => {
    const blocked = decide(err(403, { code: 'MessageWritesBlocked' }), 1, 'send', OPTIONS);
    assert.equal(blocked.kind, 'unreachable');
    assert.match(blocked.kind === 'unreachable' ? blocked.reason : '', /MessageWritesBlocked/);
    assert.equal(decide(err(404), 1, 'send', OPTIONS).kind, 'unreachable');
    assert.equal(decide(err(404), 1, 'delete', OPTIONS).kind, 'gone');
    assert.equal(decide(err(404), 1, 'update', OPTIONS).kind, 'failed');
  });

  it('when the request itself is wrong, then it fails at once with a clear reason', () => {
    assert.equal(decide(err(400), 1, 'send', OPTIONS).kind, 'failed');
    const big = decide(err(413, { code: 'MessageSizeTooBig' }), 1, 'send', OPTIONS);
    assert.match(big.kind === 'failed' ? big.reason : '', /larger than Teams accepts/);
    const render = decide(new TransportError('Unknown delivery template "x"', { status: 400, code: 'RenderFailed' }), 1, 'send', OPTIONS);
    assert.deepEqual(render, { kind: 'failed', reason: 'Unknown delivery template "x"', status: 400 });
    assert.equal(decide(new Error('boom'), 1, 'send', OPTIONS).kind, 'retry', 'an unexpected error is retried like a 500');
  });
});
