import type { OutboundMessage } from '../delivery/types.js';
import { headlineText, type EnvironmentNote } from './headlines.js';
import type { EnvironmentRequest } from './types.js';

/** Delivery templates this capability renders (bot/delivery/templates.ts maps them to cards). */
export const ENVIRONMENT_TEMPLATES = {
  /** The maker's update about their own request. */
  status: 'environments.status',
  /** The card in the CoE admins' channel: decide, record, retry — always the current state. */
  adminCard: 'environments.admin-card',
} as const;

/** What both templates carry: the request as it is after the change, and a line about the change. */
export interface EnvironmentMessagePayload {
  request: EnvironmentRequest;
  /** What happened, in English (e.g. "Approved by Ada Admin."): the fallback for a payload without `note`. */
  headline: string;
  /** The same as parts, so the card can say it in its reader's language (absent in older payloads). */
  note?: EnvironmentNote;
  [key: string]: unknown;
}

const payloadOf = (request: EnvironmentRequest, note: EnvironmentNote): EnvironmentMessagePayload => ({ request, headline: headlineText(note), note });

const adminCardKey = (requestId: string) => `env:${requestId}:admin-card`;

/** A status message to the maker's personal chat; essential, since it is about their own request. */
export function makerMessage(request: EnvironmentRequest, conversationId: string, note: EnvironmentNote): OutboundMessage {
  return {
    idempotencyKey: `env:${request.id}:maker:v${request.version}`,
    operation: 'send',
    conversationId,
    template: ENVIRONMENT_TEMPLATES.status,
    payload: payloadOf(request, note),
    essential: true,
    recipientUserId: request.requesterId,
  };
}

/** Posts the admin card for a request that needs the CoE (first time only). */
export function adminCardPost(request: EnvironmentRequest, conversationId: string, note: EnvironmentNote): OutboundMessage {
  return {
    idempotencyKey: adminCardKey(request.id),
    operation: 'send',
    conversationId,
    template: ENVIRONMENT_TEMPLATES.adminCard,
    payload: payloadOf(request, note),
    essential: true,
  };
}

/** Replaces the posted admin card with the current state, so every viewer sees who decided and what happened since. */
export function adminCardUpdate(request: EnvironmentRequest, conversationId: string, note: EnvironmentNote): OutboundMessage {
  return {
    idempotencyKey: `${adminCardKey(request.id)}:v${request.version}`,
    operation: 'update',
    targetKey: adminCardKey(request.id),
    conversationId,
    template: ENVIRONMENT_TEMPLATES.adminCard,
    payload: payloadOf(request, note),
    essential: true,
  };
}

/** A request needs an admin's hands when it waits for a decision, a manual creation, a retry or an extension decision. */
export function needsAdmin(request: EnvironmentRequest): boolean {
  return (
    request.status === 'pending-approval' ||
    request.status === 'failed' ||
    (request.status === 'provisioning' && request.provisioner === 'manual') ||
    request.pendingExtension !== null
  );
}
