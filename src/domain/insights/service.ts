import { requireRole } from '../identity/authorize.js';
import type { Actor, Principal } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import { NotFoundError } from '../shared/errors.js';
import type { Store } from '../store.js';
import { periodOf, rangeOf, daysOf, type PeriodInput } from './period.js';
import { buildReport } from './report.js';
import { reportTables } from './tables.js';
import type { InsightsReport, MyActivity, ReportTable } from './types.js';
import { say } from '../shared/error-text.js';

const DASHBOARD = { type: 'insights', id: 'dashboard' };

/** The title of what answers `question` with confidence today, or null. */
export type AnswerProbe = (question: string) => Promise<string | null>;

/**
 * Measure: the dashboard for coe-admins (aggregates and lists) and "My activity" for everyone
 * (their own figures only). A refused caller is audited by requireRole.
 */
export class InsightsService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    /** Asks the knowledge base as it is now: a gap someone has since answered says so instead of asking for an FAQ entry again. */
    private readonly answersNow?: AnswerProbe,
  ) {}

  async report(actor: Actor, input: PeriodInput): Promise<InsightsReport> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'insights.view', DASHBOARD);
    const now = this.clock.now();
    const report = await buildReport(this.store.repos.insights, periodOf(input, now), now);
    const probe = this.answersNow;
    if (!probe) return report;
    const gaps = await Promise.all(report.ask.gaps.map(async (gap) => ({ ...gap, answeredNowBy: await probe(gap.example) })));
    return { ...report, ask: { ...report.ask, gaps } };
  }

  async reportWithTables(actor: Actor, input: PeriodInput): Promise<{ report: InsightsReport; tables: ReportTable[] }> {
    const report = await this.report(actor, input);
    return { report, tables: reportTables(report) };
  }

  async table(actor: Actor, id: string, input: PeriodInput): Promise<{ report: InsightsReport; table: ReportTable }> {
    const { report, tables } = await this.reportWithTables(actor, input);
    const table = tables.find((t) => t.id === id);
    if (!table) throw new NotFoundError(say('errors.insights.noTable', { id, tables: tables.map((t) => t.id).join(', ') }));
    return { report, table };
  }

  async myActivity(principal: Principal, input: PeriodInput): Promise<MyActivity> {
    const now = this.clock.now();
    const period = periodOf(input, now);
    const counts = await this.store.repos.insights.myActivity(principal.user.id, rangeOf(period), now.toISOString());
    const byDay = new Map(counts.byDay.map((d) => [d.day, d.n]));
    return {
      period,
      ...counts,
      recentQuestions: counts.recentQuestions.map((q) => ({ ...q, feedback: q.feedback === 'helpful' || q.feedback === 'not-helpful' ? q.feedback : null })),
      byDay: daysOf(period).map((day) => ({ day, actions: byDay.get(day) ?? 0 })),
    };
  }
}
