import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import type { Story } from '../../../src/domain/stories/types.js';
import { card, execute, heading, openUrl, plain, subtle, text } from '../kit.js';
import { day, storyBody } from './format.js';
import { STORY_VERBS } from './verbs.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';

/** What a showcase card shows. */
export interface ShowcaseView {
  story: Story;
  storyUrl: string;
  /** The uploaded picture's anonymous card address (domain storyLinks), when the story has one. */
  pictureUrl?: string | null;
  /**
   * Only in the card returned to the person who just pressed Kudos (everyone else gets the shared
   * card through the delivery engine): whether their kudos now stands.
   */
  viewerGaveKudos?: boolean;
  /** Who gave kudos, by name; shown under the story so kudos are a thank-you from people, not a number. */
  kudosFrom?: readonly string[];
  /** A refusal shown to the person who pressed (e.g. kudos for their own story). */
  notice?: string;
}

/** "Ada, Ben and 3 others": names the first few givers so the line stays one line on a phone. */
export function kudosNames(names: readonly string[], shown = 3, tr: Translator = ENGLISH): string {
  if (names.length <= shown) return names.length <= 1 ? (names[0] ?? '') : tr.t('bot.stories.namesAnd', { names: names.slice(0, -1).join(', '), last: names[names.length - 1]! });
  return tr.t('bot.stories.namesAndOthers', { names: names.slice(0, shown).join(', '), count: names.length - shown });
}

/** The kudos button: the count is on it, so the shared card needs no per-person text. */
export function kudosLabel(count: number, tr: Translator = ENGLISH): string {
  return count === 0 ? tr.t('bot.stories.giveKudos') : `👏 Kudos · ${tr.number(count)}`;
}

/**
 * A published story as posted to a showcase channel: title, who and where, image, problem,
 * solution, impact, and a kudos button whose count updates in place. Every piece of the author's
 * text is escaped, so Markdown or HTML in a story shows as typed.
 */
export function showcaseCard(view: ShowcaseView, tr: Translator = ENGLISH): AdaptiveCard {
  const { story } = view;
  if (story.status !== 'published') return removedCard(tr);
  const body: CardElement[] = [
    subtle(`🏆 **${tr.t('bot.stories.successStory')}** · ${plain(story.department)}`),
    heading(plain(story.title)),
    subtle(tr.t('bot.stories.sharedBy', { name: plain(story.authorName), date: day(story.publishedAt, tr) })),
  ];
  const picture = view.pictureUrl ?? story.imageUrl;
  if (picture) body.push({ type: 'Image', url: picture, altText: tr.t('bot.stories.imageAlt', { title: story.title }), size: 'Large', horizontalAlignment: 'Center', spacing: 'Medium' });
  body.push(...storyBody(story, undefined, tr));
  if (view.kudosFrom?.length) body.push(subtle(tr.t('bot.stories.kudosFrom', { names: plain(kudosNames(view.kudosFrom, 3, tr)) })));
  if (view.notice) body.push(text(`⚠ ${plain(view.notice)}`, { color: 'Attention', weight: 'Bolder' }));
  if (view.viewerGaveKudos !== undefined)
    body.push(subtle(tr.t(view.viewerGaveKudos ? 'bot.stories.youGaveKudos' : 'bot.stories.youTookKudosBack')));
  const actions: CardAction[] = [execute(kudosLabel(story.kudosCount, tr), STORY_VERBS.kudos, { storyId: story.id }, 'positive'), openUrl(tr.t('bot.stories.readFull'), view.storyUrl)];
  if (story.linkUrl) actions.push(openUrl(tr.t('bot.stories.seeInAction'), story.linkUrl));
  return card(body, actions);
}

/**
 * What replaces a showcase card when its story is deleted: the post stays, its content goes —
 * the title too, since a story may be taken down for what it says.
 */
export function removedCard(tr: Translator = ENGLISH): AdaptiveCard {
  return card([heading(tr.t('bot.stories.removed')), text(tr.t('bot.stories.removedBody'))]);
}
