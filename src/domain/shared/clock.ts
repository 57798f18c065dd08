/** Time as a dependency, so schedules and expiry can be tested without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** ISO-8601 UTC, the one time format stored in the database. */
export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}
