import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
});

export interface CardGridProps {
  /** The narrowest a card gets before the grid drops a column, in px; min() keeps one column on a phone. */
  readonly minCardWidth: number;
  /** The cards, each in its own <li>. */
  readonly children: ReactNode;
}

/** Cards side by side as a list: as many columns as fit, every card as wide as the others. */
export function CardGrid({ minCardWidth, children }: CardGridProps) {
  const styles = useStyles();
  return (
    <ul className={styles.grid} style={{ gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${minCardWidth}px), 1fr))` }}>
      {children}
    </ul>
  );
}
