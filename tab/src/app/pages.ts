import type { FluentIcon } from '@fluentui/react-icons';
import {
  CalendarLtrRegular,
  ChatHelpRegular,
  ClipboardTaskListLtrRegular,
  HatGraduationRegular,
  HomeRegular,
  ShieldPersonRegular,
  TrophyRegular,
} from '@fluentui/react-icons';
import { TAB_PAGES, type TabPageId } from '../../../src/domain/shared/tab-pages';
import type { Role } from '../lib/api-types';

/** The tab's top-level pages, in navigation order (src/domain/shared/tab-pages.ts). */
export type PageId = TabPageId;

/** What navigation and the Home cards need to know about a page. */
export interface PageLink {
  readonly id: PageId;
  readonly path: string;
  // Its label and one-line summary are in the catalogues: pages.<id>.label, pages.<id>.summary.
  readonly icon: FluentIcon;
  /** Only shown to people holding this role (the server enforces it too). */
  readonly requiredRole?: Role;
}

const ICONS: Readonly<Record<PageId, FluentIcon>> = {
  home: HomeRegular,
  ask: ChatHelpRegular,
  training: HatGraduationRegular,
  events: CalendarLtrRegular,
  stories: TrophyRegular,
  requests: ClipboardTaskListLtrRegular,
  admin: ShieldPersonRegular,
};

const REQUIRED_ROLE: Partial<Record<PageId, Role>> = { admin: 'coe-admin' };

/** One list drives the navigation, the Home cards and the channel tab choices. */
export const pageLinks: readonly PageLink[] = TAB_PAGES.map(({ id, path }) => ({ id, path, icon: ICONS[id], requiredRole: REQUIRED_ROLE[id] }));

/** The pages a person with `roles` may see in navigation. */
export function visiblePageLinks(roles: readonly Role[]): PageLink[] {
  return pageLinks.filter((page) => page.requiredRole === undefined || roles.includes(page.requiredRole));
}
