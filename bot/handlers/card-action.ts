import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { isDomainError } from '../../src/domain/shared/errors.js';
import { ENGLISH, type Translator } from '../../src/i18n/translator.js';
import { noticeCard } from '../cards/error.js';
import type { AdaptiveCard } from '../cards/types.js';
import type { BotDeps } from '../deps.js';
import { principalOf, turnInfo } from '../turn.js';
import { errorMessageOf, translatorOf } from '../locale.js';
import { SUBJECTS } from './card-subjects.js';
import { replyWithCard } from './invoke-response.js';
import { ruleOf, type CardVerb } from './verb-rules.js';
import { userActor, userChange } from '../../src/domain/identity/types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The answer for something this person may not see, and for something that does not exist: the
 * same card, so a card action cannot be used to learn which ids exist or what they hold.
 */
export const notFoundCard = (tr: Translator = ENGLISH): AdaptiveCard => noticeCard(tr.t('bot.cardAction.notFound'), tr.t('bot.cardAction.notFoundBody'));

const staleCard = (tr: Translator): AdaptiveCard => noticeCard(tr.t('bot.outdatedCard.title'), tr.t('bot.cardAction.staleBody'));

/** A card action's handler, run only once the verb's rule let the person through. */
export type CardActionHandler = (context: TurnContext, state: TurnState, data: Record<string, unknown>) => Promise<unknown>;

/**
 * Checks a card action against its rule (verb-rules.ts) before its handler runs: the subject the
 * card names must exist and be visible to this person under the tab API's rule, and the person
 * must hold the verb's roles. Refusals are audited as `<action>.denied` and answered with a card
 * that shows nothing of the subject.
 */
async function admit(context: TurnContext, deps: BotDeps, verb: string, data: Record<string, unknown>): Promise<AdaptiveCard | null> {
  const tr = translatorOf(context);
  const rule = ruleOf(verb);
  if (!rule) return staleCard(tr);
  if (!rule.subject) return null;
  const subject = SUBJECTS[rule.subject];
  const id = data[subject.field];
  if (typeof id !== 'string' || !UUID.test(id)) return staleCard(tr);
  const principal = principalOf(context);
  const { correlationId } = turnInfo(context);
  const entity = { type: subject.entityType, id };
  const visibility = await subject.visibility(deps, principal, id);
  if (visibility === 'removed') return subject.removedCard?.(tr) ?? notFoundCard(tr);
  if (visibility === 'missing') return notFoundCard(tr);
  if (visibility === 'hidden') {
    await deps.services.identity.recordDenied(userChange(principal, correlationId), rule.action, entity, { reason: 'not visible to this person', verb });
    return notFoundCard(tr);
  }
  if (rule.roles) {
    try {
      await deps.services.identity.requireRoles(userActor(principal), [...rule.roles], rule.action, entity);
    } catch (error) {
      if (isDomainError(error)) return noticeCard(tr.t('bot.errors.didNotWork'), errorMessageOf(context, error));
      throw error;
    }
  }
  return null;
}

/**
 * Registers Action.Execute verbs behind their rules. Every card verb goes through here (ESLint
 * refuses `adaptiveCards.actionExecute` elsewhere), so no verb can skip the check.
 */
export function onCardAction(app: Application, deps: BotDeps, verbs: CardVerb | readonly CardVerb[], handler: CardActionHandler): void {
  const list = typeof verbs === 'string' ? [verbs] : [...verbs];
  app.adaptiveCards.actionExecute(list, async (context, state, data) => {
    const verb = (context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
    const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    const refusal = await admit(context, deps, typeof verb === 'string' ? verb : '', fields);
    if (refusal) return replyWithCard(context, refusal);
    return handler(context, state, fields) as Promise<string | AdaptiveCard>;
  });
}
