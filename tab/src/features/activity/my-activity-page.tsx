import type { TFunction } from 'i18next';
import { useTranslation } from '../../lib/translation';
import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { ChartPanel } from '../insights/chart-panel';
import { DailyLineChart } from '../insights/lazy-charts';
import { PeriodLine } from '../insights/period-line';
import { RangePicker } from '../insights/range-picker';
import { useRangeChoice } from '../insights/use-range-choice';
import { ActivityFigures } from './activity-figures';
import { fetchMyActivity } from './api';
import { DepartmentField } from './department-field';
import { DownloadMyData } from './download-my-data';
import { RecentQuestions } from './recent-questions';
import type { MyActivity } from './types';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
});

/** The per-day chart's table, built here: it is the person's own data, not a report table. */
function dailyTable(activity: MyActivity, t: TFunction) {
  return {
    id: 'my-activity-daily',
    title: t('activity.perDay'),
    columns: [
      { key: 'day', label: t('activity.day') },
      { key: 'actions', label: t('activity.actions') },
    ],
    rows: activity.byDay.map((d) => ({ day: d.day, actions: d.actions })),
  };
}

/** My activity: what the signed-in person asked, requested, attended, learned and shared; nobody else's. */
export function MyActivityPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { choice, range, setChoice } = useRangeChoice();
  const state = useApi((client, signal) => fetchMyActivity(client, range, signal), [range.from, range.to]);
  return (
    <Page title={t('activity.title')} description={t('activity.description')}>
      <RangePicker choice={choice} range={range} onChange={setChoice} />
      {state.status === 'loading' && <LoadingState label={t('activity.loading')} />}
      {state.status === 'error' && <ErrorState title={t('activity.loadError')} error={state.error} onRetry={state.retry} />}
      {state.status === 'success' && (
        <div className={styles.body}>
          <PeriodLine period={state.data.period} />
          <ActivityFigures activity={state.data} />
          <ChartPanel
            title={t('activity.perDay')}
            description={t('activity.perDayDescription')}
            table={dailyTable(state.data, t)}
            noCsv
            range={range}
            empty={state.data.byDay.every((d) => d.actions === 0)}
            emptyText={t('activity.nothingYet')}
            chart={<DailyLineChart title={t('activity.perDay')} series={[{ legend: t('activity.actions'), points: state.data.byDay.map((d) => ({ day: d.day, value: d.actions })) }]} />}
          />
          <RecentQuestions questions={state.data.recentQuestions} />
        </div>
      )}
      <DepartmentField />
      <DownloadMyData />
    </Page>
  );
}
