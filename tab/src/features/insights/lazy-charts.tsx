import { lazy, Suspense, type ComponentProps } from 'react';
import { LoadingState } from '../../components/loading-state';
import { useTranslation } from '../../lib/translation';
import type * as Charts from './charts';

/**
 * The charts, loaded the first time one is shown, so pages without charts do not download the
 * chart library (and its d3 modules).
 */
const charts = () => import('./charts');
const LazyDailyLineChart = lazy(() => charts().then((m) => ({ default: m.DailyLineChart })));
const LazyHorizontalBars = lazy(() => charts().then((m) => ({ default: m.HorizontalBars })));
const LazyVerticalBars = lazy(() => charts().then((m) => ({ default: m.VerticalBars })));
const LazyShareDonut = lazy(() => charts().then((m) => ({ default: m.ShareDonut })));
const LazyGroupedBars = lazy(() => charts().then((m) => ({ default: m.GroupedBars })));

function Loading() {
  const { t } = useTranslation();
  return <LoadingState label={t('insights.drawing')} />;
}

export function DailyLineChart(props: ComponentProps<typeof Charts.DailyLineChart>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyDailyLineChart {...props} />
    </Suspense>
  );
}

export function HorizontalBars(props: ComponentProps<typeof Charts.HorizontalBars>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyHorizontalBars {...props} />
    </Suspense>
  );
}

export function VerticalBars(props: ComponentProps<typeof Charts.VerticalBars>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyVerticalBars {...props} />
    </Suspense>
  );
}

export function ShareDonut(props: ComponentProps<typeof Charts.ShareDonut>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyShareDonut {...props} />
    </Suspense>
  );
}

export function GroupedBars(props: ComponentProps<typeof Charts.GroupedBars>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyGroupedBars {...props} />
    </Suspense>
  );
}

export type { Category, DaySeries, Group } from './charts';
