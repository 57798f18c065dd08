import { ChartPanel } from '../chart-panel';
import { formatPercent } from '../format';
import { DailyLineChart, HorizontalBars } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

/** Training: who started, what was completed, and how far people get on each path. */
export function TrainingSection({ report, tables, range, readOnly }: SectionProps) {
  const t = report.training;
  return (
    <InsightsSection
      title="Training"
      figures={[
        { label: 'Enrolments', figure: t.enrolments, kind: 'count', better: 'up' },
        { label: 'Modules completed', figure: t.modulesCompleted, kind: 'count', better: 'up' },
        { label: 'Paths completed', figure: t.pathsCompleted, kind: 'count', better: 'up' },
      ]}
    >
      <ChartPanel
        title="Completion rate per path"
        description="Of everyone who started a path up to the end of the period, the share who finished it."
        table={tableOf(tables, 'training-paths')}
        range={range}
        readOnly={readOnly}
        empty={t.byPath.every((p) => p.learners === 0)}
        emptyText="Nobody has started a path yet."
        chart={
          <HorizontalBars
            title="Completion rate per path (%)"
            data={t.byPath.map((p) => ({ label: p.title, value: Math.round((p.completionRate ?? 0) * 100) }))}
            format={(v) => formatPercent(v / 100)}
            max={100}
          />
        }
      />
      <ChartPanel
        title="Modules completed per day"
        table={tableOf(tables, 'training-daily')}
        range={range}
        readOnly={readOnly}
        empty={t.modulesByDay.every((d) => d.modulesCompleted === 0)}
        chart={<DailyLineChart title="Modules completed per day" series={[{ legend: 'Modules completed', points: t.modulesByDay.map((d) => ({ day: d.day, value: d.modulesCompleted })) }]} />}
      />
    </InsightsSection>
  );
}
