import { CardFactory } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { type Principal, userChange } from '../../../src/domain/identity/types.js';
import { isDomainError } from '../../../src/domain/shared/errors.js';
import type { PathWithProgress } from '../../../src/domain/training/service.js';
import { TRAINING_VERBS } from '../../cards/training/verbs.js';
import { plain } from '../../cards/kit.js';
import { trainingCard, type TrainingCardView, type TrainingPathView } from '../../cards/training/progress.js';
import type { BotDeps } from '../../deps.js';
import { onCardAction } from '../card-action.js';
import { principalOf, turnInfo } from '../../turn.js';
import { replyWithCard } from '../invoke-response.js';
import { errorMessageOf, translatorOf } from '../../locale.js';

const moduleRef = z.object({ moduleId: z.string().uuid() }).passthrough();

function pathView({ path, progress }: PathWithProgress): TrainingPathView {
  const next = path.modules.find((m) => m.id === progress.nextModuleId) ?? null;
  return {
    title: path.title,
    done: progress.done,
    total: progress.total,
    percent: progress.percent,
    completedAt: progress.completedAt,
    next: next && { id: next.id, title: next.title, description: next.description, url: next.url, minutes: next.minutes, kind: next.kind },
  };
}

/** The person's training as the card shows it: the path to work on (resume or recommended) and the rest. */
export async function trainingView(deps: BotDeps, principal: Principal, notice?: string | null): Promise<TrainingCardView> {
  const { paths, recommendation } = await deps.services.training.overview(principal);
  const focus = paths.find((p) => p.path.id === recommendation?.pathId);
  const shown = focus && recommendation ? { ...pathView(focus), because: recommendation.because } : null;
  // "Open module" goes through the server with the person's own link token, so opening it counts as started.
  if (shown?.next) {
    const token = await deps.services.training.starts.linkToken(principal.user.id, shown.next.id);
    shown.next = { ...shown.next, url: new URL(`/api/training/modules/${encodeURIComponent(shown.next.id)}/open?t=${token}`, deps.services.config.settings.TAB_ENDPOINT).toString() };
  }
  return {
    focus: shown,
    others: paths.filter((p) => p !== focus).map(pathView),
    trainingUrl: deps.links.page('training'),
    notice,
  };
}

/** "training": progress, the next module with a button to open it and one to mark it done. */
export function registerTraining(app: Application, deps: BotDeps): void {
  deps.router.register({
    id: 'training',
    title: 'Training',
    description: 'See your learning path, your progress and the next module to take.',
    example: 'training',
    patterns: [/^(?:my )?(?:training|learning)(?: paths?)?$/, /^(?:next module|what should i learn(?: next)?|learn)$/],
    async run(context) {
      const card = trainingCard(await trainingView(deps, principalOf(context)), translatorOf(context));
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    },
  });

  onCardAction(app, deps, TRAINING_VERBS.done, async (context, _state, raw) => {
    const principal = principalOf(context);
    const tr = translatorOf(context);
    const parsed = moduleRef.safeParse(raw);
    let notice: string;
    if (!parsed.success) notice = tr.t('bot.training.unknownModule');
    else {
      try {
        const outcome = await deps.services.training.setDone(userChange(principal, turnInfo(context).correlationId), parsed.data.moduleId, true);
        notice = outcome.completedNow ? tr.t('bot.training.pathCompleted', { path: plain(outcome.path.title) }) : tr.t('bot.training.moduleDone', { module: plain(outcome.module.title) });
      } catch (error) {
        // A retired or removed module: show the current state instead of a dead end.
        if (!isDomainError(error)) throw error;
        notice = errorMessageOf(context, error);
      }
    }
    return replyWithCard(context, trainingCard(await trainingView(deps, principal, notice), tr));
  });
}
