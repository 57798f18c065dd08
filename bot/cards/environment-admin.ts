import type { EnvironmentRequest } from '../../src/domain/environments/types.js';
import { explanations, requestFacts, statusLine, when } from './environment-details.js';
import { ENV_VERBS } from './environment-verbs.js';
import { textInput } from './inputs.js';
import { card, execute, heading, plain, subtle, text } from './kit.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

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
export function environmentAdminCard(view: EnvironmentAdminView): AdaptiveCard {
  const { request } = view;
  const body: CardElement[] = [heading(`Environment request: ${plain(request.displayName)}`), statusLine(request)];
  if (view.notice) body.push(text(`⚠ ${plain(view.notice)}`, { color: 'Attention' }));
  if (view.headline) body.push(subtle(view.headline));
  body.push(requestFacts(request, { withRequester: true }));
  body.push(text(`**Justification:** ${plain(request.justification)}`));
  body.push(text('**Policy checks**', { spacing: 'Medium' }));
  body.push(text(request.checks.map((c) => `- ${c.passed ? '✅' : '❌'} ${c.label}: ${plain(c.detail)}`).join('\n'), { size: 'Small', spacing: 'Small' }));
  body.push(...explanations(request));
  const { elements, actions } = nextStep(view);
  body.push(...elements);
  return card(body, actions, {
    refresh: { action: { type: 'Action.Execute', title: 'Refresh', verb: ENV_VERBS.refreshAdmin, data: { requestId: request.id, verb: ENV_VERBS.refreshAdmin } } },
  });
}

function nextStep(view: EnvironmentAdminView): { elements: CardElement[]; actions: CardAction[] } {
  const { request } = view;
  const errors = view.inputs?.errors ?? {};
  const id = { requestId: request.id };
  const comment = (label: string) => textInput({ id: 'comment', label, multiline: true, maxLength: 1000, value: view.inputs?.comment, error: errors.comment });
  if (request.status === 'pending-approval') {
    return {
      elements: [comment('Comment for the maker (required to reject)')],
      actions: [execute('Approve', ENV_VERBS.approve, id, 'positive'), execute('Reject', ENV_VERBS.reject, id, 'destructive')],
    };
  }
  if (request.pendingExtension) {
    return {
      elements: [comment('Comment for the maker (required to decline)')],
      actions: [execute('Approve extension', ENV_VERBS.approveExtension, id, 'positive'), execute('Decline extension', ENV_VERBS.rejectExtension, id, 'destructive')],
    };
  }
  const record = [
    textInput({ id: 'environmentUrl', label: 'Environment URL', required: true, value: view.inputs?.environmentUrl, error: errors.environmentUrl, placeholder: 'https://contoso-dev.crm4.dynamics.com/' }),
    textInput({ id: 'environmentId', label: 'Environment id (optional)', value: view.inputs?.environmentId, error: errors.environmentId }),
  ];
  if (request.status === 'provisioning' && request.provisioner === 'manual') {
    return { elements: [text('**Next:** create the environment in the Power Platform admin center, then record its address here.'), ...record], actions: [execute('Mark provisioned', ENV_VERBS.markProvisioned, id, 'positive')] };
  }
  if (request.status === 'failed') {
    return {
      elements: [text('**Next:** retry the automatic creation, or create it by hand and record its address.'), ...record],
      actions: [execute('Retry provisioning', ENV_VERBS.retry, id, 'positive'), execute('Mark provisioned', ENV_VERBS.markProvisioned, id)],
    };
  }
  if (request.status === 'provisioning') return { elements: [subtle('Power Platform is creating the environment; this card updates when it is done.')], actions: [] };
  return { elements: [subtle(`Nothing to do. Last change ${when(request.updatedAt)}.`)], actions: [] };
}
