import { useTranslation } from '../../../lib/translation';
import { ChartPanel } from '../chart-panel';
import { formatCount } from '../format';
import { GroupedBars } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

/** Events: what was held, how full it was, how people rated it. */
export function EventsSection({ report, tables, range, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const e = report.events;
  const seats = e.capacity.current;
  return (
    <InsightsSection
      title={t('insights.events.title')}
      figures={[
        { label: t('insights.events.held'), figure: e.held, kind: 'count', better: 'up' },
        {
          label: t('insights.events.rsvps'),
          figure: e.rsvps,
          kind: 'count',
          better: 'up',
          ...(seats !== null && seats > 0 ? { note: t('insights.events.seatsOf', { seats: formatCount(seats) }) } : {}),
        },
        { label: t('insights.events.feedbackAverage'), figure: e.feedbackAverage, kind: 'rating', better: 'up' },
      ]}
    >
      <ChartPanel
        title={t('insights.events.perEvent')}
        description={t('insights.events.perEventDescription')}
        table={tableOf(tables, 'events')}
        range={range}
        readOnly={readOnly}
        empty={e.events.length === 0}
        emptyText={t('insights.events.none')}
        chart={
          <GroupedBars
            title={t('insights.events.perEvent')}
            legends={[t('insights.events.going'), t('insights.events.capacity')]}
            groups={e.events.map((ev) => ({ label: ev.title, values: [ev.going, ev.capacity ?? 0] }))}
          />
        }
      />
    </InsightsSection>
  );
}
