import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { userChange, type UserChange } from '../../../src/domain/identity/types.js';
import { errorFieldsOf, errorMessageOf, translatorOf } from '../../locale.js';
import type { Translator } from '../../../src/i18n/translator.js';
import { z } from 'zod';
import type { RequestDraft } from '../../../src/domain/environments/validation.js';
import { isDomainError, ValidationError } from '../../../src/domain/shared/errors.js';
import { noticeCard } from '../../cards/error.js';
import { environmentFormCard } from '../../cards/environments/form.js';
import { environmentStatusCard, type EnvironmentStatusView } from '../../cards/environments/status.js';
import { ENV_VERBS } from '../../cards/environments/verbs.js';
import type { BotDeps } from '../../deps.js';
import { onCardAction } from '../card-action.js';
import { principalOf, turnInfo } from '../../turn.js';
import { formPolicy } from './preview.js';
import { requestRef } from './card-data.js';
import { cardInput, replyWithCard } from '../invoke-response.js';

const submitData = z.object({
  formId: z.string().min(8).max(64),
  displayName: cardInput(200),
  type: cardInput(40),
  region: cardInput(60),
  justification: cardInput(4000),
  dataverse: cardInput(10),
  languageLcid: cardInput(10),
  currencyCode: cardInput(10),
  securityGroupId: cardInput(80),
  dataClassification: cardInput(40),
  expectedUsers: cardInput(20),
  durationDays: cardInput(20),
});
const extendData = requestRef.extend({ extensionDays: cardInput(10), extensionReason: cardInput(2000) });

/** The maker's own request, as the person in this turn. */
function change(context: TurnContext): UserChange {
  const principal = principalOf(context);
  return userChange(principal, turnInfo(context).correlationId, { answeredInChat: principal.user.id });
}

const stale = (context: TurnContext) => noticeCard(translatorOf(context).t('bot.outdatedCard.title'), translatorOf(context).t('bot.environments.reply.staleBody'));

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
    if (!parsed.success) return replyWithCard(context, stale(context));
    const { formId, ...draft } = parsed.data;
    try {
      const { request, created } = await service.submit(change(context), draft as RequestDraft, formId);
      const tr = translatorOf(context);
      const headline = created ? thanks(request.status, request.reference, tr) : tr.t('bot.environments.reply.alreadySent');
      return replyWithCard(context, await statusCard(context, request.id, { headline }));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The same form again: same id (so a corrected resubmission is still one request), answers kept, errors beside the fields.
      const policy = await formPolicy(context, service.context, principalOf(context), draft as RequestDraft);
      return replyWithCard(context, environmentFormCard({ formId, options: service.formOptions(), values: draft, errors: errorFieldsOf(context, error), ...policy }, translatorOf(context)));
    }
  });

  onCardAction(app, deps, [ENV_VERBS.show, ENV_VERBS.refreshStatus], async (context, _state, data) => {
    const ref = requestRef.safeParse(data);
    if (!ref.success) return replyWithCard(context, stale(context));
    try {
      return replyWithCard(context, await statusCard(context, ref.data.requestId));
    } catch (error) {
      if (isDomainError(error)) return replyWithCard(context, noticeCard(translatorOf(context).t('bot.environments.reply.notFound'), errorMessageOf(context, error)));
      throw error;
    }
  });

  onCardAction(app, deps, ENV_VERBS.cancel, async (context, _state, data) => {
    const ref = requestRef.safeParse(data);
    if (!ref.success) return replyWithCard(context, stale(context));
    try {
      await service.cancel(change(context), ref.data.requestId);
      return replyWithCard(context, await statusCard(context, ref.data.requestId, { headline: translatorOf(context).t('bot.environments.reply.cancelled') }));
    } catch (error) {
      return replyWithCard(context, await refused(context, ref.data.requestId, error));
    }
  });

  onCardAction(app, deps, ENV_VERBS.extend, async (context, _state, data) => {
    const parsed = extendData.safeParse(data);
    if (!parsed.success) return replyWithCard(context, stale(context));
    const { requestId, extensionDays, extensionReason } = parsed.data;
    const days = /^\d{1,4}$/.test(extensionDays?.trim() ?? '') ? Number(extensionDays) : NaN;
    try {
      const updated = await service.requestExtension(change(context), requestId, days, extensionReason ?? '');
      const tr = translatorOf(context);
      const headline = updated.pendingExtension ? tr.t('bot.environments.reply.extensionWaiting') : tr.t('bot.environments.reply.extended', { date: expiryDay(updated.expiresAt, tr) });
      return replyWithCard(context, await statusCard(context, requestId, { headline }));
    } catch (error) {
      if (error instanceof ValidationError) {
        const errors = { days: errorFieldsOf(context, error).days ?? '', reason: errorFieldsOf(context, error).reason ?? '' };
        return replyWithCard(context, await statusCard(context, requestId, { notice: errorMessageOf(context, error), extension: { days: extensionDays, reason: extensionReason, errors } }));
      }
      return replyWithCard(context, await refused(context, requestId, error));
    }
  });

  /** A refused click (too late, not yours) shows the request as it is now, with the reason on top. */
  async function refused(context: TurnContext, requestId: string, error: unknown) {
    if (!isDomainError(error)) throw error;
    try {
      return await statusCard(context, requestId, { notice: errorMessageOf(context, error) });
    } catch {
      return noticeCard(translatorOf(context).t('bot.errors.didNotWork'), errorMessageOf(context, error));
    }
  }
}

function thanks(status: string, reference: string, tr: Translator): string {
  return tr.t(status === 'pending-approval' ? 'bot.environments.reply.thanksPending' : 'bot.environments.reply.thanksAuto', { reference });
}

/** The new expiry day: ISO in English (as it always read), the reader's own format otherwise. */
function expiryDay(iso: string | null, tr: Translator): string {
  if (!iso) return '';
  return tr.language === 'en' ? iso.slice(0, 10) : tr.date(iso, { dateStyle: 'medium', timeZone: 'UTC' });
}
