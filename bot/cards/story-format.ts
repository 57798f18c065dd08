import { PRODUCT_LABEL, type Story } from '../../src/domain/stories/types.js';
import { facts, plain, text } from './kit.js';
import type { CardElement } from './types.js';

/** How much of the problem and the solution a channel card shows; the tab has the whole story. */
export const CARD_TEXT_LIMIT = 600;

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A person's text, shortened on a word boundary and then escaped (never cut inside an escape). */
export function excerpt(value: string, limit = CARD_TEXT_LIMIT): string {
  if (value.length <= limit) return plain(value);
  const cut = value.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${plain((space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd())}…`;
}

/** "12 March 2026" from an ISO instant, in UTC (cards are read across time zones). */
export function day(iso: string | null): string {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "Power Apps, Power Automate". */
export function productList(story: Story): string {
  return story.products.map((p) => PRODUCT_LABEL[p]).join(', ');
}

/** The impact lines a story claims (only those it has). */
export function impactPairs(story: Story): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (story.hoursSavedPerMonth !== null) pairs.push(['⏱ Time saved', `${numbers.format(story.hoursSavedPerMonth)} hours a month`]);
  if (story.peopleServed !== null) pairs.push(['👥 People served', numbers.format(story.peopleServed)]);
  if (story.costAvoided !== null && story.currency) pairs.push(['💰 Cost avoided', `${numbers.format(story.costAvoided)} ${story.currency}`]);
  return pairs;
}

/** Problem, solution, impact and products: the body every story card shares. */
export function storyBody(story: Story, limit = CARD_TEXT_LIMIT): CardElement[] {
  return [
    { type: 'Container', spacing: 'Medium', items: [text('**The problem**'), text(excerpt(story.problem, limit), { spacing: 'Small' })] },
    { type: 'Container', spacing: 'Medium', items: [text('**What they built**'), text(excerpt(story.solution, limit), { spacing: 'Small' })] },
    facts([...impactPairs(story), ['🧩 Built with', productList(story)], ['🏢 Team', plain(story.department)]]),
  ];
}
