import { render, type ErrorText } from './error-text.js';

/** A message as a catalogue key with values (src/domain), or a plain English sentence (outer layers). */
export type ErrorMessage = string | ErrorText;

const english = (message: ErrorMessage): string => (typeof message === 'string' ? message : render(message));

/**
 * Errors the domain throws on purpose. Their messages are written for the person who caused them
 * and are safe to show in a card or the tab; anything else is an internal error and is not shown.
 * `message` is the English text (logs, fallback); `text` lets the bot and the API say it in the
 * reader's language (see src/i18n/domain-errors.ts).
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  /** HTTP status the tab API answers with. */
  abstract readonly status: number;
  readonly text: ErrorText | undefined;

  constructor(message: ErrorMessage) {
    super(english(message));
    this.text = typeof message === 'string' ? undefined : message;
  }
}

/** Input that breaks a rule; `fields` maps a field name to what is wrong with it (English). */
export class ValidationError extends DomainError {
  readonly code = 'invalid_input';
  readonly status = 400;
  readonly fields: Record<string, string>;
  /** The same field messages as catalogue keys, for the reader's language. */
  readonly fieldTexts: Readonly<Record<string, ErrorMessage>>;
  constructor(message: ErrorMessage, fields: Readonly<Record<string, ErrorMessage>> = {}) {
    super(message);
    this.name = 'ValidationError';
    this.fieldTexts = fields;
    this.fields = Object.fromEntries(Object.entries(fields).map(([name, text]) => [name, english(text)]));
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
  readonly status = 403;
  constructor(message: ErrorMessage) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not_found';
  readonly status = 404;
  constructor(message: ErrorMessage) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The thing changed under the caller (stale card, decided request, double submit). */
export class ConflictError extends DomainError {
  readonly code = 'conflict';
  readonly status = 409;
  constructor(message: ErrorMessage) {
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
  constructor(message: ErrorMessage, readonly retryAfterSeconds: number) {
    super(message);
    this.name = 'RateLimitedError';
  }
}
