import type { TFunction } from 'i18next';
import { REQUEST_STATUSES, type RequestStatus } from '../../../../../src/domain/environments/types';
import { useTranslation } from '../../../lib/translation';
import { ChartPanel } from '../chart-panel';
import { humanize } from '../format';
import { ShareDonut, VerticalBars } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

const isStatus = (state: string): state is RequestStatus => (REQUEST_STATUSES as readonly string[]).includes(state);
/** A request state as the legend names it; a state this tab does not know yet still reads as words. */
const stateLabel = (state: string, t: TFunction) => (isStatus(state) ? t(`insights.environments.state.${state}`) : humanize(state));

/** Environments: requests by type and state, approvals, lead time, what expires soon. */
export function EnvironmentsSection({ report, tables, range, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const e = report.environments;
  const noRequests = t('insights.environments.noRequests');
  return (
    <InsightsSection
      title={t('insights.environments.title')}
      figures={[
        { label: t('insights.environments.submitted'), figure: e.submitted, kind: 'count' },
        { label: t('insights.environments.approvalRate'), figure: e.approvalRate, kind: 'ratio' },
        { label: t('insights.environments.leadTime'), figure: e.medianLeadTimeHours, kind: 'hours', better: 'down' },
        { label: t('insights.environments.expiringSoon'), figure: e.expiringSoon, kind: 'count' },
      ]}
    >
      <ChartPanel
        title={t('insights.environments.byType')}
        table={tableOf(tables, 'environments-by-type')}
        range={range}
        readOnly={readOnly}
        empty={e.byType.every((x) => x.count === 0)}
        emptyText={noRequests}
        // Environment types are Power Platform's own names (Developer, Sandbox…), shown as the admin center shows them.
        chart={<VerticalBars title={t('insights.environments.byType')} data={e.byType.filter((x) => x.count > 0).map((x) => ({ label: x.type, value: x.count }))} />}
      />
      <ChartPanel
        title={t('insights.environments.byState')}
        table={tableOf(tables, 'environments-by-state')}
        range={range}
        readOnly={readOnly}
        empty={e.byState.every((s) => s.count === 0)}
        emptyText={noRequests}
        chart={<ShareDonut title={t('insights.environments.byState')} data={e.byState.filter((s) => s.count > 0).map((s) => ({ label: stateLabel(s.state, t), value: s.count }))} />}
      />
      {!readOnly && (
        <ChartPanel
          title={t('insights.environments.expiring')}
          description={t('insights.environments.expiringDescription')}
          table={tableOf(tables, 'environments-expiring')}
          range={range}
          tableFirst
          empty={e.expiring.length === 0}
          emptyText={t('insights.environments.nothingExpires')}
          chart={null}
        />
      )}
    </InsightsSection>
  );
}
