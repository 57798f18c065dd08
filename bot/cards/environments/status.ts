import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import type { EnvironmentRequest, RequestHistoryEntry } from '../../../src/domain/environments/types.js';
import { LIVE_STATUSES } from '../../../src/domain/environments/types.js';
import { explanations, historyBlock, requestFacts, statusLine } from './details.js';
import { ENV_VERBS } from './verbs.js';
import { numberInput, textInput } from '../inputs.js';
import { card, execute, heading, openUrl, plain, sendText, text } from '../kit.js';
import type { AdaptiveCard, CardAction } from '../types.js';

/** What the maker's status card shows. */
export interface EnvironmentStatusView {
  request: EnvironmentRequest;
  /** What just happened, e.g. "Approved by Ada Admin." */
  headline?: string | null;
  /** The outcome of the maker's last click when it was refused (stale card, too late to cancel). */
  notice?: string | null;
  history?: RequestHistoryEntry[];
  /** The tab's My requests page; without it (a proactive message) the button asks the bot instead. */
  requestsUrl?: string;
  /** Errors of the extension inputs, with what was typed. */
  extension?: { days?: string; reason?: string; errors?: Record<string, string> };
}

/** A maker's own request: status, details, history and what they can do now. Refreshes itself. */
export function environmentStatusCard(view: EnvironmentStatusView, tr: Translator = ENGLISH): AdaptiveCard {
  const { request } = view;
  const k = 'bot.environments' as const;
  const body = [heading(plain(request.displayName)), statusLine(request, tr)];
  if (view.notice) body.push(text(`⚠ ${plain(view.notice)}`, { color: 'Attention' }));
  if (view.headline) body.push(text(view.headline));
  body.push(requestFacts(request, {}, tr), ...explanations(request, tr), ...historyBlock(view.history ?? [], 6, tr));

  const actions: CardAction[] = [];
  if (request.environmentUrl && LIVE_STATUSES.includes(request.status)) actions.push(openUrl(tr.t(`${k}.open`), request.environmentUrl));
  if (['submitted', 'pending-approval', 'failed'].includes(request.status)) actions.push(execute(tr.t(`${k}.cancel`), ENV_VERBS.cancel, { requestId: request.id }, 'destructive'));
  if (LIVE_STATUSES.includes(request.status) && request.expiresAt && !request.pendingExtension) actions.push(extensionAction(view, tr));
  actions.push(view.requestsUrl ? openUrl(tr.t(`${k}.myRequests`), view.requestsUrl) : sendText(tr.t(`${k}.myRequests`), 'my requests'));
  return card(body, actions, {
    refresh: { action: { type: 'Action.Execute', title: tr.t('bot.tickets.refresh'), verb: ENV_VERBS.refreshStatus, data: { requestId: request.id, verb: ENV_VERBS.refreshStatus } } },
  });
}

/** "Request more time": a small form that opens in the card. */
function extensionAction(view: EnvironmentStatusView, tr: Translator): CardAction {
  const errors = view.extension?.errors ?? {};
  return {
    type: 'Action.ShowCard',
    title: tr.t('bot.environments.moreTime'),
    card: {
      type: 'AdaptiveCard',
      body: [
        numberInput({ tr, id: 'extensionDays', label: tr.t('bot.environments.extraDays'), required: true, min: 1, value: view.extension?.days ?? '30', error: errors.days }),
        textInput({ tr, id: 'extensionReason', label: tr.t('bot.environments.whyLonger'), required: true, multiline: true, maxLength: 1000, value: view.extension?.reason, error: errors.reason }),
      ],
      actions: [execute(tr.t('bot.environments.sendExtension'), ENV_VERBS.extend, { requestId: view.request.id }, 'positive')],
    },
  };
}
