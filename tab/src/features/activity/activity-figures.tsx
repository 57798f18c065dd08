import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { formatCount } from '../insights/format';
import type { MyActivity } from './types';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 160px), 1fr))', gap: tokens.spacingHorizontalM, margin: 0 },
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
  value: { margin: 0 },
  heading: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** The person's own counts for the period. */
export function ActivityFigures({ activity }: { readonly activity: MyActivity }) {
  const styles = useStyles();
  const headingId = useId();
  const tiles: Array<[string, number]> = [
    ['Questions asked', activity.questionsAsked],
    ['Sent to an expert', activity.questionsEscalated],
    ['Environment requests', activity.environmentRequests],
    ['Events you said you would attend', activity.rsvps],
    ['Events attended', activity.eventsAttended],
    ['Training modules completed', activity.modulesCompleted],
    ['Training paths completed', activity.pathsCompleted],
    ['Stories published', activity.storiesPublished],
    ['Hours saved per month by your stories', activity.hoursSavedPerMonth],
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Your figures
      </h2>
      <dl className={styles.list}>
        {tiles.map(([label, value]) => (
          <div key={label} className={styles.tile} data-figure={label}>
            <dt>
              <Caption1 className={styles.label}>{label}</Caption1>
            </dt>
            <dd className={styles.value}>
              <Text as="span" size={600} weight="semibold">
                {formatCount(value)}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
