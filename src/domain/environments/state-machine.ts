import { ConflictError } from '../shared/errors.js';
import type { RequestStatus } from './types.js';
import { move, say, term, type Move, type Term } from '../shared/error-text.js';

/**
 * Every move a request may make. Anything else is a stale card, a double click or a bug, and is
 * refused with a message that says where the request stands now.
 */
const MOVES: Record<RequestStatus, readonly RequestStatus[]> = {
  submitted: ['pending-approval', 'approved', 'cancelled'],
  'pending-approval': ['approved', 'rejected', 'cancelled'],
  approved: ['provisioning'],
  provisioning: ['provisioned', 'failed'],
  // An admin may record an environment created by hand after the API failed.
  failed: ['provisioning', 'provisioned', 'cancelled'],
  provisioned: ['expiring', 'expired', 'extended'],
  expiring: ['extended', 'expired'],
  extended: ['expiring', 'expired', 'extended'],
  rejected: [],
  cancelled: [],
  expired: [],
};

/** Human wording of each state, for cards, the tab and error messages. */
export const STATUS_LABEL: Record<RequestStatus, string> = {
  submitted: 'Submitted',
  'pending-approval': 'Waiting for approval',
  approved: 'Approved',
  rejected: 'Rejected',
  provisioning: 'Being created',
  provisioned: 'Ready',
  failed: 'Creation failed',
  cancelled: 'Cancelled',
  expiring: 'Expiring soon',
  expired: 'Expired',
  extended: 'Extended',
};

/** Whether the state machine allows moving from `from` to `to`. */
export function canMove(from: RequestStatus, to: RequestStatus): boolean {
  return MOVES[from].includes(to);
}

/** Throws a ConflictError naming the current state when the move is not allowed. */
export function assertMove(from: RequestStatus, to: RequestStatus, what: Move): void {
  if (!canMove(from, to)) throw new ConflictError(say('errors.environments.cannotMove', { what: move(what), status: stateTerm(from) }));
}

/** A status as a word inside an error sentence ("it is waiting for approval"). */
export const stateTerm = (status: RequestStatus): Term => term(`errors.environments.state.${status}`);

/** States no further move leaves. */
export function isFinal(status: RequestStatus): boolean {
  return MOVES[status].length === 0;
}
