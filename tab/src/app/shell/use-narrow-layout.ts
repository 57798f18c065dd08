import { useSyncExternalStore } from 'react';

/** Below this width (phones, narrow Teams panes) the navigation collapses into a menu. */
export const narrowLayoutQuery = '(max-width: 599.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(narrowLayoutQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isNarrow(): boolean {
  return window.matchMedia(narrowLayoutQuery).matches;
}

/** True at phone width; re-renders when the window crosses the breakpoint. */
export function useNarrowLayout(): boolean {
  return useSyncExternalStore(subscribe, isNarrow);
}
