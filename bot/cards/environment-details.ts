import { STATUS_LABEL } from '../../src/domain/environments/state-machine.js';
import { DATA_CLASSIFICATION_LABEL, type EnvironmentRequest, type RequestHistoryEntry, type RequestStatus } from '../../src/domain/environments/types.js';
import { regionLabel } from '../../src/domain/environments/regions.js';
import { facts, plain, text } from './kit.js';
import type { CardElement } from './types.js';

const STATUS_COLOR: Record<RequestStatus, string> = {
  submitted: 'Default',
  'pending-approval': 'Warning',
  approved: 'Good',
  rejected: 'Attention',
  provisioning: 'Accent',
  provisioned: 'Good',
  failed: 'Attention',
  cancelled: 'Default',
  expiring: 'Warning',
  expired: 'Attention',
  extended: 'Good',
};

/** "2026-03-02 09:04 UTC": unambiguous for people in any time zone. */
export function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The status as a coloured line (colour is never the only cue: the words say it). */
export function statusLine(request: EnvironmentRequest): CardElement {
  const extension = request.pendingExtension ? ` · extension of ${request.pendingExtension.days} days waiting for approval` : '';
  return text(`**Status: ${STATUS_LABEL[request.status]}**${extension}`, { color: STATUS_COLOR[request.status], spacing: 'Small' });
}

/** The request's facts as a maker or admin reads them. */
export function requestFacts(request: EnvironmentRequest, options: { withRequester?: boolean } = {}): CardElement {
  const pairs: Array<[string, string]> = [['Reference', request.reference]];
  if (options.withRequester) pairs.push(['Requested by', plain(request.requesterName)]);
  pairs.push(['Type', request.type], ['Region', regionLabel(request.region)]);
  pairs.push(['Dataverse', request.dataverse ? `Yes (language ${request.languageLcid}, ${request.currencyCode})` : 'No']);
  pairs.push(['Data', DATA_CLASSIFICATION_LABEL[request.dataClassification] ?? request.dataClassification], ['Expected users', String(request.expectedUsers)]);
  if (request.securityGroupId) pairs.push(['Security group', request.securityGroupId]);
  if (request.expiresAt) pairs.push(['Expires', request.expiresAt.slice(0, 10)]);
  else if (request.durationDays !== null) pairs.push(['Duration', `${request.durationDays} days`]);
  else pairs.push(['Duration', 'No expiry']);
  if (request.environmentUrl) pairs.push(['Environment', request.environmentUrl]);
  if (request.decidedAt) {
    const who = request.approval === 'auto' ? 'CoE policy (automatic)' : plain(request.decidedByName ?? 'a CoE admin');
    pairs.push([request.status === 'rejected' ? 'Rejected by' : 'Approved by', `${who}, ${when(request.decidedAt)}`]);
  }
  pairs.push(['Submitted', when(request.createdAt)]);
  return facts(pairs);
}

/** Failure, decision comment, pending extension: the sentences that explain the status. */
export function explanations(request: EnvironmentRequest): CardElement[] {
  const out: CardElement[] = [];
  if (request.status === 'failed' && request.failureReason) out.push(text(`**Why it failed:** ${plain(request.failureReason)}`, { color: 'Attention' }));
  if (request.decisionComment) out.push(text(`**Comment:** “${plain(request.decisionComment)}”`));
  if (request.pendingExtension) out.push(text(`**Extension asked:** ${request.pendingExtension.days} days — “${plain(request.pendingExtension.reason)}”`));
  return out;
}

/** The last steps of the history, newest last. */
export function historyBlock(history: RequestHistoryEntry[], limit = 6): CardElement[] {
  if (!history.length) return [];
  const lines = history.slice(-limit).map((h) => `- ${when(h.at)} · ${h.status ? STATUS_LABEL[h.status] : h.action} · ${plain(h.actorName)}${h.comment ? ` — “${plain(h.comment)}”` : ''}`);
  return [text('**History**', { spacing: 'Medium' }), text(lines.join('\n'), { size: 'Small', spacing: 'Small' })];
}
