import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { PRODUCT_LABEL, type Story } from '../../../src/domain/stories/types.js';
import { facts, plain, text } from '../kit.js';
import type { CardElement } from '../types.js';

/** How much of the problem and the solution a channel card shows; the tab has the whole story. */
export const CARD_TEXT_LIMIT = 600;


/** A person's text, shortened on a word boundary and then escaped (never cut inside an escape). */
export function excerpt(value: string, limit = CARD_TEXT_LIMIT): string {
  if (value.length <= limit) return plain(value);
  const cut = value.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${plain((space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd())}…`;
}

/** "12 March 2026" / "12. März 2026" from an ISO instant, in UTC (cards are read across time zones). */
export function day(iso: string | null, tr: Translator = ENGLISH): string {
  if (!iso) return '';
  return tr.date(iso, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A story's status in words ("Waiting for review"). */
export function statusLabel(status: Story['status'], tr: Translator = ENGLISH): string {
  return tr.t(`bot.stories.status.${status}`);
}

/** "Power Apps, Power Automate". */
export function productList(story: Story): string {
  return story.products.map((p) => PRODUCT_LABEL[p]).join(', ');
}

/** The impact lines a story claims (only those it has). */
export function impactPairs(story: Story, tr: Translator = ENGLISH): Array<[string, string]> {
  const n = (value: number) => tr.number(value, { maximumFractionDigits: 2 });
  const pairs: Array<[string, string]> = [];
  if (story.hoursSavedPerMonth !== null) pairs.push([tr.t('bot.stories.timeSaved'), tr.t('bot.stories.hoursAMonth', { hours: n(story.hoursSavedPerMonth) })]);
  if (story.peopleServed !== null) pairs.push([tr.t('bot.stories.peopleServed'), n(story.peopleServed)]);
  if (story.costAvoided !== null && story.currency) pairs.push([tr.t('bot.stories.costAvoided'), `${n(story.costAvoided)} ${story.currency}`]);
  return pairs;
}

/** Problem, solution, impact and products: the body every story card shares. */
export function storyBody(story: Story, limit = CARD_TEXT_LIMIT, tr: Translator = ENGLISH): CardElement[] {
  return [
    { type: 'Container', spacing: 'Medium', items: [text(tr.t('bot.stories.problem')), text(excerpt(story.problem, limit), { spacing: 'Small' })] },
    { type: 'Container', spacing: 'Medium', items: [text(tr.t('bot.stories.built')), text(excerpt(story.solution, limit), { spacing: 'Small' })] },
    facts([...impactPairs(story, tr), [`🧩 ${tr.t('bot.stories.builtWith')}`, productList(story)], [tr.t('bot.stories.team'), plain(story.department)]]),
  ];
}
