import {
  Button,
  createFocusOutlineStyle,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  mergeClasses,
  OverlayDrawer,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { CountBadge } from '../../components/badge';
import { NavLink } from '../../lib/router';
import type { PageLink } from '../pages';
import { pageIcons } from './page-icons';
import { useTranslation } from '../../lib/translation';
import type { NavBadges } from './use-nav-badges';

const useStyles = makeStyles({
  drawer: {
    maxWidth: '85vw',
    // The drawer is portalled outside the provider's styled element (app.tsx keeps portals
    // unstyled): it sets its text font itself instead of relying on the order styles arrive in,
    // which changed when the drawer began to load lazily (its links fell back to a serif font).
    fontFamily: tokens.fontFamilyBase,
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  link: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    minHeight: '44px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
    textDecoration: 'none',
    ...createFocusOutlineStyle(),
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground2Hover,
    },
  },
  active: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    // The "selected" foreground pairs with the selected background (black on cyan in high contrast).
    color: tokens.colorNeutralForeground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundSelected,
      color: tokens.colorNeutralForeground1Selected,
    },
    '::before': {
      content: '""',
      position: 'absolute',
      left: 0,
      top: tokens.spacingVerticalM,
      bottom: tokens.spacingVerticalM,
      width: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
    '@media (forced-colors: active)': {
      '::before': { backgroundColor: 'Highlight' },
    },
  },
  icon: {
    fontSize: '20px',
    display: 'inline-flex',
  },
});

export interface NavDrawerProps {
  readonly pages: readonly PageLink[];
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly badges?: NavBadges;
}

/** Phone navigation: a modal drawer from the start edge with one large link per page. */
export function NavDrawer({ pages, open, onOpenChange, badges = {} }: NavDrawerProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const close = () => onOpenChange(false);
  return (
    <OverlayDrawer
      open={open}
      onOpenChange={(_event, data) => onOpenChange(data.open)}
      position="start"
      size="small"
      className={styles.drawer}
      aria-label={t('shell.navigation')}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" aria-label={t('shell.closeNavigation')} icon={<DismissRegular />} onClick={close} />
          }
        >
          {t('common.appName')}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <nav aria-label={t('common.appName')}>
          <ul className={styles.list}>
            {pages.map((page) => {
              const Icon = pageIcons[page.id];
              return (
                <li key={page.id}>
                  <NavLink
                    to={page.path}
                    end={page.path === '/'}
                    onClick={close}
                    className={({ isActive }) => mergeClasses(styles.link, isActive && styles.active)}
                  >
                    <Icon className={styles.icon} aria-hidden="true" />
                    {t(`pages.${page.id}.label`)}
                    {badges[page.id] !== undefined && <CountBadge color="brand" count={badges[page.id]!.count} aria-label={badges[page.id]!.label} />}
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </nav>
      </DrawerBody>
    </OverlayDrawer>
  );
}
