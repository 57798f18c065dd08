import { ChartPanel } from '../chart-panel';
import { humanize } from '../format';
import { ShareDonut, VerticalBars } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

/** Environments: requests by type and state, approvals, lead time, what expires soon. */
export function EnvironmentsSection({ report, tables, range, readOnly }: SectionProps) {
  const e = report.environments;
  return (
    <InsightsSection
      title="Environments"
      figures={[
        { label: 'Requests submitted', figure: e.submitted, kind: 'count' },
        { label: 'Approval rate', figure: e.approvalRate, kind: 'ratio' },
        { label: 'Median lead time to provisioned', figure: e.medianLeadTimeHours, kind: 'hours', better: 'down' },
        { label: 'Expiring in the next 14 days', figure: e.expiringSoon, kind: 'count' },
      ]}
    >
      <ChartPanel
        title="Requests by type"
        table={tableOf(tables, 'environments-by-type')}
        range={range}
        readOnly={readOnly}
        empty={e.byType.every((t) => t.count === 0)}
        emptyText="No requests in this period."
        chart={<VerticalBars title="Requests by type" data={e.byType.filter((t) => t.count > 0).map((t) => ({ label: t.type, value: t.count }))} />}
      />
      <ChartPanel
        title="Requests by state"
        table={tableOf(tables, 'environments-by-state')}
        range={range}
        readOnly={readOnly}
        empty={e.byState.every((s) => s.count === 0)}
        emptyText="No requests in this period."
        chart={<ShareDonut title="Requests by state" data={e.byState.filter((s) => s.count > 0).map((s) => ({ label: humanize(s.state), value: s.count }))} />}
      />
      {!readOnly && (
        <ChartPanel
          title="Expiring soon"
          description="Live environments whose expiry falls in the next 14 days, soonest first."
          table={tableOf(tables, 'environments-expiring')}
          range={range}
          tableFirst
          empty={e.expiring.length === 0}
          emptyText="Nothing expires in the next 14 days."
          chart={null}
        />
      )}
    </InsightsSection>
  );
}
