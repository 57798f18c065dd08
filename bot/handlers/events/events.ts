import { CardFactory, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { eventView } from '../../../src/domain/events/notifications.js';
import { userChange } from '../../../src/domain/identity/types.js';
import { baseConversationId, channelData } from '../../activity-parts.js';
import { announcePickerCard, eventListCard } from '../../cards/events/list.js';
import type { BotDeps } from '../../deps.js';
import { principalOf, turnInfo } from '../../turn.js';
import { eventListView, UPCOMING } from './list-view.js';
import { registerEventActions } from './actions.js';
import { translatorOf } from '../../locale.js';

/** Community events in chat: "events" for everyone, "announce" for coe-admins in a channel, and the card actions. */
export function registerEvents(app: Application, deps: BotDeps): void {
  deps.router.register({
    id: 'events',
    title: 'Events',
    description: 'See upcoming office hours, community calls and webinars, and RSVP right from the card.',
    example: 'events',
    patterns: [/^(?:show |list )?(?:upcoming |my |community )?events?$/, /^(?:office hours|what'?s on|rsvp)$/],
    run: (context) => sendEventList(context, deps),
  });
  deps.router.register({
    id: 'announce-event',
    title: 'Announce an event',
    description: 'In a channel: post an upcoming event with RSVP buttons and live counts.',
    example: 'announce',
    audience: 'coe-admin',
    patterns: [/^announce(?: (?:an? |the )?(?:event|events))?$/],
    run: (context) => sendAnnouncePicker(context, deps),
  });
  registerEventActions(app, deps);
}

async function sendEventList(context: TurnContext, deps: BotDeps): Promise<void> {
  const card = eventListCard(await eventListView(deps, principalOf(context)), translatorOf(context));
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}

/**
 * "announce" in a channel: the admin picks which event to post there. In a personal chat there is
 * no channel to post to, so the admin is pointed to the channel or the tab.
 */
async function sendAnnouncePicker(context: TurnContext, deps: BotDeps): Promise<void> {
  const { scope } = turnInfo(context);
  const by = userChange(principalOf(context), turnInfo(context).correlationId);
  const events = deps.services.events;
  // Checks the role (and audits a refusal) before showing anything.
  await events.announceTargets(by);
  if (scope === 'personal') {
    await context.sendActivity(translatorOf(context).t('bot.announce.inPersonalChat'));
    return;
  }
  const here = baseConversationId(context.activity.conversation?.id ?? '');
  const list = await events.list(by.actor.principal, { when: 'upcoming', limit: UPCOMING });
  const picks = [];
  for (const s of list.filter((x) => x.event.status === 'scheduled')) {
    const announced = await events.announcedIn(by, s.event.id);
    picks.push({ event: eventView(s.event, events.ctx.links), announcedHere: announced.has(here) });
  }
  const card = announcePickerCard({ events: picks, channelName: channelData(context.activity).channel?.name ?? null }, translatorOf(context));
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
