import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { errorFieldsOf, errorMessageOf, translatorOf } from '../locale.js';
import { z } from 'zod';
import type { UserChange } from '../../src/domain/environments/service.js';
import type { RequestDraft } from '../../src/domain/environments/validation.js';
import { isDomainError, ValidationError } from '../../src/domain/shared/errors.js';
import { noticeCard } from '../cards/error.js';
import { environmentFormCard } from '../cards/environment-form.js';
import { environmentStatusCard, type EnvironmentStatusView } from '../cards/environment-status.js';
import { ENV_VERBS } from '../cards/environment-verbs.js';
import type { BotDeps } from '../deps.js';
import { onCardAction } from './card-action.js';
import { principalOf, turnInfo } from '../turn.js';
import { formPolicy } from './environment-preview.js';
import { answerWithCard, cardText, requestRef } from './environments-invoke.js';

const submitData = z.object({
  formId: z.string().min(8).max(64),
  displayName: cardText(200),
  type: cardText(40),
  region: cardText(60),
  justification: cardText(4000),
  dataverse: cardText(10),
  languageLcid: cardText(10),
  currencyCode: cardText(10),
  securityGroupId: cardText(80),
  dataClassification: cardText(40),
  expectedUsers: cardText(20),
  durationDays: cardText(20),
});
const extendData = requestRef.extend({ extensionDays: cardText(10), extensionReason: cardText(2000) });

/** The maker's own request, as the person in this turn. */
function change(context: TurnContext): UserChange {
  const principal = principalOf(context);
  return { actor: { kind: 'user', principal }, answeredInChat: principal.user.id, correlationId: turnInfo(context).correlationId };
}

const stale = () => noticeCard('This card is out of date', 'Type **my requests** to see your requests as they are now.');

/** The maker's card actions: submit the form, see a request, cancel it, ask for more time. */
export function registerEnvironmentActions(app: Application, deps: BotDeps): void {
  const service = deps.services.environments.service;
  const requestsUrl = deps.links.page('requests');

  /** The maker's status card for a request, with its history. */
  async function statusCard(context: TurnContext, requestId: string, extra: Partial<EnvironmentStatusView> = {}) {
    const { request, history } = await service.detail(change(context), requestId);
    return environmentStatusCard({ request, history, requestsUrl, ...extra }, translatorOf(context));
  }

  onCardAction(app, deps, ENV_VERBS.submit, async (context, _state, data) => {
    const parsed = submitData.safeParse(data);
    if (!parsed.success) return answerWithCard(context, stale());
    const { formId, ...draft } = parsed.data;
    try {
      const { request, created } = await service.submit(change(context), draft as RequestDraft, formId);
      const headline = created ? thanks(request.status, request.reference) : 'You already sent this form — here is the request it created.';
      return answerWithCard(context, await statusCard(context, request.id, { headline }));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The same form again: same id (so a corrected resubmission is still one request), answers kept, errors beside the fields.
      const policy = await formPolicy(context, service.context, principalOf(context), draft as RequestDraft);
      return answerWithCard(context, environmentFormCard({ formId, options: service.formOptions(), values: draft, errors: errorFieldsOf(context, error), ...policy }));
    }
  });

  onCardAction(app, deps, [ENV_VERBS.show, ENV_VERBS.refreshStatus], async (context, _state, data) => {
    const ref = requestRef.safeParse(data);
    if (!ref.success) return answerWithCard(context, stale());
    try {
      return answerWithCard(context, await statusCard(context, ref.data.requestId));
    } catch (error) {
      if (isDomainError(error)) return answerWithCard(context, noticeCard('Request not found', errorMessageOf(context, error)));
      throw error;
    }
  });

  onCardAction(app, deps, ENV_VERBS.cancel, async (context, _state, data) => {
    const ref = requestRef.safeParse(data);
    if (!ref.success) return answerWithCard(context, stale());
    try {
      await service.cancel(change(context), ref.data.requestId);
      return answerWithCard(context, await statusCard(context, ref.data.requestId, { headline: 'Cancelled. Nothing will be created.' }));
    } catch (error) {
      return answerWithCard(context, await refused(context, ref.data.requestId, error));
    }
  });

  onCardAction(app, deps, ENV_VERBS.extend, async (context, _state, data) => {
    const parsed = extendData.safeParse(data);
    if (!parsed.success) return answerWithCard(context, stale());
    const { requestId, extensionDays, extensionReason } = parsed.data;
    const days = /^\d{1,4}$/.test(extensionDays?.trim() ?? '') ? Number(extensionDays) : NaN;
    try {
      const updated = await service.requestExtension(change(context), requestId, days, extensionReason ?? '');
      const headline = updated.pendingExtension ? 'Your extension request is with the CoE; I’ll tell you their answer.' : `Extended — it now expires on ${updated.expiresAt?.slice(0, 10)}.`;
      return answerWithCard(context, await statusCard(context, requestId, { headline }));
    } catch (error) {
      if (error instanceof ValidationError) {
        const errors = { days: errorFieldsOf(context, error).days ?? '', reason: errorFieldsOf(context, error).reason ?? '' };
        return answerWithCard(context, await statusCard(context, requestId, { notice: errorMessageOf(context, error), extension: { days: extensionDays, reason: extensionReason, errors } }));
      }
      return answerWithCard(context, await refused(context, requestId, error));
    }
  });

  /** A refused click (too late, not yours) shows the request as it is now, with the reason on top. */
  async function refused(context: TurnContext, requestId: string, error: unknown) {
    if (!isDomainError(error)) throw error;
    try {
      return await statusCard(context, requestId, { notice: errorMessageOf(context, error) });
    } catch {
      return noticeCard("That didn't work", errorMessageOf(context, error));
    }
  }
}

function thanks(status: string, reference: string): string {
  if (status === 'pending-approval') return `Thanks! Your request ${reference} is with the CoE admins. I’ll message you when they decide.`;
  return `Approved automatically by the CoE policy (${reference}). I’ll message you when your environment is ready.`;
}
