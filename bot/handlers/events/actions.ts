import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { EventService } from '../../../src/domain/events/service.js';
import { eventView } from '../../../src/domain/events/notifications.js';
import { RSVP_RESPONSES } from '../../../src/domain/events/types.js';
import { type Principal, userChange } from '../../../src/domain/identity/types.js';
import { isDomainError, NotFoundError, ValidationError } from '../../../src/domain/shared/errors.js';
import { baseConversationId } from '../../activity-parts.js';
import { noticeCard } from '../../cards/error.js';
import { eventCard } from '../../cards/events/event.js';
import { eventListCard } from '../../cards/events/list.js';
import { feedbackCard, feedbackThanksCard } from '../../cards/events/messages.js';
import { EVENT_VERBS } from '../../cards/events/verbs.js';
import type { AdaptiveCard } from '../../cards/types.js';
import type { BotDeps } from '../../deps.js';
import { onCardAction } from '../card-action.js';
import { principalOf, turnInfo } from '../../turn.js';
import { eventListView } from './list-view.js';
import { cardInput, replyWithCard } from '../invoke-response.js';
import type { Translator } from '../../../src/i18n/translator.js';
import { errorFieldsOf, errorMessageOf, translatorOf } from '../../locale.js';

/** Card data naming an event; anything else in a forged or stale payload is ignored. */
const eventRef = z.object({ eventId: z.string().uuid() }).passthrough();
const rsvpData = eventRef.extend({ response: z.enum(RSVP_RESPONSES), from: z.string().max(20).optional() });
const feedbackData = eventRef.extend({ rating: cardInput(2), comment: cardInput(5000) });

const STALE = (tr: Translator) => noticeCard(tr.t('bot.events.staleTitle'), tr.t('bot.events.staleBody'));

/** The event card for one reader: their own answer, the live counts and an optional line on top, in their language. */
async function personalEventCard(events: EventService, principal: Principal, eventId: string, tr: Translator, notice?: string | null): Promise<AdaptiveCard> {
  const d = await events.detail(principal, eventId);
  return eventCard({ event: eventView(d.event, events.ctx.links), counts: d.counts, standing: d.mine, waitlistPosition: d.waitlistPosition, notice }, tr);
}

/** RSVPs, card refresh, feedback and "announce here": each answers with a card for the person who clicked. */
export function registerEventActions(app: Application, deps: BotDeps): void {
  const events = deps.services.events;

  onCardAction(app, deps, EVENT_VERBS.rsvp, async (context, _state, raw) => {
    const tr = translatorOf(context);
    const parsed = rsvpData.safeParse(raw);
    if (!parsed.success) return replyWithCard(context, STALE(tr));
    const { eventId, response, from } = parsed.data;
    const principal = principalOf(context);
    let notice: string;
    try {
      const outcome = await events.respond(userChange(principal, turnInfo(context).correlationId), eventId, response);
      notice = tr.t(outcome.changed ? `bot.events.thanks.${outcome.standing}` : `bot.events.already.${outcome.standing}`);
    } catch (error) {
      // A cancelled or finished event still shows its card, with the reason the answer was not taken.
      if (!isDomainError(error) || error instanceof NotFoundError) throw error;
      notice = errorMessageOf(context, error);
    }
    if (from === 'list') return replyWithCard(context, eventListCard(await eventListView(deps, principal, notice), tr));
    return replyWithCard(context, await personalEventCard(events, principal, eventId, tr, notice));
  });

  onCardAction(app, deps, EVENT_VERBS.refresh, async (context, _state, raw) => {
    const tr = translatorOf(context);
    const parsed = eventRef.safeParse(raw);
    if (!parsed.success) return replyWithCard(context, STALE(tr));
    return replyWithCard(context, await personalEventCard(events, principalOf(context), parsed.data.eventId, tr));
  });

  onCardAction(app, deps, EVENT_VERBS.feedback, async (context, _state, raw) => {
    const parsed = feedbackData.safeParse(raw);
    if (!parsed.success) return replyWithCard(context, STALE(translatorOf(context)));
    const { eventId, rating, comment } = parsed.data;
    const principal = principalOf(context);
    const detail = await events.detail(principal, eventId);
    const payload = { event: eventView(detail.event, events.ctx.links), counts: detail.counts };
    try {
      const saved = await events.submitFeedback(userChange(principal, turnInfo(context).correlationId), eventId, rating ?? '', comment ?? '');
      const summary = (await events.detail(principal, eventId)).feedback;
      return replyWithCard(context, feedbackThanksCard(payload, saved, summary, translatorOf(context)));
    } catch (error) {
      // Nothing typed is lost: the same card comes back with the problem and the answers filled in.
      if (!(error instanceof ValidationError)) throw error;
      return replyWithCard(context, feedbackCard(payload, { error: Object.values(errorFieldsOf(context, error)).join(' ') || errorMessageOf(context, error), rating, comment }, translatorOf(context)));
    }
  });

  onCardAction(app, deps, EVENT_VERBS.announceHere, async (context: TurnContext, _state, raw) => {
    const parsed = eventRef.safeParse(raw);
    if (!parsed.success) return replyWithCard(context, STALE(translatorOf(context)));
    const principal = principalOf(context);
    const here = baseConversationId(context.activity.conversation?.id ?? '');
    const outcome = await events.announce(userChange(principal, turnInfo(context).correlationId), parsed.data.eventId, [here]);
    const message = outcome.announced.length
      ? 'The event card is on its way to this channel. People can RSVP on it and the counts update for everyone.'
      : 'This event is already announced here; its card keeps itself up to date.';
    return replyWithCard(context, await personalEventCard(events, principal, parsed.data.eventId, translatorOf(context), `📣 ${message}`));
  });
}
