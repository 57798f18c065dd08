import { useCallback, useEffect, useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { fetchUnread } from './api';

/** How often the bell asks for the unread count while the tab is open and visible. */
const POLL_MS = 60_000;

/** The unread count, kept fresh by polling while the page is visible; `set` takes a count the server just answered. */
export function useUnread(): { unread: number | null; set: (n: number) => void; refresh: () => void } {
  const client = useApiClient();
  const [unread, setUnread] = useState<number | null>(null);
  const refresh = useCallback(() => {
    fetchUnread(client).then(setUnread, () => undefined);
  }, [client]);
  useEffect(() => {
    refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  return { unread, set: setUnread, refresh };
}
