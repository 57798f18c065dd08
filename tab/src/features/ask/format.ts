import type { BadgeProps } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import type { AnswerGrade, AnswerSource, TicketState } from './types';
import { dateFormat } from '../../lib/intl-formats';

/** Colours for the values the Ask API sends; their words are in the catalogue (tickets.state, ask.kind…). */
export const stateColors: Record<TicketState, BadgeProps['color']> = {
  open: 'warning',
  assigned: 'informative',
  answered: 'success',
  closed: 'subtle',
  reopened: 'severe',
};

/** "What is DLP? › Blocked connectors": the title, and the section when there is one. */
export function sourceLabel(source: Pick<AnswerSource, 'title' | 'heading'>): string {
  return source.heading ? `${source.title} › ${source.heading}` : source.title;
}

/** Only web and mail links are followed; anything else (javascript:, data:, relative) is not a link. */
export function safeUrl(url: string | null | undefined): string | undefined {
  return typeof url === 'string' && /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

/**
 * How sure the knowledge base is, in words a maker can weigh. No percentage: the confidence is
 * only backed as a band ("High confidence" was right at least 90% of the time on the maker set).
 */
export function confidenceLabel(grade: AnswerGrade, highConfidence: boolean, t: TFunction): string {
  if (grade === 'answer') return highConfidence ? t('ask.answer.grade.high') : t('ask.answer.grade.likely');
  return grade === 'closest' ? t('ask.answer.grade.notSure') : t('ask.answer.grade.notInKb');
}

/** "2 Mar 2026, 14:05" in the tab's language (Teams') and the reader's time zone. */
export function formatWhen(iso: string): string {
  return dateFormat({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}
