import { ChartPanel } from '../chart-panel';
import { formatCount } from '../format';
import { GroupedBars } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

/** Events: what was held, how full it was, how people rated it. */
export function EventsSection({ report, tables, range, readOnly }: SectionProps) {
  const e = report.events;
  const seats = e.capacity.current;
  return (
    <InsightsSection
      title="Events"
      figures={[
        { label: 'Events held', figure: e.held, kind: 'count', better: 'up' },
        { label: 'RSVPs (going)', figure: e.rsvps, kind: 'count', better: 'up', ...(seats !== null && seats > 0 ? { note: `of ${formatCount(seats)} seats` } : {}) },
        { label: 'Feedback average', figure: e.feedbackAverage, kind: 'rating', better: 'up' },
      ]}
    >
      <ChartPanel
        title="RSVPs and capacity per event"
        description="Events without a capacity show no capacity bar."
        table={tableOf(tables, 'events')}
        range={range}
        readOnly={readOnly}
        empty={e.events.length === 0}
        emptyText="No events were held in this period."
        chart={
          <GroupedBars
            title="RSVPs and capacity per event"
            legends={['Going', 'Capacity']}
            groups={e.events.map((ev) => ({ label: ev.title, values: [ev.going, ev.capacity ?? 0] }))}
          />
        }
      />
    </InsightsSection>
  );
}
