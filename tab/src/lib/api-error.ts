/**
 * A failed API call, with a message that is safe and useful to show to the user as is.
 * `status` is the HTTP status, or 0 when the server could not be reached at all.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** For a 400 on a form: field name → what is wrong with it, to show next to the field. */
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  /** True for 401/403: the user is not signed in or lacks a role. Retrying will not help. */
  get isAuthProblem(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** Turns anything thrown into an {@link ApiError} with a message fit for the user. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'unexpected', 'Something went wrong in Maker Hub. Please try again.');
}
