import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { costTotals, formatNumber } from './format';
import type { ImpactTotals as Totals } from './types';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 150px), 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  tile: {
    display: 'flex',
    // The figure reads first; the label (first in the DOM, as a list needs) sits under it.
    flexDirection: 'column-reverse',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  heading: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** What the stories in view add up to: the figures the CoE reports (the KPI dashboard sums the same). */
export function ImpactTotals({ totals, filtered }: { readonly totals: Totals; readonly filtered: boolean }) {
  const styles = useStyles();
  const headingId = useId();
  const tiles: Array<[string, string]> = [
    [filtered ? 'Matching stories' : 'Published stories', formatNumber(totals.stories)],
    ['Hours saved per month', formatNumber(totals.hoursSavedPerMonth)],
    ['People served', formatNumber(totals.peopleServed)],
    ['Cost avoided per year', costTotals(totals)],
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Impact
      </h2>
      <dl className={styles.list}>
        {tiles.map(([label, value]) => (
          <div key={label} className={styles.tile}>
            <dt>
              <Caption1 className={styles.label}>{label}</Caption1>
            </dt>
            <dd className={styles.value}>
              <Text as="span" size={500} weight="semibold">
                {value}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
