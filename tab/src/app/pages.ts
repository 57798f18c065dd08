import { TAB_PAGES, type TabPageId } from '../../../src/domain/shared/tab-pages';
import type { Role } from '../lib/api-types';

/** The tab's top-level pages, in navigation order (src/domain/shared/tab-pages.ts). */
export type PageId = TabPageId;

/** What navigation and the Home cards need to know about a page. */
export interface PageLink {
  readonly id: PageId;
  readonly path: string;
  // Its label and one-line summary are in the catalogues: pages.<id>.label, pages.<id>.summary;
  // its icon, drawn only in the phone drawer, in shell/page-icons.ts.
  /** Only shown to people holding this role (the server enforces it too). */
  readonly requiredRole?: Role;
}

const REQUIRED_ROLE: Partial<Record<PageId, Role>> = { admin: 'coe-admin' };

/** One list drives the navigation, the Home cards and the channel tab choices. */
export const pageLinks: readonly PageLink[] = TAB_PAGES.map(({ id, path }) => ({ id, path, requiredRole: REQUIRED_ROLE[id] }));

/** The pages a person with `roles` may see in navigation. */
export function visiblePageLinks(roles: readonly Role[]): PageLink[] {
  return pageLinks.filter((page) => page.requiredRole === undefined || roles.includes(page.requiredRole));
}
