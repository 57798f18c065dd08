import { randomUUID } from 'node:crypto';

/** Opaque unique id for new rows. */
export function newId(): string {
  return randomUUID();
}
