import {
  DonutChart,
  GroupedVerticalBarChart,
  HorizontalBarChartWithAxis,
  LineChart,
  ResponsiveContainer,
  VerticalBarChart,
} from '@fluentui/react-charts';
import { makeStyles } from '@fluentui/react-components';
import { seriesColor, useChartPalette } from './chart-palette';
import { formatCount } from './format';
import { dateFormat } from '../../lib/intl-formats';

/**
 * The dashboard's charts: thin wrappers around Fluent's chart components with the page's defaults
 * (size to the container, the theme's series colours, the title as the SVG's accessible name).
 * Loaded on demand (lazy-charts.tsx): the chart library is large and only these pages need it.
 */

const height = 260;

export interface DaySeries {
  readonly legend: string;
  readonly points: ReadonlyArray<{ readonly day: string; readonly value: number }>;
}

export interface Category {
  readonly label: string;
  readonly value: number;
}

export interface Group {
  readonly label: string;
  readonly values: readonly number[];
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);
/** "Nov 21" ("21. Nov." in German): the axis shows days (the library would add "12 AM" to short periods). */
const dayLabel = (date: Date) => dateFormat({ timeZone: 'UTC', day: 'numeric', month: 'short' }).format(date);

const useStyles = makeStyles({
  // The chart library capitalises Every Word of a legend; ours are sentences.
  legend: { textTransform: 'none' },
  // The donut repeats its accessible name as a small visible title; the panel has the heading.
  donut: { '& .fui-donut__chartTitle': { display: 'none' } },
});

/** Legends that wrap at phone width and read as written. */
function useLegendProps() {
  const styles = useStyles();
  return { enabledWrapLines: true, styles: { legend: styles.legend } };
}

/** Ticks at whole numbers for counts: no more ticks than the largest value (d3 then picks 0, 1, 2…). */
const tickCount = (values: readonly number[]) => Math.max(1, Math.min(5, Math.ceil(Math.max(0, ...values))));

/** Longest category names (ellipsised beyond this) and the room they need left of the bars. */
const maxLabelChars = 18;
const labelMargin = (data: readonly Category[]) => 24 + 7 * Math.min(maxLabelChars, Math.max(4, ...data.map((d) => d.label.length)));

/** Daily series (one line each) over the period; days in UTC, as the server counts them. */
export function DailyLineChart({ title, series }: { readonly title: string; readonly series: readonly DaySeries[] }) {
  const palette = useChartPalette();
  const legendProps = useLegendProps();
  const days = series[0]?.points.map((p) => p.day) ?? [];
  return (
    // Room for a legend that wraps onto several lines at phone width.
    <ResponsiveContainer height={series.length > 1 ? height + 40 : height}>
      <LineChart
        data={{
          chartTitle: title,
          lineChartData: series.map((s, i) => ({
            legend: s.legend,
            color: seriesColor(palette, i),
            data: s.points.map((p) => ({ x: utcDay(p.day), y: p.value })),
          })),
        }}
        useUTC
        customDateTimeFormatter={dayLabel}
        // A short period gets a tick per day; longer ones let the library space them out.
        {...(days.length <= 10 ? { tickValues: days.map(utcDay) } : {})}
        yMinValue={0}
        yAxisTickCount={tickCount(series.flatMap((x) => x.points.map((p) => p.value)))}
        hideLegend={series.length < 2}
        legendProps={legendProps}
      />
    </ResponsiveContainer>
  );
}

/** Few categories with long names (departments, products, paths): bars across, names readable. */
export function HorizontalBars({ title, data, format, max }: { readonly title: string; readonly data: readonly Category[]; readonly format?: (value: number) => string; readonly max?: number }) {
  const palette = useChartPalette();
  return (
    <ResponsiveContainer height={Math.max(140, 48 + data.length * 40)}>
      <HorizontalBarChartWithAxis
        chartTitle={title}
        data={data.map((d) => ({
          x: d.value,
          y: d.label,
          legend: d.label,
          color: seriesColor(palette, 0),
          ...(format ? { xAxisCalloutData: d.label, yAxisCalloutData: format(d.value), barLabel: format(d.value) } : {}),
        }))}
        colors={[seriesColor(palette, 0)]}
        hideLegend
        showYAxisLablesTooltip
        noOfCharsToTruncate={maxLabelChars}
        // The library measures its labels before they are drawn and leaves too little room.
        margins={{ left: labelMargin(data) }}
        xMinValue={0}
        xAxisTickCount={max !== undefined ? 5 : tickCount(data.map((d) => d.value))}
        // Otherwise the library picks its own tick count, with fractions for small counts.
        hideTickOverlap={false}
        {...(max !== undefined ? { xMaxValue: max } : {})}
      />
    </ResponsiveContainer>
  );
}

/** Short categories (environment types, months): columns. */
export function VerticalBars({ title, data }: { readonly title: string; readonly data: readonly Category[] }) {
  const palette = useChartPalette();
  return (
    <ResponsiveContainer height={height}>
      <VerticalBarChart
        chartTitle={title}
        data={data.map((d) => ({ x: d.label, y: d.value, legend: d.label, color: seriesColor(palette, 0) }))}
        colors={[seriesColor(palette, 0)]}
        useSingleColor
        hideLegend
        yAxisTickCount={tickCount(data.map((d) => d.value))}
        // Bars fill their category's band (up to 48px): few fixed-width bars bunch up and hide labels.
        barWidth="auto"
        maxBarWidth={48}
      />
    </ResponsiveContainer>
  );
}

/** Parts of a whole (requests by state), with the total in the middle. */
export function ShareDonut({ title, data }: { readonly title: string; readonly data: readonly Category[] }) {
  const palette = useChartPalette();
  const legendProps = useLegendProps();
  const styles = useStyles();
  const total = data.reduce((sum, d) => sum + d.value, 0);
  return (
    <div className={styles.donut}>
      <ResponsiveContainer height={height}>
        <DonutChart
          data={{ chartTitle: title, chartData: data.map((d, i) => ({ legend: d.label, data: d.value, color: seriesColor(palette, i) })) }}
          innerRadius={55}
          valueInsideDonut={formatCount(total)}
          legendProps={legendProps}
        />
      </ResponsiveContainer>
    </div>
  );
}

/** Two or more values side by side per group (RSVPs against capacity per event). */
export function GroupedBars({ title, legends, groups }: { readonly title: string; readonly legends: readonly string[]; readonly groups: readonly Group[] }) {
  const palette = useChartPalette();
  const legendProps = useLegendProps();
  return (
    <ResponsiveContainer height={height}>
      <GroupedVerticalBarChart
        chartTitle={title}
        data={groups.map((g) => ({
          name: g.label,
          series: legends.map((legend, i) => ({ key: `${g.label}-${i}`, legend, data: g.values[i] ?? 0, color: seriesColor(palette, i) })),
        }))}
        barWidth="auto"
        maxBarWidth={32}
        yAxisTickCount={tickCount(groups.flatMap((g) => g.values))}
        wrapXAxisLables
        legendProps={legendProps}
      />
    </ResponsiveContainer>
  );
}
