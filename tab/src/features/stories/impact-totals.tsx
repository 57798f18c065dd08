import { FigureTile, FigureTiles } from '../../components/figure-tiles';
import { useTranslation } from '../../lib/translation';
import { costTotals, formatNumber } from './format';
import type { ImpactTotals as Totals } from './types';

/** What the stories in view add up to: the figures the CoE reports (the KPI dashboard sums the same). */
export function ImpactTotals({ totals, filtered }: { readonly totals: Totals; readonly filtered: boolean }) {
  const { t } = useTranslation();
  const tiles: Array<[string, string]> = [
    [filtered ? t('stories.totals.matching') : t('stories.totals.published'), formatNumber(totals.stories)],
    [t('stories.totals.hours'), formatNumber(totals.hoursSavedPerMonth)],
    [t('stories.totals.people'), formatNumber(totals.peopleServed)],
    [t('stories.totals.cost'), costTotals(totals)],
  ];
  return (
    <FigureTiles heading={t('stories.totals.heading')} minTileWidth={150} stretch>
      {tiles.map(([label, value]) => (
        <FigureTile key={label} label={label} value={value} valueSize={500} />
      ))}
    </FigureTiles>
  );
}
