import { getRandomValues } from 'node:crypto';
import { v7 } from 'uuid';

/** Random bytes drawn 4 KB at a time: one call into the system's generator per 256 ids, not per id. */
const pool = new Uint8Array(16 * 256);
let used = pool.length;

function random16(): Uint8Array {
  if (used === pool.length) {
    getRandomValues(pool);
    used = 0;
  }
  used += 16;
  return pool.subarray(used - 16, used);
}

/**
 * Opaque unique id for new rows: a UUID whose first 48 bits are the creation time (RFC 9562
 * version 7) and the rest random (74 bits: still not guessable). Time-ordered ids land next to
 * each other in every primary-key index, so a commit writes one index page where random ids
 * wrote one page per row.
 */
export function newId(): string {
  return v7({ random: random16() });
}
