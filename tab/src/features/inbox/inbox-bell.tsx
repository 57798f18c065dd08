import { Button, makeStyles } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useRef, useState } from 'react';
import { CountBadge } from '../../components/badge';
import { useUnread } from './use-unread';
import { useTranslation } from '../../lib/translation';

const loadPopover = () => import('./inbox-popover');
const InboxPopover = lazy(async () => ({ default: (await loadPopover()).InboxPopover }));

const useStyles = makeStyles({
  bell: { position: 'relative', display: 'inline-flex' },
  badge: { position: 'absolute', top: '-2px', right: '-4px', pointerEvents: 'none' },
});

/**
 * The header's bell: the unread count, and on press a panel listing what happened to me. The
 * panel's code is fetched when a pointer or the keyboard reaches the bell (so it is usually there
 * by the press), not with the first load of the tab.
 */
export function InboxBell() {
  const styles = useStyles();
  const { unread, set } = useUnread();
  const [pressed, setPressed] = useState(false);
  const frame = useRef<HTMLSpanElement>(null);
  const { t } = useTranslation();
  const label = unread ? t('inbox.unread', { count: unread }) : t('inbox.title');
  const prefetch = () => void loadPopover().catch(() => undefined);
  const button = (
    <Button
      appearance="subtle"
      icon={<AlertRegular />}
      aria-label={label}
      title={label}
      onPointerEnter={pressed ? undefined : prefetch}
      onFocus={pressed ? undefined : prefetch}
      onClick={pressed ? undefined : () => setPressed(true)}
    />
  );
  return (
    <span className={styles.bell} ref={frame}>
      {pressed ? (
        <Suspense fallback={button}>
          <InboxPopover trigger={button} unread={unread} setUnread={set} refocusBell={() => frame.current?.querySelector('button')?.focus()} />
        </Suspense>
      ) : (
        button
      )}
      <CountBadge className={styles.badge} count={unread ?? 0} color="danger" aria-hidden="true" />
    </span>
  );
}
