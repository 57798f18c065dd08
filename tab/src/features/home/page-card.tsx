import {
  Body1,
  Card,
  makeStyles,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import { Link } from 'react-router-dom';
import type { PageLink } from '../../app/pages';

const useStyles = makeStyles({
  card: {
    position: 'relative',
    height: '100%',
    boxSizing: 'border-box',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
    },
    ':active': {
      backgroundColor: tokens.colorNeutralBackground1Pressed,
    },
  },
  top: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  icon: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: '40px',
    height: '40px',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: '22px',
  },
  title: {
    margin: 0,
    flexGrow: 1,
  },
  // The link covers the whole card (one tab stop, one accessible name), its focus ring too.
  link: {
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    '::after': {
      content: '""',
      position: 'absolute',
      inset: 0,
      borderRadius: tokens.borderRadiusMedium,
    },
    ':focus-visible': { outline: 'none' },
    // Drawn inside the card's edge: the card clips anything outside it.
    ':focus-visible::after': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  chevron: {
    color: tokens.colorNeutralForeground3,
    fontSize: '16px',
    flexShrink: 0,
  },
  summary: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});

/** A Home card leading to one page of the tab. */
export function PageCard({ page }: { readonly page: PageLink }) {
  const styles = useStyles();
  const Icon = page.icon;
  return (
    <Card className={styles.card} focusMode="off">
      <div className={styles.top}>
        <span className={styles.icon} aria-hidden="true">
          <Icon />
        </span>
        <Subtitle2 as="h3" className={styles.title}>
          <Link to={page.path} className={styles.link}>
            {page.label}
          </Link>
        </Subtitle2>
        <ChevronRightRegular className={styles.chevron} aria-hidden="true" />
      </div>
      <Body1 as="p" className={styles.summary}>
        {page.summary}
      </Body1>
    </Card>
  );
}
