import { makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { Link } from '../lib/router';
import { IconTile } from './icon-tile';
import { cardSurface } from './surface';

const useStyles = makeStyles({
  card: {
    ...cardSurface,
    // Cards in a grid row are as tall as the tallest.
    height: '100%',
    boxSizing: 'border-box',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  title: { margin: 0 },
  titleBesideIcon: { flexGrow: 1 },
  // The title link covers the card: one tab stop, one accessible name, and a click anywhere opens it.
  link: {
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    '::after': { content: '""', position: 'absolute', inset: 0, borderRadius: tokens.borderRadiusMedium },
    ':focus-visible': { outline: 'none' },
    // Drawn inside the card's edge: the card clips anything outside it.
    ':focus-visible::after': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
  },
  chevron: { color: tokens.colorNeutralForeground3, fontSize: '16px', flexShrink: 0 },
});

export interface ListCardProps {
  /** Where the card leads (an in-app route). */
  readonly to: string;
  /** The card's h3 and its link's name. */
  readonly title: ReactNode;
  /** Type and state badges, above the title. */
  readonly badges?: ReactNode;
  /** A place's icon, before the title; such a card gets a chevron after it (it leads somewhere). */
  readonly icon?: ReactNode;
  /** Overrides of the card's own styles (e.g. a denser gap). */
  readonly className?: string;
  /** What the card says under its title. */
  readonly children?: ReactNode;
}

/** A card in a list or grid that opens one thing (an event, a path, a page) when clicked anywhere. */
export function ListCard({ to, title, badges, icon, className, children }: ListCardProps) {
  const styles = useStyles();
  const heading = (
    <Subtitle2 as="h3" className={mergeClasses(styles.title, icon !== undefined && styles.titleBesideIcon)}>
      <Link to={to} className={styles.link}>
        {title}
      </Link>
    </Subtitle2>
  );
  return (
    <div className={mergeClasses(styles.card, className)}>
      {badges !== undefined && <div className={styles.badges}>{badges}</div>}
      {icon === undefined ? (
        heading
      ) : (
        <div className={styles.top}>
          <IconTile>{icon}</IconTile>
          {heading}
          <ChevronRightRegular className={styles.chevron} aria-hidden="true" />
        </div>
      )}
      {children}
    </div>
  );
}
