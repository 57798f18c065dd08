import { STORY_PRODUCTS } from '../stories/types.js';
import { groupGaps } from './gaps.js';
import { daysOf, monthsOf, previousPeriod, rangeOf } from './period.js';
import type { InsightsQueries, TimeRange } from './repository.js';
import { medianHours, ratio, round } from './stats.js';
import type { AskInsights, CommunityInsights, EnvironmentInsights, EventInsights, Figure, InsightsReport, Period, StoryInsights, TrainingInsights } from './types.js';

const GAP_CANDIDATES = 500;
const GAPS_SHOWN = 25;
const EXPIRING_DAYS = 14;
const EXPIRING_SHOWN = 50;

const fig = (current: number | null, previous: number | null): Figure => ({ current, previous });

/** Zero-filled series: one entry per key, in the order of `keys`. */
function fill<T>(keys: string[], rows: Map<string, T>, empty: (key: string) => T): T[] {
  return keys.map((k) => rows.get(k) ?? empty(k));
}

/** A period's range cut at `now`: an event "held" later today has not happened yet. */
function until(range: TimeRange, now: Date): TimeRange {
  const n = now.toISOString();
  return { from: range.from, to: range.to < n ? range.to : n };
}

/** Every figure of the dashboard for `period` and the same number of days before it. */
export async function buildReport(q: InsightsQueries, period: Period, now: Date): Promise<InsightsReport> {
  const previous = previousPeriod(period);
  const [cur, prev] = [rangeOf(period), rangeOf(previous)];
  const [community, ask, environments, stories, training, events] = await Promise.all([
    communityOf(q, period, cur, prev),
    askOf(q, period, cur, prev),
    environmentsOf(q, cur, prev, now),
    storiesOf(q, period, cur, prev),
    trainingOf(q, period, cur, prev),
    eventsOf(q, until(cur, now), until(prev, now)),
  ]);
  return { period, previous, generatedAt: now.toISOString(), community, ask, environments, stories, training, events };
}

async function communityOf(q: InsightsQueries, period: Period, cur: TimeRange, prev: TimeRange): Promise<CommunityInsights> {
  const [activeBefore, newNow, newBefore, champions, departments, days] = await Promise.all([
    q.activeMakers(prev),
    q.newMakers(cur),
    q.newMakers(prev),
    q.champions(),
    q.activeByDepartment(cur),
    q.activeByDay(cur),
  ]);
  const byDay = new Map(days.map((d) => [d.day, { day: d.day, activeMakers: d.n }]));
  // Everyone has exactly one department (or none: null, which the CSV calls "Unknown"): the departments add up to the active makers, one pass saved.
  const activeNow = departments.reduce((total, d) => total + d.activeMakers, 0);
  return {
    activeMakers: fig(activeNow, activeBefore),
    newMakers: fig(newNow, newBefore),
    champions: fig(champions, null),
    byDepartment: departments
      .map((d) => ({ department: d.department?.trim() || null, activeMakers: d.activeMakers }))
      .sort((a, b) => b.activeMakers - a.activeMakers || Number(a.department === null) - Number(b.department === null) || (a.department ?? '').localeCompare(b.department ?? '')),
    activeByDay: fill(daysOf(period), byDay, (day) => ({ day, activeMakers: 0 })),
  };
}

async function askOf(q: InsightsQueries, period: Period, cur: TimeRange, prev: TimeRange): Promise<AskInsights> {
  const [days, experts, before, spansNow, spansBefore, candidates] = await Promise.all([
    q.askByDay(cur),
    q.answeredByExperts(cur),
    q.ask(prev),
    q.expertAnswerSpans(cur),
    q.expertAnswerSpans(prev),
    q.gapCandidates(cur, GAP_CANDIDATES),
  ]);
  // The current period's totals are the sums of its days: one pass over the questions instead of two.
  const total = (key: 'asked' | 'answered' | 'escalated' | 'helpful' | 'notHelpful') => days.reduce((sum, d) => sum + d[key], 0);
  const now = { asked: total('asked'), answered: total('answered'), escalated: total('escalated'), helpful: total('helpful'), notHelpful: total('notHelpful'), answeredByExperts: experts };
  const byDay = new Map(days.map((d) => [d.day, { day: d.day, asked: d.asked, answered: d.answered, escalated: d.escalated }]));
  return {
    asked: fig(now.asked, before.asked),
    answeredByKnowledgeBase: fig(now.answered, before.answered),
    escalated: fig(now.escalated, before.escalated),
    answeredByExperts: fig(now.answeredByExperts, before.answeredByExperts),
    medianHoursToExpertAnswer: fig(medianHours(spansNow), medianHours(spansBefore)),
    helpful: fig(now.helpful, before.helpful),
    notHelpful: fig(now.notHelpful, before.notHelpful),
    helpfulRatio: fig(ratio(now.helpful, now.helpful + now.notHelpful), ratio(before.helpful, before.helpful + before.notHelpful)),
    byDay: fill(daysOf(period), byDay, (day) => ({ day, asked: 0, answered: 0, escalated: 0 })),
    gaps: groupGaps(candidates, GAPS_SHOWN),
  };
}

async function environmentsOf(q: InsightsQueries, cur: TimeRange, prev: TimeRange, now: Date): Promise<EnvironmentInsights> {
  const soon = { from: now.toISOString(), to: new Date(now.getTime() + EXPIRING_DAYS * 86_400_000).toISOString() };
  const [a, b, leadNow, leadBefore, byType, byState, expiring] = await Promise.all([
    q.environments(cur),
    q.environments(prev),
    q.leadTimeSpans(cur),
    q.leadTimeSpans(prev),
    q.requestsByType(cur),
    q.requestsByState(cur),
    q.expiring(soon, EXPIRING_SHOWN),
  ]);
  return {
    submitted: fig(a.submitted, b.submitted),
    approvalRate: fig(ratio(a.approved, a.approved + a.rejected), ratio(b.approved, b.approved + b.rejected)),
    medianLeadTimeHours: fig(medianHours(leadNow), medianHours(leadBefore)),
    expiringSoon: fig(expiring.count, null),
    byType: byType.sort((x, y) => y.count - x.count || x.type.localeCompare(y.type)),
    byState: byState.sort((x, y) => y.count - x.count || x.state.localeCompare(y.state)),
    expiring: expiring.items,
  };
}

async function storiesOf(q: InsightsQueries, period: Period, cur: TimeRange, prev: TimeRange): Promise<StoryInsights> {
  const [a, b, byProduct, months] = await Promise.all([q.stories(cur), q.stories(prev), q.storiesByProduct(cur.to, STORY_PRODUCTS), q.storiesByMonth(cur)]);
  const byMonth = new Map(months.map((m) => [m.month, { ...m, hoursSavedPerMonth: round(m.hoursSavedPerMonth, 1) }]));
  return {
    published: fig(a.published, b.published),
    hoursSavedPerMonth: fig(round(a.hoursSavedPerMonth, 1), round(b.hoursSavedPerMonth, 1)),
    peopleServed: fig(a.peopleServed, b.peopleServed),
    byProduct: byProduct.map((p) => ({ ...p, hoursSavedPerMonth: round(p.hoursSavedPerMonth, 1) })),
    byMonth: fill(monthsOf(period), byMonth, (month) => ({ month, published: 0, hoursSavedPerMonth: 0 })),
  };
}

async function trainingOf(q: InsightsQueries, period: Period, cur: TimeRange, prev: TimeRange): Promise<TrainingInsights> {
  const [a, b, paths, days] = await Promise.all([q.training(cur), q.training(prev), q.trainingByPath(cur.to), q.modulesByDay(cur)]);
  const byDay = new Map(days.map((d) => [d.day, { day: d.day, modulesCompleted: d.n }]));
  return {
    enrolments: fig(a.enrolments, b.enrolments),
    modulesCompleted: fig(a.modulesCompleted, b.modulesCompleted),
    pathsCompleted: fig(a.pathsCompleted, b.pathsCompleted),
    byPath: paths.map((p) => ({ ...p, completionRate: ratio(p.completed, p.learners) })),
    modulesByDay: fill(daysOf(period), byDay, (day) => ({ day, modulesCompleted: 0 })),
  };
}

async function eventsOf(q: InsightsQueries, cur: TimeRange, prev: TimeRange): Promise<EventInsights> {
  const [list, b] = await Promise.all([q.eventList(cur), q.events(prev)]);
  // The current period's totals are the sums over its events: no second read.
  const sum = (values: Array<number | null>) => values.reduce<number>((total, v) => total + (v ?? 0), 0);
  const a = { held: list.length, rsvps: sum(list.map((e) => e.going)), capacity: sum(list.map((e) => e.capacity)), feedbackSum: sum(list.map((e) => e.feedbackSum)), feedbackCount: sum(list.map((e) => e.feedbackCount)) };
  const average = (sum: number, count: number) => (count ? round(sum / count, 2) : null);
  return {
    held: fig(a.held, b.held),
    rsvps: fig(a.rsvps, b.rsvps),
    capacity: fig(a.capacity, b.capacity),
    feedbackAverage: fig(average(a.feedbackSum, a.feedbackCount), average(b.feedbackSum, b.feedbackCount)),
    events: list.map(({ feedbackSum, ...e }) => ({ ...e, feedbackAverage: average(feedbackSum, e.feedbackCount) })),
  };
}
