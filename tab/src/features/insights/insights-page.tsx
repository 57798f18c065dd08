import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTextRegular } from '@fluentui/react-icons';
import { useNavigate } from '../../lib/router';
import { useTranslation } from '../../lib/translation';
import { BackLink } from '../../components/back-link';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { AdminOnly } from './admin-only';
import { fetchInsights } from './api';
import { DownloadCsvButton } from './download-csv-button';
import { InsightsSections } from './insights-sections';
import { PeriodLine } from './period-line';
import { rangeQuery } from './range';
import { RangePicker } from './range-picker';
import { useRangeChoice } from './use-range-choice';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
});

function InsightsDashboard() {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { choice, range, setChoice } = useRangeChoice();
  const state = useApi((client, signal) => fetchInsights(client, range, signal), [range.from, range.to]);
  const reportPath = `/admin/insights/report?${rangeQuery(range)}`;

  return (
    <Page title={t('insights.title')} description={t('insights.description')}>
      <BackLink to="/admin">{t('insights.backToAdmin')}</BackLink>
      <div className={styles.toolbar}>
        <RangePicker choice={choice} range={range} onChange={setChoice} />
        <div className={styles.actions}>
          <Button
            as="a"
            href={reportPath}
            icon={<DocumentTextRegular />}
            onClick={(e) => {
              e.preventDefault();
              navigate(reportPath);
            }}
          >
            {t('insights.sponsorReport')}
          </Button>
          <DownloadCsvButton tableId="headline" range={range} label={t('insights.downloadHeadline')} size="medium" />
        </div>
      </div>
      <div className={styles.body}>
        {state.status === 'loading' && <LoadingState label={t('insights.loading')} />}
        {state.status === 'error' && <ErrorState title={t('insights.loadError')} error={state.error} onRetry={state.retry} />}
        {state.status === 'success' && (
          <>
            <PeriodLine period={state.data.report.period} previous={state.data.report.previous} />
            <InsightsSections report={state.data.report} tables={state.data.tables} range={range} />
          </>
        )}
      </div>
    </Page>
  );
}

/** Admin → Insights: the CoE's adoption dashboard for a period, with charts, tables and CSV exports. */
export function InsightsPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly title={t('insights.title')}>
      <InsightsDashboard />
    </AdminOnly>
  );
}
