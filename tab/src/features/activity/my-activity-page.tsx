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
function dailyTable(activity: MyActivity) {
  return {
    id: 'my-activity-daily',
    title: 'What you did per day',
    columns: [
      { key: 'day', label: 'Day' },
      { key: 'actions', label: 'Actions' },
    ],
    rows: activity.byDay.map((d) => ({ day: d.day, actions: d.actions })),
  };
}

/** My activity: what the signed-in person asked, requested, attended, learned and shared; nobody else's. */
export function MyActivityPage() {
  const styles = useStyles();
  const { choice, range, setChoice } = useRangeChoice();
  const state = useApi((client, signal) => fetchMyActivity(client, range, signal), [range.from, range.to]);
  return (
    <Page title="My activity" description="What you did in Maker Hub: your questions, environment requests, events, training and stories. Only you see this page.">
      <RangePicker choice={choice} range={range} onChange={setChoice} />
      {state.status === 'loading' && <LoadingState label="Loading your activity…" />}
      {state.status === 'error' && <ErrorState title="We couldn't load your activity" error={state.error} onRetry={state.retry} />}
      {state.status === 'success' && (
        <div className={styles.body}>
          <PeriodLine period={state.data.period} />
          <ActivityFigures activity={state.data} />
          <ChartPanel
            title="What you did per day"
            description="Questions, requests, RSVPs, completed modules and stories, counted together."
            table={dailyTable(state.data)}
            noCsv
            range={range}
            empty={state.data.byDay.every((d) => d.actions === 0)}
            emptyText="Nothing in this period yet."
            chart={<DailyLineChart title="What you did per day" series={[{ legend: 'Actions', points: state.data.byDay.map((d) => ({ day: d.day, value: d.actions })) }]} />}
          />
          <RecentQuestions questions={state.data.recentQuestions} />
        </div>
      )}
      <DepartmentField />
      <DownloadMyData />
    </Page>
  );
}
