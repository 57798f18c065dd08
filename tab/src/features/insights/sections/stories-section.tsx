import { useTranslation } from '../../../lib/translation';
import { productLabels } from '../../stories/format';
import type { StoryProduct } from '../../stories/types';
import { ChartPanel } from '../chart-panel';
import { formatMonth } from '../format';
import { HorizontalBars, VerticalBars } from '../lazy-charts';
import { InsightsSection, tableOf, type SectionProps } from './insights-section';

/** Stories: what was published and the impact it reports, by product and month. */
export function StoriesSection({ report, tables, range, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const s = report.stories;
  return (
    <InsightsSection
      title={t('insights.stories.title')}
      figures={[
        { label: t('insights.stories.published'), figure: s.published, kind: 'count', better: 'up' },
        { label: t('insights.stories.hoursSaved'), figure: s.hoursSavedPerMonth, kind: 'count', better: 'up' },
        { label: t('insights.stories.peopleServed'), figure: s.peopleServed, kind: 'count', better: 'up' },
      ]}
    >
      <ChartPanel
        title={t('insights.stories.byProduct')}
        description={t('insights.stories.byProductDescription')}
        table={tableOf(tables, 'stories-by-product')}
        range={range}
        readOnly={readOnly}
        empty={s.byProduct.every((p) => p.stories === 0)}
        emptyText={t('insights.stories.noneYet')}
        chart={
          <HorizontalBars
            title={t('insights.stories.byProduct')}
            data={s.byProduct.filter((p) => p.stories > 0).map((p) => ({ label: productLabels[p.product as StoryProduct] ?? p.product, value: p.stories }))}
          />
        }
      />
      <ChartPanel
        title={t('insights.stories.byMonth')}
        table={tableOf(tables, 'stories-by-month')}
        range={range}
        readOnly={readOnly}
        empty={s.byMonth.every((m) => m.published === 0)}
        emptyText={t('insights.stories.noneInPeriod')}
        chart={<VerticalBars title={t('insights.stories.byMonth')} data={s.byMonth.map((m) => ({ label: formatMonth(m.month), value: m.hoursSavedPerMonth }))} />}
      />
    </InsightsSection>
  );
}
