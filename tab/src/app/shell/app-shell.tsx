import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocation } from '../../lib/router';
import type { Role } from '../../lib/api-types';
import { visiblePageLinks } from '../pages';
import { SessionProvider, useSessionState } from '../session/session-context';
import { AppHeader } from './app-header';
import { NavBar } from './nav-bar';
import { SessionGate } from './session-gate';
import { SkipLink } from './skip-link';
import { useNarrowLayout } from './use-narrow-layout';
import { useNavBadges } from './use-nav-badges';

const mainId = 'main-content';

// Only phones open the drawer (and its dialog, motion and focus trap code): fetched when first needed.
const NavDrawer = lazy(async () => ({ default: (await import('./nav-drawer')).NavDrawer }));

const useStyles = makeStyles({
  top: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  main: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '1120px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    ':focus': { outline: 'none' },
  },
  mainNarrow: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

const noRoles: readonly Role[] = [];

function ShellLayout() {
  const styles = useStyles();
  const narrow = useNarrowLayout();
  const session = useSessionState();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const location = useLocation();
  // Admin appears only once we know the user is an admin (the page itself checks again).
  const roles = session.status === 'success' ? session.data.roles : noRoles;
  const pages = visiblePageLinks(roles);
  const badges = useNavBadges(roles);

  // Leaving phone width, or navigating by any means, closes the drawer.
  useEffect(() => {
    setDrawerOpen(false);
  }, [narrow, location.pathname]);
  // A new page starts at its top, as it would with full page loads. (Block body on purpose:
  // recent Chromium returns a promise from scrollTo, which React would take for a clean-up.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <>
      <SkipLink targetId={mainId} />
      <div className={styles.top}>
        <AppHeader
          compact={narrow}
          onOpenNavigation={narrow ? () => setDrawerOpen(true) : undefined}
          navigationOpen={drawerOpen}
        />
        {!narrow && <NavBar pages={pages} badges={badges} />}
      </div>
      {narrow && (
        <Suspense fallback={null}>
          <NavDrawer pages={pages} open={drawerOpen} onOpenChange={setDrawerOpen} badges={badges} />
        </Suspense>
      )}
      <main id={mainId} tabIndex={-1} className={mergeClasses(styles.main, narrow && styles.mainNarrow)}>
        <SessionGate />
      </main>
    </>
  );
}

/** Header, navigation and main area around every page except the channel tab configuration. */
export function AppShell() {
  return (
    <SessionProvider>
      <ShellLayout />
    </SessionProvider>
  );
}
