import { ChartPanel } from '../chart-panel';
import { formatCount } from '../format';
import { KnowledgeGaps } from '../knowledge-gaps';
import { DailyLineChart } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

/** Ask: questions, who answered them, how helpful the answers were, and what is missing. */
export function AskSection({ report, tables, range, readOnly }: SectionProps) {
  const a = report.ask;
  const votes = `${formatCount(a.helpful.current ?? 0)} helpful · ${formatCount(a.notHelpful.current ?? 0)} not helpful`;
  return (
    <InsightsSection
      title="Ask"
      figures={[
        { label: 'Questions asked', figure: a.asked, kind: 'count', better: 'up' },
        { label: 'Answered by the knowledge base', figure: a.answeredByKnowledgeBase, kind: 'count', better: 'up' },
        { label: 'Escalated to experts', figure: a.escalated, kind: 'count' },
        { label: 'Answered by experts', figure: a.answeredByExperts, kind: 'count', better: 'up' },
        { label: 'Median time to expert answer', figure: a.medianHoursToExpertAnswer, kind: 'hours', better: 'down' },
        { label: 'Helpful answers', figure: a.helpfulRatio, kind: 'ratio', better: 'up', note: votes },
      ]}
    >
      <ChartPanel
        title="Questions per day"
        table={tableOf(tables, 'ask-daily')}
        range={range}
        readOnly={readOnly}
        empty={a.byDay.every((d) => d.asked === 0)}
        chart={
          <DailyLineChart
            title="Questions per day"
            series={[
              { legend: 'Asked', points: a.byDay.map((d) => ({ day: d.day, value: d.asked })) },
              { legend: 'Answered by the knowledge base', points: a.byDay.map((d) => ({ day: d.day, value: d.answered })) },
              { legend: 'Escalated', points: a.byDay.map((d) => ({ day: d.day, value: d.escalated })) },
            ]}
          />
        }
      />
      <KnowledgeGaps gaps={readOnly ? a.gaps.slice(0, 5) : a.gaps} table={tableOf(tables, 'knowledge-gaps')} range={range} readOnly={readOnly} />
    </InsightsSection>
  );
}
