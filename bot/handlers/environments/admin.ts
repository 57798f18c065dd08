import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { errorFieldsOf, errorMessageOf, translatorOf } from '../../locale.js';
import { isDomainError, ValidationError } from '../../../src/domain/shared/errors.js';
import { noticeCard } from '../../cards/error.js';
import { environmentAdminCard, type EnvironmentAdminView } from '../../cards/environments/admin.js';
import { environmentStatusCard } from '../../cards/environments/status.js';
import { type ChangeContext, hasRole, userChange } from '../../../src/domain/identity/types.js';
import { ENV_VERBS, type EnvVerb } from '../../cards/environments/verbs.js';
import type { BotDeps } from '../../deps.js';
import { onCardAction } from '../card-action.js';
import { principalOf, turnInfo } from '../../turn.js';
import { requestRef } from './card-data.js';
import { cardInput, replyWithCard } from '../invoke-response.js';

const adminData = requestRef.extend({ comment: cardInput(2000), environmentUrl: cardInput(400), environmentId: cardInput(100) });
type AdminData = ReturnType<typeof adminData.parse>;
/** What the clicker is told they did (bot.environments.admin.done.*). */
type AdminDone = 'approve' | 'reject' | 'markProvisioned' | 'retry' | 'approveExtension' | 'rejectExtension';

const stale = (context: TurnContext) => noticeCard(translatorOf(context).t('bot.outdatedCard.title'), translatorOf(context).t('bot.environments.admin.staleBody'));

/**
 * The admin card's actions. Only coe-admins get this far (the verb rules, checked and audited
 * before any handler); the service checks again. The clicker then sees the card as it is now,
 * with the reason on top when their click was refused (a decided request, a missing comment).
 */
export function registerEnvironmentAdminActions(app: Application, deps: BotDeps): void {
  const service = deps.services.environments.service;

  async function current(context: TurnContext, requestId: string, extra: Partial<EnvironmentAdminView> = {}) {
    const request = await service.find(requestId);
    return request ? environmentAdminCard({ request, ...extra }, translatorOf(context)) : stale(context);
  }

  function change(context: TurnContext): ChangeContext {
    const principal = principalOf(context);
    return userChange(principal, turnInfo(context).correlationId, { answeredInChat: principal.user.id });
  }

  /** Registers one admin verb: run the service call, answer with the current card. */
  function on(verb: EnvVerb, act: (ctx: ChangeContext, data: AdminData) => Promise<unknown>, done: AdminDone) {
    onCardAction(app, deps, verb, async (context, _state, raw) => {
      const parsed = adminData.safeParse(raw);
      if (!parsed.success) return replyWithCard(context, stale(context));
      const data = parsed.data;
      try {
        await act(change(context), data);
        return replyWithCard(context, await current(context, data.requestId, { headline: translatorOf(context).t(`bot.environments.admin.done.${done}`) }));
      } catch (error) {
        if (!isDomainError(error)) throw error;
        const inputs = { comment: data.comment, environmentUrl: data.environmentUrl, environmentId: data.environmentId, errors: error instanceof ValidationError ? errorFieldsOf(context, error) : {} };
        return replyWithCard(context, await current(context, data.requestId, { notice: errorMessageOf(context, error), inputs }));
      }
    });
  }

  on(ENV_VERBS.approve, (ctx, d) => service.approve(ctx, d.requestId, d.comment), 'approve');
  on(ENV_VERBS.reject, (ctx, d) => service.reject(ctx, d.requestId, d.comment), 'reject');
  on(ENV_VERBS.markProvisioned, (ctx, d) => service.markProvisioned(ctx, d.requestId, d.environmentUrl ?? '', d.environmentId), 'markProvisioned');
  on(ENV_VERBS.retry, (ctx, d) => service.retry(ctx, d.requestId), 'retry');
  on(ENV_VERBS.approveExtension, (ctx, d) => service.decideExtension(ctx, d.requestId, true, d.comment), 'approveExtension');
  on(ENV_VERBS.rejectExtension, (ctx, d) => service.decideExtension(ctx, d.requestId, false, d.comment), 'rejectExtension');

  // The card as this viewer may see it (the guard let only the requester and coe-admins through):
  // admins get the admin card with its actions, the requester their own status card.
  onCardAction(app, deps, ENV_VERBS.refreshAdmin, async (context, _state, raw) => {
    const ref = requestRef.safeParse(raw);
    if (!ref.success) return replyWithCard(context, stale(context));
    if (hasRole(principalOf(context), 'coe-admin')) return replyWithCard(context, await current(context, ref.data.requestId));
    const { request, history } = await service.detail(change(context), ref.data.requestId);
    return replyWithCard(context, environmentStatusCard({ request, history, requestsUrl: deps.links.page('requests') }, translatorOf(context)));
  });
}
