import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import type { EnvironmentRequest } from '../../../src/domain/environments/types.js';
import { explanations, requestFacts, statusLine, when } from './details.js';
import { ENV_VERBS } from './verbs.js';
import { textInput } from '../inputs.js';
import { card, execute, heading, plain, subtle, text } from '../kit.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';

/** What the admin card shows. */
export interface EnvironmentAdminView {
  request: EnvironmentRequest;
  /** What happened last (shown to everyone in the channel). */
  headline?: string | null;
  /** The clicker's refused action, e.g. "Only a CoE admin can do that." (shown only to them). */
  notice?: string | null;
  /** Field errors and typed values of this card's inputs after a refused action. */
  inputs?: { comment?: string; environmentUrl?: string; environmentId?: string; errors?: Record<string, string> };
}

/**
 * The card in the CoE admins' channel. It always shows the current state (Action.Execute refresh
 * and in-place updates): the policy checks, then whatever an admin must do now — decide, record
 * a manually created environment, retry a failure, decide an extension — or who did what and when.
 */
export function environmentAdminCard(view: EnvironmentAdminView, tr: Translator = ENGLISH): AdaptiveCard {
  const { request } = view;
  const k = 'bot.environments.admin' as const;
  const body: CardElement[] = [heading(tr.t(`${k}.heading`, { name: plain(request.displayName) })), statusLine(request, tr)];
  if (view.notice) body.push(text(`⚠ ${plain(view.notice)}`, { color: 'Attention' }));
  if (view.headline) body.push(subtle(view.headline));
  body.push(requestFacts(request, { withRequester: true }, tr));
  body.push(text(tr.t(`${k}.justification`, { text: plain(request.justification) })));
  body.push(text(tr.t(`${k}.checks`), { spacing: 'Medium' }));
  body.push(text(request.checks.map((c) => `- ${c.passed ? '✅' : '❌'} ${c.label}: ${plain(c.detail)}`).join('\n'), { size: 'Small', spacing: 'Small' }));
  body.push(...explanations(request, tr));
  const { elements, actions } = nextStep(view, tr);
  body.push(...elements);
  return card(body, actions, {
    refresh: { action: { type: 'Action.Execute', title: tr.t('bot.tickets.refresh'), verb: ENV_VERBS.refreshAdmin, data: { requestId: request.id, verb: ENV_VERBS.refreshAdmin } } },
  });
}

function nextStep(view: EnvironmentAdminView, tr: Translator): { elements: CardElement[]; actions: CardAction[] } {
  const k = 'bot.environments.admin' as const;
  const { request } = view;
  const errors = view.inputs?.errors ?? {};
  const id = { requestId: request.id };
  const comment = (label: string) => textInput({ id: 'comment', label, multiline: true, maxLength: 1000, value: view.inputs?.comment, error: errors.comment });
  if (request.status === 'pending-approval') {
    return {
      elements: [comment(tr.t(`${k}.commentReject`))],
      actions: [execute(tr.t(`${k}.approve`), ENV_VERBS.approve, id, 'positive'), execute(tr.t(`${k}.reject`), ENV_VERBS.reject, id, 'destructive')],
    };
  }
  if (request.pendingExtension) {
    return {
      elements: [comment(tr.t(`${k}.commentDecline`))],
      actions: [execute(tr.t(`${k}.approveExtension`), ENV_VERBS.approveExtension, id, 'positive'), execute(tr.t(`${k}.declineExtension`), ENV_VERBS.rejectExtension, id, 'destructive')],
    };
  }
  const record = [
    textInput({ tr, id: 'environmentUrl', label: tr.t(`${k}.url`), required: true, value: view.inputs?.environmentUrl, error: errors.environmentUrl, placeholder: 'https://contoso-dev.crm4.dynamics.com/' }),
    textInput({ id: 'environmentId', label: tr.t(`${k}.id`), value: view.inputs?.environmentId, error: errors.environmentId }),
  ];
  if (request.status === 'provisioning' && request.provisioner === 'manual') {
    return { elements: [text(tr.t(`${k}.nextManual`)), ...record], actions: [execute(tr.t(`${k}.markProvisioned`), ENV_VERBS.markProvisioned, id, 'positive')] };
  }
  if (request.status === 'failed') {
    return {
      elements: [text(tr.t(`${k}.nextFailed`)), ...record],
      actions: [execute(tr.t(`${k}.retry`), ENV_VERBS.retry, id, 'positive'), execute(tr.t(`${k}.markProvisioned`), ENV_VERBS.markProvisioned, id)],
    };
  }
  if (request.status === 'provisioning') return { elements: [subtle(tr.t(`${k}.creating`))], actions: [] };
  return { elements: [subtle(tr.t(`${k}.nothingToDo`, { when: when(request.updatedAt, tr) }))], actions: [] };
}
