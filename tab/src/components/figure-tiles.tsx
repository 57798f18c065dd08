import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { raisedSurface } from './surface';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingHorizontalM, margin: 0 },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    ...raisedSurface,
    breakInside: 'avoid',
  },
  // Tiles in a row are as tall as the tallest: the figures line up along the bottom edge.
  figureFirst: { justifyContent: 'flex-end' },
  // The label stays first in the DOM (a <dt> must come before its <dd>); only the eye reads it last.
  labelLast: { order: 1 },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  detail: { margin: 0, color: tokens.colorNeutralForeground2 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface FigureTilesProps {
  /** Names the tiles for screen readers (a hidden h2) where no visible heading does. */
  readonly heading?: string;
  /** The narrowest a tile gets before the grid drops a column, in px. */
  readonly minTileWidth: number;
  /** Stretch a short row of tiles across the width, instead of keeping every column its size. */
  readonly stretch?: boolean;
  /** The {@link FigureTile}s. */
  readonly children: ReactNode;
}

/** Headline figures as a grid of tiles: one description list, a label and value per tile. */
export function FigureTiles({ heading, minTileWidth, stretch = false, children }: FigureTilesProps) {
  const styles = useStyles();
  const headingId = useId();
  const columns = `repeat(${stretch ? 'auto-fit' : 'auto-fill'}, minmax(min(100%, ${minTileWidth}px), 1fr))`;
  const list = (
    <dl className={styles.list} style={{ gridTemplateColumns: columns }}>
      {children}
    </dl>
  );
  if (heading === undefined) return list;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.hidden}>
        {heading}
      </h2>
      {list}
    </section>
  );
}

export interface FigureTileProps {
  /** Also the tile's `data-figure`, by which tests find it. */
  readonly label: string;
  /** The figure, formatted. */
  readonly value: ReactNode;
  /** "figure" puts the number on top (a glance at counts); "label" reads like a report line. */
  readonly lead?: 'figure' | 'label';
  /** Smaller figures sit beside other content (the stories gallery). */
  readonly valueSize?: 500 | 600;
  /** More lines under the figure, each a <dd>. */
  readonly children?: ReactNode;
}

/** One headline figure. */
export function FigureTile({ label, value, lead = 'figure', valueSize = 600, children }: FigureTileProps) {
  const styles = useStyles();
  const figureFirst = lead === 'figure';
  return (
    <div className={mergeClasses(styles.tile, figureFirst && styles.figureFirst)} data-figure={label}>
      <dt className={figureFirst ? styles.labelLast : undefined}>
        <Caption1 className={styles.label}>{label}</Caption1>
      </dt>
      <dd className={styles.value}>
        <Text as="span" size={valueSize} weight="semibold">
          {value}
        </Text>
      </dd>
      {children}
    </div>
  );
}

/** A further line of a {@link FigureTile} (a note, the change since the last period). */
export function FigureDetail({ className, children }: { readonly className?: string; readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <dd className={mergeClasses(styles.detail, className)}>
      <Caption1>{children}</Caption1>
    </dd>
  );
}
