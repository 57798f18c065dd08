import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { errorFieldsOf, errorMessageOf, translatorOf } from '../../locale.js';
import type { TranslationKey } from '../../../src/i18n/catalogues.js';
import { ConflictError, ForbiddenError, isDomainError, NotFoundError, ValidationError } from '../../../src/domain/shared/errors.js';
import { storyLinks } from '../../../src/domain/stories/context.js';
import { draftOf } from '../../../src/domain/stories/validation.js';
import { errorCard, noticeCard } from '../../cards/error.js';
import { authorCard, deleteConfirmCard } from '../../cards/stories/author.js';
import { storyFormCard, type StoryFormView } from '../../cards/stories/form.js';
import { removedCard, showcaseCard } from '../../cards/stories/showcase.js';
import { STORY_VERBS, type StoryVerb } from '../../cards/stories/verbs.js';
import type { AdaptiveCard } from '../../cards/types.js';
import type { BotDeps } from '../../deps.js';
import { onCardAction } from '../card-action.js';
import { principalOf, turnInfo } from '../../turn.js';
import { replyWithCard } from '../invoke-response.js';
import { change, formDraft, newSubmissionKey, storyFormData, storyRef } from './input.js';

const stale = (context: TurnContext) => noticeCard(translatorOf(context).t('bot.outdatedCard.title'), translatorOf(context).t('bot.stories.staleBody'));

/** A refusal by the domain becomes a notice with its message; anything else is left to the turn's error handling. */
const refusal = (title: TranslationKey) => (error: unknown, context: TurnContext) => (isDomainError(error) ? noticeCard(translatorOf(context).t(title), errorMessageOf(context, error)) : undefined);

/** The author's card actions (submit, edit, save, delete) and everyone's kudos button. */
export function registerStoryActions(app: Application, deps: BotDeps): void {
  const service = deps.services.stories;
  const url = (id: string) => service.context.storyUrl(id);

  /** Answers with `card`, or — when the work failed — with what the person may do now, never a lost form. */
  async function run(context: TurnContext, work: () => Promise<AdaptiveCard>, onError: (error: unknown) => AdaptiveCard | undefined | Promise<AdaptiveCard | undefined>): Promise<AdaptiveCard> {
    try {
      return await replyWithCard(context, await work());
    } catch (error) {
      const card = await onError(error);
      if (!card) throw error;
      if (!isDomainError(error)) turnInfo(context).logger.error({ err: error }, 'story action failed; the form was returned with its answers');
      return replyWithCard(context, card);
    }
  }

  /** The form again with the answers kept: errors next to the fields, or a notice above them. */
  function formAgain(context: TurnContext, view: Omit<StoryFormView, 'options' | 'surface' | 'errors' | 'notice'>, error: unknown): AdaptiveCard {
    const tr = translatorOf(context);
    const base = { ...view, surface: 'chat' as const, options: service.formOptions() };
    if (error instanceof ValidationError) return storyFormCard({ ...base, errors: errorFieldsOf(context, error), notice: Object.keys(errorFieldsOf(context, error)).length ? undefined : errorMessageOf(context, error) }, tr);
    if (isDomainError(error)) return storyFormCard({ ...base, errors: {}, notice: errorMessageOf(context, error) }, tr);
    return storyFormCard({ ...base, errors: {}, notice: tr.t('bot.stories.form.ourSide', { id: turnInfo(context).correlationId }) }, tr);
  }

  /**
   * An action on one story named by the card: a card without a readable story id is out of date;
   * otherwise `work` answers, and `onError` says what a failure leaves the person.
   */
  function onStoryAction(verb: StoryVerb, work: (context: TurnContext, storyId: string) => Promise<AdaptiveCard>, onError: (error: unknown, context: TurnContext, storyId: string) => AdaptiveCard | undefined | Promise<AdaptiveCard | undefined>): void {
    onCardAction(app, deps, verb, async (context, _state, data) => {
      const ref = storyRef.safeParse(data);
      if (!ref.success) return replyWithCard(context, stale(context));
      return run(
        context,
        () => work(context, ref.data.storyId),
        (error) => onError(error, context, ref.data.storyId),
      );
    });
  }

  onCardAction(app, deps, STORY_VERBS.submit, async (context, _state, data) => {
    const parsed = storyFormData.safeParse(data);
    if (!parsed.success) return replyWithCard(context, stale(context));
    const { submissionKey } = parsed.data;
    const values = formDraft(parsed.data);
    return run(
      context,
      async () => {
        const { story, created } = await service.submit(change(context), values, submissionKey);
        return authorCard({ story, storyUrl: url(story.id), headline: created ? undefined : translatorOf(context).t('bot.stories.alreadySent') }, translatorOf(context));
      },
      (error) => formAgain(context, { mode: 'new', submissionKey, values }, error),
    );
  });

  onStoryAction(
    STORY_VERBS.edit,
    async (context, storyId) => {
      const view = await service.detail(principalOf(context), storyId);
      const tr = translatorOf(context);
      if (!view.canEdit) return noticeCard(tr.t('bot.stories.cantEdit'), tr.t(view.story.status === 'declined' ? 'bot.stories.cantEditDeclined' : 'bot.stories.cantEditNotAuthor'));
      const { story } = view;
      return storyFormCard({ mode: 'edit', surface: 'chat', submissionKey: newSubmissionKey(), storyId: story.id, version: story.version, options: service.formOptions(), values: draftOf(story), errors: {} }, tr);
    },
    refusal('bot.stories.cantEdit'),
  );

  onCardAction(app, deps, STORY_VERBS.save, async (context, _state, data) => {
    const parsed = storyFormData.safeParse(data);
    if (!parsed.success || !parsed.data.storyId) return replyWithCard(context, stale(context));
    const { submissionKey, storyId, version } = parsed.data;
    const values = formDraft(parsed.data);
    return run(
      context,
      async () => authorCard({ story: await service.update(change(context), storyId, values, version), storyUrl: url(storyId), headline: translatorOf(context).t('bot.stories.saved') }, translatorOf(context)),
      async (error) => {
        if (error instanceof NotFoundError) return noticeCard(translatorOf(context).t('bot.stories.gone'), errorMessageOf(context, error));
        // A stale form comes back with the current version, so saving again (after a look) goes through.
        const current = error instanceof ConflictError ? ((await service.find(storyId))?.version ?? version) : version;
        return formAgain(context, { mode: 'edit', submissionKey, storyId, version: current, values }, error);
      },
    );
  });

  onStoryAction(
    STORY_VERBS.remove,
    async (context, storyId) => {
      const view = await service.detail(principalOf(context), storyId);
      return view.canDelete ? deleteConfirmCard(view.story, translatorOf(context)) : noticeCard(translatorOf(context).t('bot.stories.cantDelete'), translatorOf(context).t('bot.stories.cantDeleteBody'));
    },
    refusal('bot.stories.gone'),
  );

  onStoryAction(
    STORY_VERBS.removeConfirmed,
    async (context, storyId) => {
      const story = await service.remove(change(context), storyId);
      return story.authorId === principalOf(context).user.id ? authorCard({ story, storyUrl: url(story.id) }, translatorOf(context)) : noticeCard(translatorOf(context).t('bot.stories.removedNotice'), translatorOf(context).t('bot.stories.removedNoticeBody'));
    },
    refusal('bot.errors.didNotWork'),
  );

  onStoryAction(
    STORY_VERBS.show,
    async (context, storyId) => {
      const { story } = await service.detail(principalOf(context), storyId);
      return story.authorId === principalOf(context).user.id ? authorCard({ story, storyUrl: url(story.id) }, translatorOf(context)) : showcaseCard({ story, ...storyLinks(service.context, story) }, translatorOf(context));
    },
    refusal('bot.stories.notFound'),
  );

  onStoryAction(
    STORY_VERBS.kudos,
    async (context, storyId) => {
      const { story, given, kudosFrom } = await service.toggleKudos(change(context), storyId);
      return showcaseCard({ story, ...storyLinks(service.context, story), viewerGaveKudos: given, kudosFrom }, translatorOf(context));
    },
    async (error, context, storyId) => {
      if (error instanceof NotFoundError) return removedCard(translatorOf(context));
      // The author pressed their own story's button: the story stays on screen with the reason.
      if (error instanceof ForbiddenError) {
        const view = await service.detail(principalOf(context), storyId);
        return showcaseCard({ story: view.story, ...storyLinks(service.context, view.story), kudosFrom: view.kudosFrom, notice: errorMessageOf(context, error) }, translatorOf(context));
      }
      return isDomainError(error) ? noticeCard(translatorOf(context).t('bot.stories.noKudos'), errorMessageOf(context, error)) : errorCard(turnInfo(context).correlationId, translatorOf(context));
    },
  );
}
