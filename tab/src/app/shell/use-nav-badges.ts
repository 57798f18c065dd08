import { useEffect, useState } from 'react';
import { useLocation } from '../../lib/router';
import { useTranslation } from '../../lib/translation';
import { useApiClient } from '../../lib/api-client-context';
import type { Role } from '../../lib/api-types';
import type { PageId } from '../pages';

/** A count shown next to a page's name in the navigation, with what it counts in words. */
export interface NavBadge {
  readonly count: number;
  readonly label: string;
}
export type NavBadges = Partial<Record<PageId, NavBadge>>;

/** Pages dispatch this on window after a change the badges count (a ticket taken or answered). */
export const NAV_COUNTS_CHANGED = 'makerhub:nav-counts-changed';

const decodeWaiting = (v: unknown): number | undefined => {
  const waiting = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)['waiting'] : undefined;
  return typeof waiting === 'number' ? waiting : undefined;
};

/** Re-read now and then, so a ticket escalated while the tab is open shows up without a reload. */
const REFRESH_MS = 60_000;

/**
 * Counts the navigation shows: tickets waiting for an expert on Ask (experts and CoE admins).
 * Re-read on every navigation, so acting on a ticket and moving on updates it. A failed read shows
 * no badge rather than an error: the page itself says what went wrong.
 */
export function useNavBadges(roles: readonly Role[]): NavBadges {
  const client = useApiClient();
  const location = useLocation();
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState<number | undefined>();
  const expert = roles.includes('expert') || roles.includes('coe-admin');

  useEffect(() => {
    if (!expert) return undefined;
    const controller = new AbortController();
    const load = () => client.get('/api/ask/tickets/waiting-count', decodeWaiting, controller.signal).then(setWaiting, () => undefined);
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    const reload = () => void load();
    window.addEventListener(NAV_COUNTS_CHANGED, reload);
    return () => {
      controller.abort();
      window.clearInterval(timer);
      window.removeEventListener(NAV_COUNTS_CHANGED, reload);
    };
  }, [client, expert, location.pathname, location.search]);

  if (!expert || !waiting) return {};
  return { ask: { count: waiting, label: t('shell.waitingTickets', { count: waiting }) } };
}
