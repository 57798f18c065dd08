import { DomainError } from '../../domain/shared/errors.js';

/** Why a Graph call failed, in the terms the tab shows next to the field. */
export type GraphFailure = 'forbidden' | 'throttled' | 'unavailable' | 'timeout' | 'not-found' | 'not-configured';

const MESSAGES: Record<GraphFailure, string> = {
  forbidden: 'Microsoft Graph refused the request: the app lacks the permission (or, for meetings, the application access policy). Ask your Teams administrator, or paste the value by hand.',
  throttled: 'Microsoft Graph is busy right now. Wait a minute and try again, or paste the value by hand.',
  unavailable: 'Microsoft Graph could not be reached. Try again later, or paste the value by hand.',
  timeout: 'Microsoft Graph did not answer in time. Try again, or paste the value by hand.',
  'not-found': 'Microsoft Graph does not know your account as a meeting organizer. Paste the meeting link by hand.',
  'not-configured': 'Microsoft Graph is not set up for Maker Hub here: paste the value by hand.',
};

const STATUS: Record<GraphFailure, number> = { forbidden: 502, throttled: 503, unavailable: 502, timeout: 504, 'not-found': 502, 'not-configured': 404 };

/**
 * A Graph call that did not succeed. A domain error so the tab API answers with its message and a
 * `graph_<failure>` code (the tab words it in the viewer's language); nothing was changed.
 */
export class GraphError extends DomainError {
  readonly code: string;
  readonly status: number;
  constructor(
    readonly failure: GraphFailure,
    /** Graph's HTTP status, or null when it never answered. */
    readonly graphStatus: number | null,
  ) {
    super(MESSAGES[failure]);
    this.name = 'GraphError';
    this.code = `graph_${failure.replaceAll('-', '_')}`;
    this.status = STATUS[failure];
  }
}

/** The failure a Graph HTTP status stands for. */
export function failureOf(status: number): GraphFailure {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'throttled';
  return 'unavailable';
}
