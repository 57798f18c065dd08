import type { TFunction } from 'i18next';
import type { ImpactTotals, StoryProduct, StoryStatus, StoryView } from './types';
import { dateFormat, numberFormat } from '../../lib/intl-formats';

/** How people read each product (the same words as the bot's cards). */
export const productLabels: Record<StoryProduct, string> = {
  'power-apps': 'Power Apps',
  'power-automate': 'Power Automate',
  'power-bi': 'Power BI',
  'copilot-studio': 'Copilot Studio',
  'power-pages': 'Power Pages',
  dataverse: 'Dataverse',
};

export function formatNumber(value: number): string {
  return numberFormat({ maximumFractionDigits: 1 }).format(value);
}

export function formatMoney(amount: number, currency: string): string {
  try {
    return numberFormat({ style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${formatNumber(amount)} ${currency}`;
  }
}

/** "2 Mar 2026" in the tab's locale (Teams' language). */
export function formatDay(iso: string | null): string {
  if (iso === null) return '';
  return dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

/** The impact a story claims, as short phrases ("40 h saved / month"). */
export function impactPhrases(t: TFunction, story: StoryView): string[] {
  const out: string[] = [];
  if (story.hoursSavedPerMonth !== null) out.push(t('stories.impact.hours', { hours: formatNumber(story.hoursSavedPerMonth) }));
  if (story.peopleServed !== null) out.push(t('stories.impact.people', { people: formatNumber(story.peopleServed) }));
  if (story.costAvoided !== null && story.currency !== null) out.push(t('stories.impact.cost', { amount: formatMoney(story.costAvoided, story.currency) }));
  return out;
}

/** The cost lines of the totals ("€12,000 · $500"), or a dash. */
export function costTotals(totals: ImpactTotals): string {
  return totals.costAvoided.length ? totals.costAvoided.map((c) => formatMoney(c.amount, c.currency)).join(' · ') : '—';
}

/** Badge colour of each state. */
export const statusColor: Record<StoryStatus, 'informative' | 'warning' | 'success' | 'danger' | 'subtle'> = {
  pending: 'informative',
  'changes-requested': 'warning',
  published: 'success',
  declined: 'danger',
  deleted: 'subtle',
};

/** The first `limit` characters on a word boundary, for the gallery's excerpt. */
export function excerpt(text: string, limit = 180): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
