import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { NavigationRegular } from '@fluentui/react-icons';
import { lazy, Suspense } from 'react';
import { useSessionState } from '../session/session-context';
import { HeaderSearch } from '../../features/search/header-search';
import { AppLogo } from './app-logo';
import { UserSummary } from './user-summary';
import { InboxBell } from '../../features/inbox/inbox-bell';
import { useTranslation } from '../../lib/translation';

// Shown only on a development sign-in. Small enough that the build folds its chunk into the index
// chunk (experimentalMinChunkSize in vite.config.ts); lazy, so it gets its own chunk again if it grows.
const DevIdentityBadge = lazy(async () => ({ default: (await import('./dev-identity-badge')).DevIdentityBadge }));

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    minHeight: '48px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  narrow: {
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalM,
  },
  end: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginLeft: 'auto',
    minWidth: 0,
  },
});

export interface AppHeaderProps {
  readonly compact: boolean;
  /** At phone width: opens the navigation drawer. */
  readonly onOpenNavigation?: () => void;
  readonly navigationOpen?: boolean;
}

/** The banner: menu button (phone), app name, development badge and the signed-in user. */
export function AppHeader({ compact, onOpenNavigation, navigationOpen }: AppHeaderProps) {
  const styles = useStyles();
  const session = useSessionState();
  const { t } = useTranslation();
  return (
    <header className={mergeClasses(styles.header, compact && styles.narrow)}>
      {onOpenNavigation !== undefined && (
        <Button
          appearance="subtle"
          icon={<NavigationRegular />}
          aria-label={t('shell.openNavigation')}
          aria-expanded={navigationOpen ?? false}
          onClick={onOpenNavigation}
        />
      )}
      <AppLogo />
      {session.status === 'success' && (
        <div className={styles.end}>
          <HeaderSearch compact={compact} />
          {session.data.devMode && (
            <Suspense fallback={null}>
              <DevIdentityBadge compact={compact} />
            </Suspense>
          )}
          <InboxBell />
          <UserSummary me={session.data} compact={compact} />
        </div>
      )}
    </header>
  );
}
