import type { Application } from '@microsoft/teams-ai';
import { isDomainError, ValidationError } from '../../../src/domain/shared/errors.js';
import { errorFieldsOf, errorMessageOf, translatorOf } from '../../locale.js';
import type { ModerationDecision } from '../../../src/domain/stories/types.js';
import { noticeCard } from '../../cards/error.js';
import { plain } from '../../cards/kit.js';
import { reviewCard } from '../../cards/stories/review.js';
import { STORY_VERBS, type StoryVerb } from '../../cards/stories/verbs.js';
import type { BotDeps } from '../../deps.js';
import { onCardAction } from '../card-action.js';
import { replyWithCard } from '../invoke-response.js';
import { change, moderationData } from './input.js';

const DECISIONS: Array<[StoryVerb, ModerationDecision]> = [
  [STORY_VERBS.approve, 'approve'],
  [STORY_VERBS.requestChanges, 'request-changes'],
  [STORY_VERBS.decline, 'decline'],
];

const DONE = { approve: 'bot.storyReview.published', 'request-changes': 'bot.storyReview.changesRequested', decline: 'bot.storyReview.declined' } as const;

/**
 * The moderators' review card: approve, request changes, decline. The person who pressed gets the
 * card back at once (with the outcome, or why not and their note kept); everyone else in the
 * channel sees the update through the delivery engine.
 */
export function registerStoryReview(app: Application, deps: BotDeps): void {
  const service = deps.services.stories;
  for (const [verb, decision] of DECISIONS) {
    onCardAction(app, deps, verb, async (context, _state, data) => {
      const parsed = moderationData.safeParse(data);
      if (!parsed.success) return replyWithCard(context, noticeCard(translatorOf(context).t('bot.outdatedCard.title'), translatorOf(context).t('bot.stories.reviewStaleBody')));
      const { storyId, version, comment } = parsed.data;
      const storyUrl = service.context.storyUrl(storyId);
      try {
        const story = await service.moderate(change(context), storyId, decision, comment, version);
        const done = translatorOf(context).t(DONE[decision], { title: plain(story.title), author: plain(story.authorName) });
        return replyWithCard(context, reviewCard({ story, storyUrl, done }, translatorOf(context)));
      } catch (error) {
        if (!isDomainError(error)) throw error;
        // The card as it is now, with why nothing happened and the note as typed.
        const current = await service.find(storyId);
        if (!current) return replyWithCard(context, noticeCard(translatorOf(context).t('bot.errors.didNotWork'), errorMessageOf(context, error)));
        const commentError = error instanceof ValidationError ? errorFieldsOf(context, error)['comment'] : undefined;
        return replyWithCard(context, reviewCard({ story: current, storyUrl, comment, commentError, notice: commentError ? undefined : errorMessageOf(context, error) }, translatorOf(context)));
      }
    });
  }
}
