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
import type { Role } from '../lib/api-types';

/** The tab's top-level pages, in navigation order. */
export type PageId = 'home' | 'ask' | 'training' | 'events' | 'stories' | 'requests' | 'admin';

/** What navigation and the Home cards need to know about a page. */
export interface PageLink {
  readonly id: PageId;
  readonly path: string;
  // Its label and one-line summary are in the catalogues: pages.<id>.label, pages.<id>.summary.
  readonly icon: FluentIcon;
  /** Only shown to people holding this role (the server enforces it too). */
  readonly requiredRole?: Role;
}

/** One list drives the navigation, the Home cards and the channel tab choices. */
export const pageLinks: readonly PageLink[] = [
  {
    id: 'home',
    path: '/',
    icon: HomeRegular,
  },
  {
    id: 'ask',
    path: '/ask',
    icon: ChatHelpRegular,
  },
  {
    id: 'training',
    path: '/training',
    icon: HatGraduationRegular,
  },
  {
    id: 'events',
    path: '/events',
    icon: CalendarLtrRegular,
  },
  {
    id: 'stories',
    path: '/stories',
    icon: TrophyRegular,
  },
  {
    id: 'requests',
    path: '/requests',
    icon: ClipboardTaskListLtrRegular,
  },
  {
    id: 'admin',
    path: '/admin',
    icon: ShieldPersonRegular,
    requiredRole: 'coe-admin',
  },
];

/** The pages a person with `roles` may see in navigation. */
export function visiblePageLinks(roles: readonly Role[]): PageLink[] {
  return pageLinks.filter((page) => page.requiredRole === undefined || roles.includes(page.requiredRole));
}
