import { MODULE_KIND_LABELS, type ModuleKind } from '../../src/domain/training/types.js';
import { TRAINING_VERBS } from './event-verbs.js';
import { card, execute, facts, heading, openUrl, plain, subtle, text } from './kit.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

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

/** "▰▰▰▱▱▱▱▱▱▱ 30%": progress a person reads at a glance, in any client. */
export function progressBar(percent: number, width = 10): string {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return `${'▰'.repeat(filled)}${'▱'.repeat(width - filled)} ${percent}%`;
}

/** "training": where the person stands, the next module with buttons to open it and mark it done. */
export function trainingCard(view: TrainingCardView): AdaptiveCard {
  const body: CardElement[] = [heading('Your training')];
  if (view.notice) body.push(text(view.notice, { weight: 'Bolder' }));
  const actions: CardAction[] = [];
  const focus = view.focus;
  if (focus) {
    body.push(text(`**${plain(focus.title)}**`), subtle(focus.because), text(`${progressBar(focus.percent)} · ${focus.done} of ${focus.total} modules done`, { spacing: 'Small' }));
    if (focus.next) {
      const n = focus.next;
      body.push({
        type: 'Container',
        style: 'emphasis',
        spacing: 'Medium',
        items: [subtle('NEXT UP'), text(`**${plain(n.title)}**`, { spacing: 'None' }), subtle(`${MODULE_KIND_LABELS[n.kind]} · about ${n.minutes} min`), ...(n.description ? [text(plain(n.description), { spacing: 'Small' })] : [])],
      });
      actions.push(openUrl('Open module', n.url), execute('Mark as done', TRAINING_VERBS.done, { moduleId: n.id }, 'positive'));
    }
  } else if (view.others.length === 0) {
    body.push(text('The CoE has not published any training paths yet. They will appear here and in the Training tab.'));
  } else {
    body.push(text('🏅 You have finished every training path the CoE offers. Well done!'));
  }
  const finished = view.others.filter((p) => p.completedAt);
  const going = view.others.filter((p) => !p.completedAt && p.done > 0);
  if (going.length) body.push(text('**Also in progress**', { spacing: 'Medium' }), facts(going.slice(0, 5).map((p) => [plain(p.title), `${p.percent}%`])));
  if (finished.length) body.push(text(`🏅 **Badges:** ${finished.map((p) => plain(p.title)).join(', ')}`, { spacing: 'Medium' }));
  actions.push(openUrl('Open Training', view.trainingUrl));
  return card(body, actions);
}
