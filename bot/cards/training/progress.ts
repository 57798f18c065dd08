import type { ModuleKind } from '../../../src/domain/training/types.js';
import { TRAINING_VERBS } from './verbs.js';
import { card, execute, facts, heading, openUrl, plain, subtle, text } from '../kit.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';

export interface TrainingModuleView {
  id: string;
  title: string;
  description: string;
  url: string;
  minutes: number;
  kind: ModuleKind;
}

export interface TrainingPathView {
  title: string;
  done: number;
  total: number;
  percent: number;
  completedAt: string | null;
  next: TrainingModuleView | null;
}

export interface TrainingCardView {
  /** The path to work on now (the one in progress, or the recommendation); null when everything is done. */
  focus: (TrainingPathView & { because: string }) | null;
  /** Other paths with progress, and finished ones (badges). */
  others: TrainingPathView[];
  trainingUrl: string;
  notice?: string | null;
}

/** "▰▰▰▱▱▱▱▱▱▱ 30%" ("30 %" in German): progress a person reads at a glance, in any client. */
export function progressBar(percent: number, width = 10, tr: Translator = ENGLISH): string {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return `${'▰'.repeat(filled)}${'▱'.repeat(width - filled)} ${tr.number(percent / 100, { style: 'percent', maximumFractionDigits: 0 })}`;
}

/** "training": where the person stands, the next module with buttons to open it and mark it done. */
export function trainingCard(view: TrainingCardView, tr: Translator = ENGLISH): AdaptiveCard {
  const body: CardElement[] = [heading(tr.t('bot.training.title'))];
  if (view.notice) body.push(text(view.notice, { weight: 'Bolder' }));
  const actions: CardAction[] = [];
  const focus = view.focus;
  if (focus) {
    body.push(text(`**${plain(focus.title)}**`), subtle(focus.because), text(tr.t('bot.training.progress', { bar: progressBar(focus.percent, 10, tr), done: focus.done, count: focus.total }), { spacing: 'Small' }));
    if (focus.next) {
      const n = focus.next;
      body.push({
        type: 'Container',
        style: 'emphasis',
        spacing: 'Medium',
        items: [subtle(tr.t('bot.training.nextUp')), text(`**${plain(n.title)}**`, { spacing: 'None' }), subtle(tr.t('bot.training.moduleMeta', { kind: tr.t(`training.kind.${n.kind}`), minutes: n.minutes })), ...(n.description ? [text(plain(n.description), { spacing: 'Small' })] : [])],
      });
      actions.push(openUrl(tr.t('bot.training.openModule'), n.url), execute(tr.t('bot.training.markDone'), TRAINING_VERBS.done, { moduleId: n.id }, 'positive'));
    }
  } else if (view.others.length === 0) {
    body.push(text(tr.t('bot.training.noPaths')));
  } else {
    body.push(text(tr.t('bot.training.allDone')));
  }
  const finished = view.others.filter((p) => p.completedAt);
  const going = view.others.filter((p) => !p.completedAt && p.done > 0);
  const percent = (p: number) => tr.number(p / 100, { style: 'percent', maximumFractionDigits: 0 });
  if (going.length) body.push(text(tr.t('bot.training.alsoInProgress'), { spacing: 'Medium' }), facts(going.slice(0, 5).map((p) => [plain(p.title), percent(p.percent)])));
  if (finished.length) body.push(text(tr.t('bot.training.badges', { paths: finished.map((p) => plain(p.title)).join(', ') }), { spacing: 'Medium' }));
  actions.push(openUrl(tr.t('bot.training.openTraining'), view.trainingUrl));
  return card(body, actions);
}
