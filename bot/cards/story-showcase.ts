import type { Story } from '../../src/domain/stories/types.js';
import { card, execute, heading, openUrl, plain, subtle, text } from './kit.js';
import { day, storyBody } from './story-format.js';
import { STORY_VERBS } from './story-verbs.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

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
export function kudosNames(names: readonly string[], shown = 3): string {
  if (names.length <= shown) return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const rest = names.length - shown;
  return `${names.slice(0, shown).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
}

/** The kudos button: the count is on it, so the shared card needs no per-person text. */
export function kudosLabel(count: number): string {
  return count === 0 ? '👏 Give kudos' : `👏 Kudos · ${count}`;
}

/**
 * A published story as posted to a showcase channel: title, who and where, image, problem,
 * solution, impact, and a kudos button whose count updates in place. Every piece of the author's
 * text is escaped, so Markdown or HTML in a story shows as typed.
 */
export function showcaseCard(view: ShowcaseView): AdaptiveCard {
  const { story } = view;
  if (story.status !== 'published') return removedCard();
  const body: CardElement[] = [
    subtle(`🏆 **Success story** · ${plain(story.department)}`),
    heading(plain(story.title)),
    subtle(`Shared by ${plain(story.authorName)} · ${day(story.publishedAt)}`),
  ];
  const picture = view.pictureUrl ?? story.imageUrl;
  if (picture) body.push({ type: 'Image', url: picture, altText: `Image for the story “${story.title}”`, size: 'Large', horizontalAlignment: 'Center', spacing: 'Medium' });
  body.push(...storyBody(story));
  if (view.kudosFrom?.length) body.push(subtle(`👏 Kudos from ${plain(kudosNames(view.kudosFrom))}`));
  if (view.notice) body.push(text(`⚠ ${plain(view.notice)}`, { color: 'Attention', weight: 'Bolder' }));
  if (view.viewerGaveKudos !== undefined)
    body.push(subtle(view.viewerGaveKudos ? '✅ You gave kudos. Press the button again to take it back.' : 'You took your kudos back.'));
  const actions: CardAction[] = [execute(kudosLabel(story.kudosCount), STORY_VERBS.kudos, { storyId: story.id }, 'positive'), openUrl('Read the full story', view.storyUrl)];
  if (story.linkUrl) actions.push(openUrl('See it in action', story.linkUrl));
  return card(body, actions);
}

/**
 * What replaces a showcase card when its story is deleted: the post stays, its content goes —
 * the title too, since a story may be taken down for what it says.
 */
export function removedCard(): AdaptiveCard {
  return card([heading('This story was removed'), text('It is no longer shared. Thank you to everyone who gave kudos.')]);
}
