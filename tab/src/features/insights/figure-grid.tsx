import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { describeChange, formatValue, type FigureKind } from './format';
import type { Figure } from './types';

/** One headline figure as a card shows it. */
export interface FigureSpec {
  readonly label: string;
  readonly figure: Figure;
  readonly kind: FigureKind;
  /** Which way is good news (lead times should fall); colours the change, the arrow says it anyway. */
  readonly better?: 'up' | 'down';
  /** A short line under the figure, e.g. "12 👍 · 3 👎" or "of 120 seats". */
  readonly note?: string;
}

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 170px), 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    // Transparent in the normal themes; drawn in high contrast, where shadows vanish.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    breakInside: 'avoid',
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  detail: { margin: 0, color: tokens.colorNeutralForeground2 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

const words = { up: 'Up', down: 'Down' } as const;
const arrows = { up: '▲', down: '▼' } as const;

/** "▲ 25% (previous 8)", with the arrow spoken as a word. */
function ChangeLine({ spec }: { readonly spec: FigureSpec }) {
  const styles = useStyles();
  const change = describeChange(spec.figure, spec.kind);
  if (spec.figure.previous === null) return <dd className={styles.detail}><Caption1>No earlier figure to compare</Caption1></dd>;
  const previous = formatValue(spec.figure.previous, spec.kind);
  if (change === null || change.direction === 'same') {
    return (
      <dd className={styles.detail}>
        <Caption1>{change === null ? `Previous period: ${previous}` : `No change (previous ${previous})`}</Caption1>
      </dd>
    );
  }
  const good = spec.better === undefined ? undefined : spec.better === change.direction;
  return (
    <dd className={mergeClasses(styles.detail, good === true && styles.good, good === false && styles.bad)}>
      <Caption1>
        <span aria-hidden="true">{arrows[change.direction]} </span>
        <span className={styles.hidden}>{words[change.direction]} </span>
        {change.amount} (previous {previous})
      </Caption1>
    </dd>
  );
}

/** Headline figures of a section: this period's value, and how it changed from the period before. */
export function FigureGrid({ figures }: { readonly figures: readonly FigureSpec[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {figures.map((spec) => (
        <div key={spec.label} className={styles.card} data-figure={spec.label}>
          <dt>
            <Caption1 className={styles.label}>{spec.label}</Caption1>
          </dt>
          <dd className={styles.value}>
            <Text as="span" size={600} weight="semibold">
              {formatValue(spec.figure.current, spec.kind)}
            </Text>
          </dd>
          {spec.note !== undefined && (
            <dd className={styles.detail}>
              <Caption1>{spec.note}</Caption1>
            </dd>
          )}
          <ChangeLine spec={spec} />
        </div>
      ))}
    </dl>
  );
}
