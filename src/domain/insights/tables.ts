import type { Figure, InsightsReport, ReportTable } from './types.js';

type Row = ReportTable['rows'][number];

const col = (key: string, label: string) => ({ key, label });

/** Change from the previous period in percent (one decimal); null when there is nothing to compare with. */
export function changePercent(f: Figure): number | null {
  if (f.current === null || f.previous === null || f.previous === 0) return null;
  return Math.round(((f.current - f.previous) / f.previous) * 1000) / 10;
}

/** The headline figures in the order the dashboard and the sponsor report show them. */
export type FigureUnit = 'count' | 'ratio' | 'hours' | 'rating';

export function headlineFigures(r: InsightsReport): Array<{ section: string; figure: string; value: Figure; unit: FigureUnit }> {
  const rows: Array<[string, string, Figure, FigureUnit?]> = [
    ['Community', 'Active makers', r.community.activeMakers],
    ['Community', 'New makers', r.community.newMakers],
    ['Community', 'Champions', r.community.champions],
    ['Ask', 'Questions asked', r.ask.asked],
    ['Ask', 'Answered by the knowledge base', r.ask.answeredByKnowledgeBase],
    ['Ask', 'Escalated to experts', r.ask.escalated],
    ['Ask', 'Answered by experts', r.ask.answeredByExperts],
    ['Ask', 'Median hours to expert answer', r.ask.medianHoursToExpertAnswer, 'hours'],
    ['Ask', 'Helpful answers (share of rated)', r.ask.helpfulRatio, 'ratio'],
    ['Environments', 'Requests submitted', r.environments.submitted],
    ['Environments', 'Approval rate', r.environments.approvalRate, 'ratio'],
    ['Environments', 'Median lead time to provisioned (hours)', r.environments.medianLeadTimeHours, 'hours'],
    ['Environments', 'Expiring in the next 14 days', r.environments.expiringSoon],
    ['Stories', 'Stories published', r.stories.published],
    ['Stories', 'Hours saved per month', r.stories.hoursSavedPerMonth],
    ['Stories', 'People served', r.stories.peopleServed],
    ['Training', 'Enrolments', r.training.enrolments],
    ['Training', 'Modules completed', r.training.modulesCompleted],
    ['Training', 'Paths completed', r.training.pathsCompleted],
    ['Events', 'Events held', r.events.held],
    ['Events', 'RSVPs (going)', r.events.rsvps],
    ['Events', 'Capacity', r.events.capacity],
    ['Events', 'Average feedback (1-5)', r.events.feedbackAverage, 'rating'],
  ];
  return rows.map(([section, figure, value, unit]) => ({ section, figure, value, unit: unit ?? 'count' }));
}

/** Every table of the report: the tab's table views, the CSV export and the CLI print these. */
export function reportTables(r: InsightsReport): ReportTable[] {
  const t = (id: string, title: string, columns: ReportTable['columns'], rows: Row[]): ReportTable => ({ id, title, columns, rows });
  return [
    t(
      'headline',
      'Headline figures',
      [col('section', 'Section'), col('figure', 'Figure'), col('current', `${r.period.from} to ${r.period.to}`), col('previous', `${r.previous.from} to ${r.previous.to}`), col('change', 'Change %')],
      headlineFigures(r).map((h) => {
        // Ratios read as the page shows them ("100", in a column named "… (%)"), not as 1.
        const shown = (v: number | null) => (h.unit === 'ratio' && v !== null ? Math.round(v * 1000) / 10 : v);
        const figure = h.unit === 'ratio' ? `${h.figure} (%)` : h.figure;
        return { section: h.section, figure, current: shown(h.value.current), previous: shown(h.value.previous), change: changePercent(h.value) };
      }),
    ),
    t('community-departments', 'Active makers by department', [col('department', 'Department'), col('activeMakers', 'Active makers')], r.community.byDepartment.map((d) => ({ ...d, department: d.department ?? 'Unknown' }))),
    t('community-daily', 'Active makers per day', [col('day', 'Day'), col('activeMakers', 'Active makers')], r.community.activeByDay),
    t('ask-daily', 'Questions per day', [col('day', 'Day'), col('asked', 'Asked'), col('answered', 'Answered by the knowledge base'), col('escalated', 'Escalated')], r.ask.byDay),
    t(
      'knowledge-gaps',
      'Knowledge gaps',
      [col('example', 'Question'), col('count', 'Times asked'), col('unanswered', 'Unanswered'), col('notHelpful', 'Not helpful'), col('lastAskedAt', 'Last asked'), col('variants', 'Other wordings'), col('answeredNowBy', 'Answered now by')],
      r.ask.gaps.map((g) => ({ example: g.example, count: g.count, unanswered: g.unanswered, notHelpful: g.notHelpful, lastAskedAt: g.lastAskedAt, variants: g.variants.join(' | '), answeredNowBy: g.answeredNowBy })),
    ),
    t('environments-by-type', 'Environment requests by type', [col('type', 'Type'), col('count', 'Requests')], r.environments.byType),
    t('environments-by-state', 'Environment requests by state', [col('state', 'State'), col('count', 'Requests')], r.environments.byState),
    t('environments-expiring', 'Environments expiring in the next 14 days', [col('reference', 'Reference'), col('displayName', 'Environment'), col('requester', 'Requested by'), col('expiresAt', 'Expires')], r.environments.expiring),
    t('stories-by-product', 'Published stories by product', [col('product', 'Product'), col('stories', 'Stories'), col('hoursSavedPerMonth', 'Hours saved per month')], r.stories.byProduct),
    t('stories-by-month', 'Stories published per month', [col('month', 'Month'), col('published', 'Published'), col('hoursSavedPerMonth', 'Hours saved per month')], r.stories.byMonth),
    t(
      'training-paths',
      'Completion by training path',
      [col('title', 'Path'), col('learners', 'Learners'), col('completed', 'Completed'), col('completionRate', 'Completion rate')],
      r.training.byPath.map(({ pathId: _id, ...p }) => p),
    ),
    t('training-daily', 'Modules completed per day', [col('day', 'Day'), col('modulesCompleted', 'Modules completed')], r.training.modulesByDay),
    t(
      'events',
      'Events held',
      [col('title', 'Event'), col('startsAt', 'Started'), col('going', 'Going'), col('waitlisted', 'Wait list'), col('capacity', 'Capacity'), col('feedbackAverage', 'Average feedback'), col('feedbackCount', 'Ratings')],
      r.events.events.map(({ id: _id, ...e }) => e),
    ),
  ];
}

export const REPORT_TABLE_IDS = [
  'headline',
  'community-departments',
  'community-daily',
  'ask-daily',
  'knowledge-gaps',
  'environments-by-type',
  'environments-by-state',
  'environments-expiring',
  'stories-by-product',
  'stories-by-month',
  'training-paths',
  'training-daily',
  'events',
] as const;
