import { Body1, Button, makeStyles, Popover, PopoverSurface, PopoverTrigger, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactElement } from 'react';
import { ErrorState } from '../../components/error-state';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError, type ApiError } from '../../lib/api-error';
import { fetchInbox, markAllRead, markRead, type InboxItem } from './api';
import { InboxList } from './inbox-list';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  surface: { boxSizing: 'border-box', width: 'min(380px, calc(100vw - 24px))', maxHeight: 'min(520px, 80vh)', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2, padding: tokens.spacingVerticalM },
});

type Loaded = { status: 'idle' | 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; items: InboxItem[]; next: string | null };

export interface InboxPopoverProps {
  /** The bell's button and its count (drawn by the eagerly loaded bell); the popover's trigger. */
  readonly trigger: ReactElement;
  readonly unread: number | null;
  readonly setUnread: (n: number) => void;
  /**
   * Puts focus back on the bell. Fluent does so itself on Escape, but only to a trigger that had
   * focus while the Popover was mounted: the first press focused the bell this panel replaced.
   */
  readonly refocusBell: () => void;
}

/**
 * The bell's panel, listing what happened to me, each item leading to its page. Loaded when the
 * bell is first pressed (Popover brings positioning and a focus trap the first load need not
 * carry), so it mounts open.
 */
export function InboxPopover({ trigger, unread, setUnread: set, refocusBell }: InboxPopoverProps) {
  const styles = useStyles();
  const client = useApiClient();
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'idle' });
  // The first opening, which mounted this panel, loads the list once.
  useEffect(() => load(null), []);

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

  return (
    <Popover
      open={open}
      onOpenChange={(e, d) => {
        setOpen(d.open);
        if (d.open) load(null);
        else if ('key' in e && e.key === 'Escape') setTimeout(refocusBell);
      }}
      positioning="below-end"
      trapFocus
    >
      <PopoverTrigger disableButtonEnhancement>{trigger}</PopoverTrigger>
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
