/** The call was refused or failed in a way that passes: try again after `retryAfterMs`. */
export class RetryLater extends Error {
  constructor(
    readonly retryAfterMs: number,
    reason: string,
    /** True when the server refused the call (429): it had no effect. False when the outcome is unknown (no answer). */
    readonly refused = false,
  ) {
    super(reason);
    this.name = 'RetryLater';
  }
}

/** A failure retrying will not fix (bad credentials, missing rights, no capacity): report it. */
export class PermanentFailure extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'PermanentFailure';
  }
}

/** 10–20 s style waits: the base plus up to half of it again, so many clients do not retry in step. */
export function withJitter(baseMs: number): number {
  return Math.round(baseMs + Math.random() * baseMs * 0.5);
}
