import { makeStyles, tokens } from '@fluentui/react-components';
import { FigureDetail, FigureTile, FigureTiles } from '../../components/figure-tiles';
import { useTranslation } from '../../lib/translation';
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
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

const arrows = { up: '▲', down: '▼' } as const;

/** "▲ 25% (previous 8)", with the arrow spoken as a word. */
function ChangeLine({ spec }: { readonly spec: FigureSpec }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const change = describeChange(spec.figure, spec.kind, t);
  if (spec.figure.previous === null) return <FigureDetail>{t('insights.change.noEarlier')}</FigureDetail>;
  const previous = formatValue(spec.figure.previous, spec.kind, t);
  if (change === null || change.direction === 'same') {
    return <FigureDetail>{change === null ? t('insights.change.previousPeriod', { value: previous }) : t('insights.change.noChange', { value: previous })}</FigureDetail>;
  }
  const good = spec.better === undefined ? undefined : spec.better === change.direction;
  return (
    <FigureDetail className={good === true ? styles.good : good === false ? styles.bad : undefined}>
      <span aria-hidden="true">{arrows[change.direction]} </span>
      <span className={styles.hidden}>{t(`insights.change.${change.direction}`)} </span>
      {t('insights.change.amount', { amount: change.amount, value: previous })}
    </FigureDetail>
  );
}

/** Headline figures of a section: this period's value, and how it changed from the period before. */
export function FigureGrid({ figures }: { readonly figures: readonly FigureSpec[] }) {
  const { t } = useTranslation();
  return (
    <FigureTiles minTileWidth={170}>
      {figures.map((spec) => (
        <FigureTile key={spec.label} label={spec.label} value={formatValue(spec.figure.current, spec.kind, t)} lead="label">
          {spec.note !== undefined && <FigureDetail>{spec.note}</FigureDetail>}
          <ChangeLine spec={spec} />
        </FigureTile>
      ))}
    </FigureTiles>
  );
}
