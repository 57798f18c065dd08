import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CountBadge } from '../../components/badge';
import { NavLink } from '../../lib/router';
import type { PageLink } from '../pages';
import { useTranslation } from '../../lib/translation';
import type { NavBadges } from './use-nav-badges';

const useStyles = makeStyles({
  nav: {
    // Lines the first label up with the app name above it (header padding minus link padding).
    paddingLeft: tokens.spacingHorizontalSNudge,
    paddingRight: tokens.spacingHorizontalSNudge,
  },
  list: {
    display: 'flex',
    // Never widen the page: should the labels outgrow the bar (large text), they wrap.
    // (A scrolling bar would clip the keyboard focus ring.)
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  link: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    padding: `${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalMNudge}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: 'nowrap',
    textDecoration: 'none',
    ...createFocusOutlineStyle(),
    // The selection indicator, drawn like Fluent's TabList (::after is the focus ring's).
    '::before': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalMNudge,
      right: tokens.spacingHorizontalMNudge,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      // Not colorTransparentStroke: high contrast themes draw that one visibly.
      backgroundColor: tokens.colorTransparentBackground,
    },
    ':hover': {
      color: tokens.colorNeutralForeground2Hover,
    },
    ':hover::before': {
      backgroundColor: tokens.colorNeutralStroke1Hover,
    },
  },
  active: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': {
      color: tokens.colorNeutralForeground1,
    },
    '::before': {
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
    ':hover::before': {
      backgroundColor: tokens.colorCompoundBrandStrokeHover,
    },
    '@media (forced-colors: active)': {
      '::before': { backgroundColor: 'Highlight' },
    },
  },
  badge: { marginLeft: tokens.spacingHorizontalXS },
  // Reserves the semibold width so the bar does not shift when the selection moves.
  label: {
    display: 'inline-flex',
    flexDirection: 'column',
    alignItems: 'center',
    '::after': {
      content: 'attr(data-label)',
      height: 0,
      overflow: 'hidden',
      visibility: 'hidden',
      fontWeight: tokens.fontWeightSemibold,
    },
  },
});

/** Desktop navigation: a row of links styled like Fluent tabs; the current one has aria-current. */
export function NavBar({ pages, badges = {} }: { readonly pages: readonly PageLink[]; readonly badges?: NavBadges }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.appName')} className={styles.nav}>
      <ul className={styles.list}>
        {pages.map((page) => (
          <li key={page.id}>
            <NavLink
              to={page.path}
              end={page.path === '/'}
              className={({ isActive }) => mergeClasses(styles.link, isActive && styles.active)}
            >
              <span className={styles.label} data-label={t(`pages.${page.id}.label`)}>
                {t(`pages.${page.id}.label`)}
              </span>
              {badges[page.id] !== undefined && <CountBadge className={styles.badge} color="brand" count={badges[page.id]!.count} aria-label={badges[page.id]!.label} />}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
