import { CardFactory, TeamsInfo, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { baseConversationId, channelData, scopeOf } from '../activity-parts.js';
import { welcomeCard } from '../cards/welcome.js';
import type { BotDeps } from '../deps.js';
import { turnInfo } from '../turn.js';
import { translatorOf } from '../locale.js';

/**
 * Install, uninstall and membership events. Teams sends both installationUpdate and
 * conversationUpdate for one install; the welcome is claimed once per conversation so it is sent once.
 */
export function registerLifecycle(app: Application, deps: BotDeps): void {
  app.activity('installationUpdate', async (context) => {
    const action = context.activity.action ?? 'add';
    if (action.startsWith('remove')) return removed(context, deps);
    await welcome(context, deps);
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const added = context.activity.membersAdded ?? [];
    const botAdded = added.some((m) => m.id === context.activity.recipient?.id);
    const personAddedToPersonalChat = scopeOf(context.activity) === 'personal' && added.some((m) => m.id !== context.activity.recipient?.id);
    if (botAdded || personAddedToPersonalChat) await welcome(context, deps);
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    if (context.activity.membersRemoved?.some((m) => m.id === context.activity.recipient?.id)) await removed(context, deps);
  });

  app.conversationUpdate('teamDeleted', async (context) => removed(context, deps));
  app.conversationUpdate('teamHardDeleted', async (context) => removed(context, deps));
  app.conversationUpdate('channelDeleted', async (context) => {
    const channelId = channelData(context.activity).channel?.id;
    if (channelId) await deps.services.conversations.recordRemoved(channelId);
  });
  // channelCreated / channelRenamed need no handler: beforeTurn records the channel from channelData.
}

async function welcome(context: TurnContext, deps: BotDeps): Promise<void> {
  const conversationId = context.activity.conversation?.id;
  if (!conversationId || !(await deps.services.conversations.claimWelcome(baseConversationId(conversationId)))) return;
  const { scope, logger } = turnInfo(context);
  const view = {
    userName: scope === 'personal' ? await personalName(context, deps) : null,
    scope,
    homeUrl: deps.links.page('home'),
    trainingUrl: deps.links.page('training'),
    eventsUrl: deps.links.page('events'),
  };
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(welcomeCard(view, translatorOf(context)))] });
  logger.info({ scope }, 'welcome sent');
}

async function removed(context: TurnContext, deps: BotDeps): Promise<void> {
  const teamId = channelData(context.activity).team?.id;
  if (scopeOf(context.activity) === 'channel' && teamId) await deps.services.conversations.recordTeamRemoved(teamId);
  else if (context.activity.conversation?.id) await deps.services.conversations.recordRemoved(baseConversationId(context.activity.conversation.id));
  turnInfo(context).logger.info('app removed from conversation');
}

/**
 * Install activities usually carry no name. Ask Teams for the member (bounded: the welcome must not
 * wait long) and remember the name; without it the welcome simply says "Welcome!".
 */
async function personalName(context: TurnContext, deps: BotDeps): Promise<string | null> {
  const info = turnInfo(context);
  const known = context.activity.from?.name?.trim();
  if (known) return known;
  const from = context.activity.from;
  if (!from?.id || !info.principal) return null;
  try {
    const member = await Promise.race([
      TeamsInfo.getMember(context, from.id),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2000).unref()),
    ]);
    const name = member?.name?.trim();
    if (!name) return null;
    const { user } = info.principal;
    info.principal = await deps.services.identity.signIn({ tenantId: user.tenantId, aadObjectId: user.aadObjectId, displayName: name, email: member?.email ?? member?.userPrincipalName ?? null });
    return name;
  } catch (error) {
    info.logger.debug({ err: error }, 'member lookup for the welcome failed');
    return null;
  }
}
