import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { tenantAllowed } from '../../src/domain/identity/tenants.js';
import { conversationOf, profileOf, scopeOf, tenantIdOf } from '../activity-parts.js';
import type { BotDeps } from '../deps.js';
import { setTurnInfo } from '../turn.js';
import { noticeCard } from '../cards/error.js';
import { translatorOf } from '../locale.js';
import { CardFactory } from 'botbuilder';

/**
 * Runs before every handler: gives the turn a correlation id and logger, signs the person in
 * (profile + roles), refreshes the stored conversation reference and enforces the tenant allow-list.
 * Sign-in and the conversation record are remembered by their services for a minute, so a person
 * writing again soon costs no database work here (see IdentityService and ConversationService).
 * Returns false to stop the turn.
 */
export async function beforeTurn(context: TurnContext, deps: BotDeps): Promise<boolean> {
  const { activity } = context;
  // With resource-specific consent (the in-doubt lookup's read permission) Teams delivers every
  // message of a channel or group chat, not only those that @mention the bot. They are none of
  // our business: dropped here, before anything about their author is read or stored.
  if (!addressedToBot(activity)) return false;
  const correlationId = activity.id ? `${activity.id.slice(0, 24)}-${randomUUID().slice(0, 8)}` : randomUUID();
  const logger = deps.services.logger.child({ turn: correlationId, type: activity.type, name: activity.name });
  const tenantId = tenantIdOf(activity);
  if (!tenantAllowed(deps.tenants, tenantId)) {
    logger.warn({ tenantId }, 'turn from a tenant that is not allowed');
    if (activity.type === 'message') await context.sendActivity({ attachments: [CardFactory.adaptiveCard(noticeCard(translatorOf(context).t('bot.notAvailable.title'), translatorOf(context).t('bot.notAvailable.body')))] });
    return false;
  }
  const profile = profileOf(activity);
  const principal = profile ? await deps.services.identity.signIn(profile) : undefined;
  setTurnInfo(context, { correlationId, logger, scope: scopeOf(activity), principal });

  // Removal events must not re-register the conversation they remove.
  const removing = activity.type === 'installationUpdate' && activity.action?.startsWith('remove');
  const botRemoved = activity.membersRemoved?.some((m) => m.id === activity.recipient?.id);
  if (!removing && !botRemoved) {
    const conversation = conversationOf(activity, principal?.user.id ?? null);
    // Install events always write (a re-install must win over a removal elsewhere); other turns
    // skip the write when the same record was written within the last minute.
    const installing = activity.type === 'installationUpdate' || activity.type === 'conversationUpdate';
    if (conversation) await (installing ? deps.services.conversations.recordInstalled(conversation) : deps.services.conversations.recordActivity(conversation));
  }
  logger.debug({ user: principal?.user.id }, 'turn started');
  return true;
}

/** A message in a channel or group chat is for the bot only when it @mentions it (or is a card's submit). */
export function addressedToBot(activity: TurnContext['activity']): boolean {
  if (activity.type !== 'message' || scopeOf(activity) === 'personal' || activity.value) return true;
  return (Array.isArray(activity.entities) ? activity.entities : []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient?.id);
}
