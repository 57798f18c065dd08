import { productLabels } from '../../stories/format';
import type { StoryProduct } from '../../stories/types';
import { ChartPanel } from '../chart-panel';
import { formatMonth } from '../format';
import { HorizontalBars, VerticalBars } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

/** Stories: what was published and the impact it reports, by product and month. */
export function StoriesSection({ report, tables, range, readOnly }: SectionProps) {
  const s = report.stories;
  return (
    <InsightsSection
      title="Stories"
      figures={[
        { label: 'Stories published', figure: s.published, kind: 'count', better: 'up' },
        { label: 'Hours saved per month', figure: s.hoursSavedPerMonth, kind: 'count', better: 'up' },
        { label: 'People served', figure: s.peopleServed, kind: 'count', better: 'up' },
      ]}
    >
      <ChartPanel
        title="Published stories by product"
        description="Every story published up to the end of the period; a story with two products counts for both."
        table={tableOf(tables, 'stories-by-product')}
        range={range}
        readOnly={readOnly}
        empty={s.byProduct.every((p) => p.stories === 0)}
        emptyText="No published stories yet."
        chart={<HorizontalBars title="Published stories by product" data={s.byProduct.filter((p) => p.stories > 0).map((p) => ({ label: productLabels[p.product as StoryProduct] ?? p.product, value: p.stories }))} />}
      />
      <ChartPanel
        title="Hours saved per month, by month published"
        table={tableOf(tables, 'stories-by-month')}
        range={range}
        readOnly={readOnly}
        empty={s.byMonth.every((m) => m.published === 0)}
        emptyText="No stories published in this period."
        chart={<VerticalBars title="Hours saved per month, by month published" data={s.byMonth.map((m) => ({ label: formatMonth(m.month), value: m.hoursSavedPerMonth }))} />}
      />
    </InsightsSection>
  );
}
