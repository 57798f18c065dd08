import { useTranslation } from '../../../lib/translation';
import { ChartPanel } from '../chart-panel';
import { DailyLineChart, HorizontalBars } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

/** Community: who is active, who is new, where they work, how many champions. */
export function CommunitySection({ report, tables, range, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const c = report.community;
  return (
    <InsightsSection
      title={t('insights.community.title')}
      figures={[
        { label: t('insights.community.activeMakers'), figure: c.activeMakers, kind: 'count', better: 'up' },
        { label: t('insights.community.newMakers'), figure: c.newMakers, kind: 'count', better: 'up' },
        { label: t('insights.community.champions'), figure: c.champions, kind: 'count', better: 'up' },
      ]}
    >
      <ChartPanel
        title={t('insights.community.perDay')}
        table={tableOf(tables, 'community-daily')}
        range={range}
        readOnly={readOnly}
        empty={c.activeByDay.every((d) => d.activeMakers === 0)}
        chart={
          <DailyLineChart
            title={t('insights.community.perDay')}
            series={[{ legend: t('insights.community.activeMakers'), points: c.activeByDay.map((d) => ({ day: d.day, value: d.activeMakers })) }]}
          />
        }
      />
      <ChartPanel
        title={t('insights.community.byDepartment')}
        table={tableOf(tables, 'community-departments')}
        range={range}
        readOnly={readOnly}
        empty={c.byDepartment.every((d) => d.activeMakers === 0)}
        chart={<HorizontalBars title={t('insights.community.byDepartment')} data={c.byDepartment.map((d) => ({ label: d.department ?? t('insights.community.noDepartment'), value: d.activeMakers }))} />}
      />
    </InsightsSection>
  );
}
