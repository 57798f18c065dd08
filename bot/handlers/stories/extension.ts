import type { Application } from '@microsoft/teams-ai';
import { CardFactory, type MessagingExtensionResult, type TaskModuleTaskInfo, type TurnContext } from 'botbuilder';
import { errorFieldsOf, errorMessageOf, translatorOf } from '../../locale.js';
import { isDomainError, ValidationError } from '../../../src/domain/shared/errors.js';
import { storyLinks } from '../../../src/domain/stories/context.js';
import type { StoryDraft } from '../../../src/domain/stories/validation.js';
import { storyFormCard } from '../../cards/stories/form.js';
import { showcaseCard } from '../../cards/stories/showcase.js';
import { SHARE_STORY_COMMAND } from '../../cards/stories/verbs.js';
import type { BotDeps } from '../../deps.js';
import { turnInfo } from '../../turn.js';
import { change, formDraft, messageText, newSubmissionKey, storyFormData } from './input.js';

/**
 * "Share a success story" from the compose box or a message's "…" menu: a dialog with the story
 * form. A refused submission returns the same dialog with the answers kept and the errors beside
 * the fields. A story published at once (a champion's) is offered for insertion into the
 * conversation; one waiting for review is acknowledged.
 */
export function registerStoryExtension(app: Application, deps: BotDeps): void {
  const service = deps.services.stories;

  function dialog(context: TurnContext, submissionKey: string, values: StoryDraft, errors: Partial<Record<keyof StoryDraft, string>> = {}, notice?: string): TaskModuleTaskInfo {
    const tr = translatorOf(context);
    const card = storyFormCard({ mode: 'new', surface: 'dialog', submissionKey, options: service.formOptions(), values, errors, notice }, tr);
    return { title: tr.t('bot.stories.dialog.title'), width: 'large', height: 'large', card: CardFactory.adaptiveCard(card) };
  }

  app.messageExtensions.fetchTask(SHARE_STORY_COMMAND, async (context: TurnContext) => {
    // Started from a message: its text is a good first draft of "what you built".
    const solution = messageText(context.activity.value);
    return dialog(context, newSubmissionKey(), solution ? { solution } : {});
  });

  app.messageExtensions.submitAction(SHARE_STORY_COMMAND, async (context: TurnContext, _state, data: Record<string, unknown>): Promise<MessagingExtensionResult | TaskModuleTaskInfo | string> => {
    const parsed = storyFormData.safeParse(data);
    if (!parsed.success) return translatorOf(context).t('bot.stories.dialog.unreadable');
    const { submissionKey } = parsed.data;
    const values = formDraft(parsed.data);
    try {
      const { story } = await service.submit(change(context), values, submissionKey);
      if (story.status !== 'published')
        return translatorOf(context).t('bot.stories.dialog.withChampions', { title: story.title });
      const card = showcaseCard({ story, ...storyLinks(service.context, story) }, translatorOf(context));
      return { type: 'result', attachmentLayout: 'list', attachments: [{ ...CardFactory.adaptiveCard(card), preview: CardFactory.thumbnailCard(story.title, translatorOf(context).t('bot.stories.successStory')) }] };
    } catch (error) {
      if (error instanceof ValidationError) return dialog(context, submissionKey, values, errorFieldsOf(context, error));
      if (isDomainError(error)) return dialog(context, submissionKey, values, {}, errorMessageOf(context, error));
      turnInfo(context).logger.error({ err: error }, 'story dialog submit failed; the dialog was returned with its answers');
      return dialog(context, submissionKey, values, {}, translatorOf(context).t('bot.stories.form.ourSide', { id: turnInfo(context).correlationId }));
    }
  });
}
