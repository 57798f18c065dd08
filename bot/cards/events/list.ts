import type { EventView } from '../../../src/domain/events/notifications.js';
import type { RsvpStanding } from '../../../src/domain/events/rsvp-rules.js';
import type { EventCounts, RsvpResponse } from '../../../src/domain/events/types.js';
import { countsLine, readerTime, standingLine } from './format.js';
import { EVENT_VERBS } from './verbs.js';
import { card, execute, heading, plain, subtle, text } from '../kit.js';
import { MAX_CARD_ACTIONS, type AdaptiveCard, type CardAction, type CardElement } from '../types.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';

export interface EventListItem {
  event: EventView;
  counts: EventCounts;
  standing: RsvpStanding | null;
}

export interface EventListView {
  items: EventListItem[];
  allEventsUrl: string;
  notice?: string | null;
}

/** Events listed in one card: two buttons each, so three events stay within Teams' six actions. */
export const EVENTS_PER_CARD = MAX_CARD_ACTIONS / 2;

/** The two answers a person has not given yet (with their current one, a third button would not fit). */
function otherAnswers(standing: RsvpStanding | null): Array<['going' | 'maybe' | 'notGoing', RsvpResponse]> {
  if (standing === 'going' || standing === 'waitlisted') return [['maybe', 'maybe'], ['notGoing', 'not-going']];
  if (standing === 'maybe') return [['going', 'going'], ['notGoing', 'not-going']];
  return [['going', 'going'], ['maybe', 'maybe']];
}

function item(i: EventListItem, tr: Translator): CardElement {
  const actions: CardAction[] = otherAnswers(i.standing).map(([title, response]) =>
    execute(tr.t(`bot.events.${title}`), EVENT_VERBS.rsvp, { eventId: i.event.id, response, from: 'list' }, response === 'going' ? 'positive' : undefined),
  );
  const mine = standingLine(i.standing, null, tr);
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      subtle(tr.t(`events.type.${i.event.type}`).toLocaleUpperCase(tr.locale)),
      text(`**[${plain(i.event.title)}](${i.event.pageUrl})**`, { spacing: 'None' }),
      text(`🗓️ ${readerTime(i.event)}`, { spacing: 'Small' }),
      subtle(countsLine(i.counts, tr)),
      ...(mine ? [text(mine, { spacing: 'Small', size: 'Small' })] : []),
      { type: 'ActionSet', actions },
    ],
  };
}

/** "events": the next few events with RSVP buttons and a link to all of them in the tab. */
export function eventListCard(view: EventListView, tr: Translator = ENGLISH): AdaptiveCard {
  const shown = view.items.slice(0, EVENTS_PER_CARD);
  const body: CardElement[] = [heading(tr.t('bot.events.upcoming'))];
  if (view.notice) body.push(text(view.notice, { weight: 'Bolder' }));
  if (!shown.length) body.push(text(tr.t('bot.events.nothingScheduled')));
  body.push(...shown.map((i) => item(i, tr)));
  const more = view.items.length - shown.length;
  body.push(text(more > 0 ? tr.t('bot.events.seeMore', { count: more, url: view.allEventsUrl }) : tr.t('bot.events.seeAll', { url: view.allEventsUrl }), { spacing: 'Medium' }));
  return card(body);
}

export interface AnnouncePickerView {
  events: Array<{ event: EventView; announcedHere: boolean }>;
  channelName: string | null;
}

/** What an admin sees after "announce" in a channel: upcoming events, each with "Announce here". */
export function announcePickerCard(view: AnnouncePickerView, tr: Translator = ENGLISH): AdaptiveCard {
  const k = 'bot.announce' as const;
  const pick = view.channelName ? tr.t(`${k}.pickIn`, { channel: plain(view.channelName) }) : tr.t(`${k}.pickHere`);
  const body: CardElement[] = [heading(tr.t(`${k}.heading`)), text(pick)];
  if (!view.events.length) body.push(text(tr.t(`${k}.none`)));
  for (const { event, announcedHere } of view.events.slice(0, MAX_CARD_ACTIONS)) {
    body.push({
      type: 'Container',
      separator: true,
      items: [
        text(`**${plain(event.title)}**`),
        text(`🗓️ ${readerTime(event)}`, { spacing: 'Small' }),
        announcedHere
          ? subtle(tr.t(`${k}.already`))
          : { type: 'ActionSet', actions: [execute(tr.t(`${k}.here`), EVENT_VERBS.announceHere, { eventId: event.id }, 'positive')] },
      ],
    });
  }
  return card(body);
}
