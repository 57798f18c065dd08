import { useTranslation } from '../../../lib/translation';
import { ChartPanel } from '../chart-panel';
import { formatPercent } from '../format';
import { DailyLineChart, HorizontalBars } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

/** Training: who started, what was completed, and how far people get on each path. */
export function TrainingSection({ report, tables, range, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const tr = report.training;
  return (
    <InsightsSection
      title={t('insights.training.title')}
      figures={[
        { label: t('insights.training.enrolments'), figure: tr.enrolments, kind: 'count', better: 'up' },
        { label: t('insights.training.modulesCompleted'), figure: tr.modulesCompleted, kind: 'count', better: 'up' },
        { label: t('insights.training.pathsCompleted'), figure: tr.pathsCompleted, kind: 'count', better: 'up' },
      ]}
    >
      <ChartPanel
        title={t('insights.training.completion')}
        description={t('insights.training.completionDescription')}
        table={tableOf(tables, 'training-paths')}
        range={range}
        readOnly={readOnly}
        empty={tr.byPath.every((p) => p.learners === 0)}
        emptyText={t('insights.training.nobodyStarted')}
        chart={
          <HorizontalBars
            title={t('insights.training.completionChart')}
            data={tr.byPath.map((p) => ({ label: p.title, value: Math.round((p.completionRate ?? 0) * 100) }))}
            format={(v) => formatPercent(v / 100)}
            max={100}
          />
        }
      />
      <ChartPanel
        title={t('insights.training.perDay')}
        table={tableOf(tables, 'training-daily')}
        range={range}
        readOnly={readOnly}
        empty={tr.modulesByDay.every((d) => d.modulesCompleted === 0)}
        chart={
          <DailyLineChart
            title={t('insights.training.perDay')}
            series={[{ legend: t('insights.training.modulesCompleted'), points: tr.modulesByDay.map((d) => ({ day: d.day, value: d.modulesCompleted })) }]}
          />
        }
      />
    </InsightsSection>
  );
}
