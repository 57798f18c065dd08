import { Body1, Button, CounterBadge, makeStyles, Popover, PopoverSurface, PopoverTrigger, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError, type ApiError } from '../../lib/api-error';
import { fetchInbox, markAllRead, markRead, type InboxItem } from './api';
import { InboxList } from './inbox-list';
import { useUnread } from './use-unread';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  bell: { position: 'relative', display: 'inline-flex' },
  badge: { position: 'absolute', top: '-2px', right: '-4px', pointerEvents: 'none' },
  surface: { boxSizing: 'border-box', width: 'min(380px, calc(100vw - 24px))', maxHeight: 'min(520px, 80vh)', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2, padding: tokens.spacingVerticalM },
});

type Loaded = { status: 'idle' | 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; items: InboxItem[]; next: string | null };

/** The header's bell: the unread count, and a panel listing what happened to me, each item leading to its page. */
export function InboxBell() {
  const styles = useStyles();
  const client = useApiClient();
  const { t } = useTranslation();
  const { unread, set } = useUnread();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'idle' });

  function load(before: string | null) {
    if (before === null) setLoaded({ status: 'loading' });
    fetchInbox(client, before).then(
      (page) => {
        set(page.unread);
        setLoaded((prev) => ({ status: 'ready', items: [...(before !== null && prev.status === 'ready' ? prev.items : []), ...page.items], next: page.next }));
      },
      (error: unknown) => setLoaded({ status: 'error', error: toApiError(error) }),
    );
  }
  const markLocally = (ids: ReadonlySet<string> | 'all') =>
    setLoaded((prev) => (prev.status === 'ready' ? { ...prev, items: prev.items.map((i) => (ids === 'all' || ids.has(i.id) ? { ...i, readAt: i.readAt ?? new Date().toISOString() } : i)) } : prev));

  function openItem(item: InboxItem) {
    setOpen(false);
    if (item.readAt !== null) return;
    markLocally(new Set([item.id]));
    markRead(client, item.id).then(set, () => undefined);
  }

  const label = unread ? t('inbox.unread', { count: unread }) : t('inbox.title');
  return (
    <Popover
      open={open}
      onOpenChange={(_e, d) => {
        setOpen(d.open);
        if (d.open) load(null);
      }}
      positioning="below-end"
      trapFocus
    >
      <span className={styles.bell}>
        <PopoverTrigger disableButtonEnhancement>
          <Button appearance="subtle" icon={<AlertRegular />} aria-label={label} title={label} />
        </PopoverTrigger>
        {unread ? <CounterBadge className={styles.badge} count={unread} overflowCount={99} size="small" color="danger" aria-hidden="true" /> : null}
      </span>
      <PopoverSurface className={styles.surface} aria-label={t('inbox.title')}>
        <div className={styles.head}>
          <Subtitle2 as="h2" className={styles.title}>
            {t('inbox.title')}
          </Subtitle2>
          <Button
            size="small"
            disabled={!unread}
            onClick={() => {
              markLocally('all');
              markAllRead(client).then(set, () => undefined);
            }}
          >
            {t('inbox.markAllRead')}
          </Button>
        </div>
        {loaded.status === 'loading' && <Spinner size="tiny" label={t('inbox.loading')} />}
        {loaded.status === 'error' && <ErrorState title={t('inbox.loadError')} error={loaded.error} onRetry={() => load(null)} />}
        {loaded.status === 'ready' && loaded.items.length === 0 && (
          <Body1 as="p" className={styles.empty}>
            {t('inbox.empty')}
          </Body1>
        )}
        {loaded.status === 'ready' && loaded.items.length > 0 && <InboxList items={loaded.items} onOpen={openItem} />}
        {loaded.status === 'ready' && loaded.next !== null && (
          <Button appearance="subtle" onClick={() => load(loaded.next)}>
            {t('inbox.showOlder')}
          </Button>
        )}
      </PopoverSurface>
    </Popover>
  );
}
