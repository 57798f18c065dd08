import { v7 } from 'uuid';

/**
 * Opaque unique id for new rows: a UUID whose first 48 bits are the creation time (RFC 9562
 * version 7) and the rest random (74 bits: still not guessable). Time-ordered ids land next to
 * each other in every primary-key index, so a commit writes one index page where random ids
 * wrote one page per row.
 */
export function newId(): string {
  return v7();
}
