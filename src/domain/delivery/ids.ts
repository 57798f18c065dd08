import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * A unique id that sorts in creation order (like a ULID): 12 hex digits of milliseconds, 6 of a
 * per-process counter, 14 random. Outbox rows are worked in id order within a conversation, so
 * two messages queued in the same millisecond by one transaction still go out in the order queued.
 */
export function orderedId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else {
    counter += 1;
  }
  return `${lastMs.toString(16).padStart(12, '0')}${counter.toString(16).padStart(6, '0')}${randomBytes(7).toString('hex')}`;
}
