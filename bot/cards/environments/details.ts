import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { CATALOGUES } from '../../../src/i18n/catalogues.js';
import { type EnvironmentRequest, type RequestHistoryEntry, type RequestStatus } from '../../../src/domain/environments/types.js';
import { regionLabel } from '../../../src/domain/environments/regions.js';
import { DATA_CLASSIFICATIONS, ENVIRONMENT_TYPES, type EnvironmentType } from '../../../src/domain/environments/types.js';
import { facts, plain, text } from '../kit.js';
import type { CardElement } from '../types.js';

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

/** "2 Mar 2026, 09:04 UTC" / "02.03.2026, 09:04 UTC": unambiguous for people in any time zone. */
export function when(iso: string, tr: Translator = ENGLISH): string {
  return `${tr.date(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
}

/** A day in UTC, in the reader's format (expiry dates). */
function dayOf(iso: string, tr: Translator): string {
  return tr.date(iso, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** A type's name in the reader's language (the stored value stays English). */
export function typeName(type: string, tr: Translator = ENGLISH): string {
  return (ENVIRONMENT_TYPES as readonly string[]).includes(type) ? tr.t(`bot.environments.types.${type as EnvironmentType}`) : type;
}

export function statusLabel(status: RequestStatus, tr: Translator = ENGLISH): string {
  return tr.t(`bot.environments.status.${status}`);
}

/** A stored region in the reader's language; one not in the catalogue (a new BAP location) keeps its English name. */
export function regionName(region: string, tr: Translator = ENGLISH): string {
  const regions = (tr.language === 'en' ? undefined : (CATALOGUES[tr.language] as { bot?: { environments?: { region?: Record<string, string> } } }).bot?.environments?.region) ?? {};
  return regions[region] ?? regionLabel(region);
}

/** The status as a coloured line (colour is never the only cue: the words say it). */
export function statusLine(request: EnvironmentRequest, tr: Translator = ENGLISH): CardElement {
  const extension = request.pendingExtension ? tr.t('bot.environments.extensionWaiting', { count: request.pendingExtension.days }) : '';
  return text(`**${tr.t('bot.environments.statusIs', { status: statusLabel(request.status, tr) })}**${extension}`, { color: STATUS_COLOR[request.status], spacing: 'Small' });
}

/** The request's facts as a maker or admin reads them. */
export function requestFacts(request: EnvironmentRequest, options: { withRequester?: boolean } = {}, tr: Translator = ENGLISH): CardElement {
  const k = 'bot.environments.facts' as const;
  const pairs: Array<[string, string]> = [[tr.t(`${k}.reference`), request.reference]];
  if (options.withRequester) pairs.push([tr.t(`${k}.requestedBy`), plain(request.requesterName)]);
  pairs.push([tr.t(`${k}.type`), typeName(request.type, tr)], [tr.t(`${k}.region`), regionName(request.region, tr)]);
  pairs.push(['Dataverse', request.dataverse ? tr.t(`${k}.dataverseYes`, { lcid: request.languageLcid ?? '', currency: request.currencyCode ?? '' }) : tr.t(`${k}.no`)]);
  const classified = (DATA_CLASSIFICATIONS as readonly string[]).includes(request.dataClassification) ? tr.t(`${k}.classification.${request.dataClassification}`) : request.dataClassification;
  pairs.push([tr.t(`${k}.data`), classified], [tr.t(`${k}.expectedUsers`), tr.number(request.expectedUsers)]);
  if (request.securityGroupId) pairs.push([tr.t(`${k}.securityGroup`), request.securityGroupId]);
  if (request.expiresAt) pairs.push([tr.t(`${k}.expires`), dayOf(request.expiresAt, tr)]);
  else if (request.durationDays !== null) pairs.push([tr.t(`${k}.duration`), tr.t(`${k}.days`, { count: request.durationDays })]);
  else pairs.push([tr.t(`${k}.duration`), tr.t(`${k}.noExpiry`)]);
  if (request.environmentUrl) pairs.push([tr.t(`${k}.environment`), request.environmentUrl]);
  if (request.decidedAt) {
    const who = request.approval === 'auto' ? tr.t(`${k}.policy`) : plain(request.decidedByName ?? tr.t(`${k}.anAdmin`));
    pairs.push([tr.t(request.status === 'rejected' ? `${k}.rejectedBy` : `${k}.approvedBy`), `${who}, ${when(request.decidedAt, tr)}`]);
  }
  pairs.push([tr.t(`${k}.submitted`), when(request.createdAt, tr)]);
  return facts(pairs);
}

/** Failure, decision comment, pending extension: the sentences that explain the status. */
export function explanations(request: EnvironmentRequest, tr: Translator = ENGLISH): CardElement[] {
  const out: CardElement[] = [];
  if (request.status === 'failed' && request.failureReason) out.push(text(tr.t('bot.environments.whyFailed', { reason: plain(request.failureReason) }), { color: 'Attention' }));
  if (request.decisionComment) out.push(text(tr.t('bot.environments.comment', { comment: plain(request.decisionComment) })));
  if (request.pendingExtension) out.push(text(tr.t('bot.environments.extensionAsked', { count: request.pendingExtension.days, reason: plain(request.pendingExtension.reason) })));
  return out;
}

const SYSTEM_ACTORS = ['environment-policy', 'expiry-job', 'provisioning'] as const;

/** Who did a step: a person's name as stored, the app's own actors in the reader's language. */
function actorOf(entry: RequestHistoryEntry, tr: Translator): string {
  const system = SYSTEM_ACTORS.find((a) => a === entry.systemActor);
  return system ? tr.t(`bot.environments.systemActor.${system}`) : entry.actorName;
}

/** The last steps of the history, newest last. */
export function historyBlock(history: RequestHistoryEntry[], limit = 6, tr: Translator = ENGLISH): CardElement[] {
  if (!history.length) return [];
  const lines = history.slice(-limit).map((h) => `- ${when(h.at, tr)} · ${h.status ? statusLabel(h.status, tr) : h.action} · ${plain(actorOf(h, tr))}${h.comment ? ` — “${plain(h.comment)}”` : ''}`);
  return [text(tr.t('bot.environments.history'), { spacing: 'Medium' }), text(lines.join('\n'), { size: 'Small', spacing: 'Small' })];
}
