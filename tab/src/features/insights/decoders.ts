import type { InsightsReport, InsightsResponse, ReportTable } from './types';

/**
 * Runtime checks of the insights answers. They check the shape the page relies on (sections,
 * figures, series and tables), so a server change shows as a clear error rather than a blank chart.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumOrNull = (v: unknown): boolean => v === null || typeof v === 'number';
const isFigure = (v: unknown): boolean => isObject(v) && isNumOrNull(v['current']) && isNumOrNull(v['previous']);
const isPeriod = (v: unknown): boolean => isObject(v) && typeof v['from'] === 'string' && typeof v['to'] === 'string' && typeof v['days'] === 'number';
const arrayOfObjects = (v: unknown): boolean => Array.isArray(v) && v.every(isObject);

/** Each section: the figures it must have and the lists it must have. */
const sections: Record<string, { figures: readonly string[]; lists: readonly string[] }> = {
  community: { figures: ['activeMakers', 'newMakers', 'champions'], lists: ['byDepartment', 'activeByDay'] },
  ask: {
    figures: ['asked', 'answeredByKnowledgeBase', 'escalated', 'answeredByExperts', 'medianHoursToExpertAnswer', 'helpful', 'notHelpful', 'helpfulRatio'],
    lists: ['byDay', 'gaps'],
  },
  environments: { figures: ['submitted', 'approvalRate', 'medianLeadTimeHours', 'expiringSoon'], lists: ['byType', 'byState', 'expiring'] },
  stories: { figures: ['published', 'hoursSavedPerMonth', 'peopleServed'], lists: ['byProduct', 'byMonth'] },
  training: { figures: ['enrolments', 'modulesCompleted', 'pathsCompleted'], lists: ['byPath', 'modulesByDay'] },
  events: { figures: ['held', 'rsvps', 'capacity', 'feedbackAverage'], lists: ['events'] },
};

function isReport(v: unknown): v is InsightsReport {
  if (!isObject(v) || !isPeriod(v['period']) || !isPeriod(v['previous'])) return false;
  return Object.entries(sections).every(([name, { figures, lists }]) => {
    const section = v[name];
    return isObject(section) && figures.every((f) => isFigure(section[f])) && lists.every((l) => arrayOfObjects(section[l]));
  });
}

function isTable(v: unknown): v is ReportTable {
  if (!isObject(v) || typeof v['id'] !== 'string' || typeof v['title'] !== 'string') return false;
  const columns = v['columns'];
  if (!Array.isArray(columns) || !columns.every((c) => isObject(c) && typeof c['key'] === 'string' && typeof c['label'] === 'string')) return false;
  return arrayOfObjects(v['rows']);
}

/** `GET /api/admin/insights`. */
export function decodeInsights(value: unknown): InsightsResponse | undefined {
  if (!isObject(value) || !isReport(value['report'])) return undefined;
  const tables = value['tables'];
  if (!Array.isArray(tables) || !tables.every(isTable)) return undefined;
  return { report: value['report'], tables };
}

