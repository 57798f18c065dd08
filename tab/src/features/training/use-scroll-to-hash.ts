import { useEffect } from 'react';
import { useLocation } from '../../lib/router';

/** `#module-…` (a search result's link) scrolls to that module once the path is on screen. */
export function useScrollToHash(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash.startsWith('#module-')) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'center' });
  }, [hash]);
}
