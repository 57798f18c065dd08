import { Body1, Button, FluentProvider, makeStyles, teamsLightTheme, tokens } from '@fluentui/react-components';
import { PrintRegular } from '@fluentui/react-icons';
import { useSearchParams } from '../../lib/router';
import { useTranslation } from '../../lib/translation';
import { BackLink } from '../../components/back-link';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { AdminOnly } from './admin-only';
import { fetchInsights } from './api';
import { ChartThemeOverride } from './chart-palette';
import { formatInstant } from './format';
import { InsightsSections } from './insights-sections';
import { PeriodLine } from './period-line';
import { usePrintStyles } from './print-styles';
import { choiceFromParams, rangeQuery, resolveRange } from './range';

const useStyles = makeStyles({
  // The provider only supplies the light theme: no background of its own around the paper.
  provider: { backgroundColor: 'transparent' },
  // A document: light like paper in every theme (it is printed), one column as wide as a page.
  paper: {
    boxSizing: 'border-box',
    maxWidth: '760px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow8,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    '@media print': { maxWidth: 'none', padding: 0, boxShadow: 'none', backgroundColor: 'transparent' },
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  meta: { margin: 0, color: tokens.colorNeutralForeground2 },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

function SponsorReport() {
  const styles = useStyles();
  const { t } = useTranslation();
  usePrintStyles();
  const [params] = useSearchParams();
  const range = resolveRange(choiceFromParams(params));
  const state = useApi((client, signal) => fetchInsights(client, range, signal), [range.from, range.to]);

  return (
    // The paper's look sits on an inner element: a FluentProvider's class also goes onto the portal
    // node it creates at the top of the page (for tooltips), which would then show as a sheet too.
    <FluentProvider theme={teamsLightTheme} className={styles.provider}>
      <ChartThemeOverride theme="light">
        <div className={styles.paper} data-sponsor-report="">
          <Page title={t('insights.sponsorReport')} description={t('insights.report.description')}>
            <div className={styles.toolbar} data-print="hide">
              <BackLink to={`/admin/insights?${rangeQuery(range)}`}>{t('insights.report.back')}</BackLink>
              <Button appearance="primary" icon={<PrintRegular />} onClick={() => window.print()}>
                {t('insights.report.print')}
              </Button>
            </div>
            {state.status === 'loading' && <LoadingState label={t('insights.report.loading')} />}
            {state.status === 'error' && <ErrorState title={t('insights.report.loadError')} error={state.error} onRetry={state.retry} />}
            {state.status === 'success' && (
              <div className={styles.body}>
                <div className={styles.heading}>
                  <PeriodLine period={state.data.report.period} previous={state.data.report.previous} />
                  <Body1 as="p" className={styles.meta}>
                    {t('insights.report.prepared', { when: formatInstant(state.data.report.generatedAt) })}
                  </Body1>
                </div>
                <InsightsSections report={state.data.report} tables={state.data.tables} range={range} readOnly />
              </div>
            )}
          </Page>
        </div>
      </ChartThemeOverride>
    </FluentProvider>
  );
}

/** A printable page of the period's headline figures and key charts, for the CoE's sponsors. */
export function SponsorReportPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly title={t('insights.sponsorReport')}>
      <SponsorReport />
    </AdminOnly>
  );
}
