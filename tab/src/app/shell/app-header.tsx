import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { NavigationRegular } from '@fluentui/react-icons';
import { useSessionState } from '../session/session-context';
import { AppLogo } from './app-logo';
import { DevIdentityBadge } from './dev-identity-badge';
import { UserSummary } from './user-summary';
import { InboxBell } from '../../features/inbox/inbox-bell';

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
  return (
    <header className={mergeClasses(styles.header, compact && styles.narrow)}>
      {onOpenNavigation !== undefined && (
        <Button
          appearance="subtle"
          icon={<NavigationRegular />}
          aria-label="Open navigation"
          aria-expanded={navigationOpen ?? false}
          onClick={onOpenNavigation}
        />
      )}
      <AppLogo />
      {session.status === 'success' && (
        <div className={styles.end}>
          {session.data.devMode && <DevIdentityBadge compact={compact} />}
          <InboxBell />
          <UserSummary me={session.data} compact={compact} />
        </div>
      )}
    </header>
  );
}
