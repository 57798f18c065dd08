import { useTranslation } from '../../../lib/translation';
import { ChartPanel } from '../chart-panel';
import { formatCount } from '../format';
import { KnowledgeGaps } from '../knowledge-gaps';
import { DailyLineChart } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

/** Ask: questions, who answered them, how helpful the answers were, and what is missing. */
export function AskSection({ report, tables, range, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const a = report.ask;
  const votes = t('insights.ask.votes', { helpful: formatCount(a.helpful.current ?? 0), notHelpful: formatCount(a.notHelpful.current ?? 0) });
  return (
    <InsightsSection
      title={t('insights.ask.title')}
      figures={[
        { label: t('insights.ask.asked'), figure: a.asked, kind: 'count', better: 'up' },
        { label: t('insights.ask.answeredByKnowledgeBase'), figure: a.answeredByKnowledgeBase, kind: 'count', better: 'up' },
        { label: t('insights.ask.escalated'), figure: a.escalated, kind: 'count' },
        { label: t('insights.ask.answeredByExperts'), figure: a.answeredByExperts, kind: 'count', better: 'up' },
        { label: t('insights.ask.medianHours'), figure: a.medianHoursToExpertAnswer, kind: 'hours', better: 'down' },
        { label: t('insights.ask.helpful'), figure: a.helpfulRatio, kind: 'ratio', better: 'up', note: votes },
      ]}
    >
      <ChartPanel
        title={t('insights.ask.perDay')}
        table={tableOf(tables, 'ask-daily')}
        range={range}
        readOnly={readOnly}
        empty={a.byDay.every((d) => d.asked === 0)}
        chart={
          <DailyLineChart
            title={t('insights.ask.perDay')}
            series={[
              { legend: t('insights.ask.seriesAsked'), points: a.byDay.map((d) => ({ day: d.day, value: d.asked })) },
              { legend: t('insights.ask.answeredByKnowledgeBase'), points: a.byDay.map((d) => ({ day: d.day, value: d.answered })) },
              { legend: t('insights.ask.seriesEscalated'), points: a.byDay.map((d) => ({ day: d.day, value: d.escalated })) },
            ]}
          />
        }
      />
      <KnowledgeGaps gaps={readOnly ? a.gaps.slice(0, 5) : a.gaps} table={tableOf(tables, 'knowledge-gaps')} range={range} readOnly={readOnly} />
    </InsightsSection>
  );
}
