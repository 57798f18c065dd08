import type { Role } from '../lib/api-types';

/** The tab's top-level pages, in navigation order. */
export type PageId = 'home' | 'ask' | 'training' | 'events' | 'stories' | 'requests' | 'admin';

/** What navigation and the Home cards need to know about a page. */
export interface PageLink {
  readonly id: PageId;
  readonly path: string;
  // Its label and one-line summary are in the catalogues: pages.<id>.label, pages.<id>.summary;
  // its icon, drawn only in the phone drawer, in shell/page-icons.ts.
  /** Only shown to people holding this role (the server enforces it too). */
  readonly requiredRole?: Role;
}

/** One list drives the navigation, the Home cards and the channel tab choices. */
export const pageLinks: readonly PageLink[] = [
  { id: 'home', path: '/' },
  { id: 'ask', path: '/ask' },
  { id: 'training', path: '/training' },
  { id: 'events', path: '/events' },
  { id: 'stories', path: '/stories' },
  { id: 'requests', path: '/requests' },
  { id: 'admin', path: '/admin', requiredRole: 'coe-admin' },
];

/** The pages a person with `roles` may see in navigation. */
export function visiblePageLinks(roles: readonly Role[]): PageLink[] {
  return pageLinks.filter((page) => page.requiredRole === undefined || roles.includes(page.requiredRole));
}
