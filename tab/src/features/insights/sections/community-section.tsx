import { ChartPanel } from '../chart-panel';
import { DailyLineChart, HorizontalBars } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

/** Community: who is active, who is new, where they work, how many champions. */
export function CommunitySection({ report, tables, range, readOnly }: SectionProps) {
  const c = report.community;
  return (
    <InsightsSection
      title="Community"
      figures={[
        { label: 'Active makers', figure: c.activeMakers, kind: 'count', better: 'up' },
        { label: 'New makers', figure: c.newMakers, kind: 'count', better: 'up' },
        { label: 'Champions', figure: c.champions, kind: 'count', better: 'up' },
      ]}
    >
      <ChartPanel
        title="Active makers per day"
        table={tableOf(tables, 'community-daily')}
        range={range}
        readOnly={readOnly}
        empty={c.activeByDay.every((d) => d.activeMakers === 0)}
        chart={<DailyLineChart title="Active makers per day" series={[{ legend: 'Active makers', points: c.activeByDay.map((d) => ({ day: d.day, value: d.activeMakers })) }]} />}
      />
      <ChartPanel
        title="Active makers by department"
        table={tableOf(tables, 'community-departments')}
        range={range}
        readOnly={readOnly}
        empty={c.byDepartment.every((d) => d.activeMakers === 0)}
        chart={<HorizontalBars title="Active makers by department" data={c.byDepartment.map((d) => ({ label: d.department, value: d.activeMakers }))} />}
      />
    </InsightsSection>
  );
}
