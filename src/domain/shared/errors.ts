/**
 * Errors the domain throws on purpose. Their messages are written for the person who caused them
 * and are safe to show in a card or the tab; anything else is an internal error and is not shown.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  /** HTTP status the tab API answers with. */
  abstract readonly status: number;
}

/** Input that breaks a rule; `fields` maps a field name to what is wrong with it. */
export class ValidationError extends DomainError {
  readonly code = 'invalid_input';
  readonly status = 400;
  constructor(message: string, readonly fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ValidationError';
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
  readonly status = 403;
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not_found';
  readonly status = 404;
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The thing changed under the caller (stale card, decided request, double submit). */
export class ConflictError extends DomainError {
  readonly code = 'conflict';
  readonly status = 409;
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** The same person asked too often in a short time; `retryAfterSeconds` says when to try again. */
export class RateLimitedError extends DomainError {
  readonly code = 'rate_limited';
  readonly status = 429;
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
    this.name = 'RateLimitedError';
  }
}
