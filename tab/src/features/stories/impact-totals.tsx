import { FigureTile, FigureTiles } from '../../components/figure-tiles';
import { costTotals, formatNumber } from './format';
import type { ImpactTotals as Totals } from './types';

/** What the stories in view add up to: the figures the CoE reports (the KPI dashboard sums the same). */
export function ImpactTotals({ totals, filtered }: { readonly totals: Totals; readonly filtered: boolean }) {
  const tiles: Array<[string, string]> = [
    [filtered ? 'Matching stories' : 'Published stories', formatNumber(totals.stories)],
    ['Hours saved per month', formatNumber(totals.hoursSavedPerMonth)],
    ['People served', formatNumber(totals.peopleServed)],
    ['Cost avoided per year', costTotals(totals)],
  ];
  return (
    <FigureTiles heading="Impact" minTileWidth={150} stretch>
      {tiles.map(([label, value]) => (
        <FigureTile key={label} label={label} value={value} valueSize={500} />
      ))}
    </FigureTiles>
  );
}
