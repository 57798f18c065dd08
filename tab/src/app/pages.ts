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
  /** Short label for navigation. */
  readonly label: string;
  /** One line for the Home card. */
  readonly summary: string;
  readonly icon: FluentIcon;
  /** Only shown to people holding this role (the server enforces it too). */
  readonly requiredRole?: Role;
}

/** One list drives the navigation, the Home cards and the channel tab choices. */
export const pageLinks: readonly PageLink[] = [
  {
    id: 'home',
    path: '/',
    label: 'Home',
    summary: 'Start here.',
    icon: HomeRegular,
  },
  {
    id: 'ask',
    path: '/ask',
    label: 'Ask',
    summary: 'Get answers from the CoE knowledge base and its experts.',
    icon: ChatHelpRegular,
  },
  {
    id: 'training',
    path: '/training',
    label: 'Training',
    summary: 'Follow learning paths for your role and level.',
    icon: HatGraduationRegular,
  },
  {
    id: 'events',
    path: '/events',
    label: 'Events',
    summary: 'Join office hours, community calls and hackathons.',
    icon: CalendarLtrRegular,
  },
  {
    id: 'stories',
    path: '/stories',
    label: 'Stories',
    summary: 'See what makers built and the time they saved.',
    icon: TrophyRegular,
  },
  {
    id: 'requests',
    path: '/requests',
    label: 'My requests',
    summary: 'Request environments and track their status.',
    icon: ClipboardTaskListLtrRegular,
  },
  {
    id: 'admin',
    path: '/admin',
    label: 'Admin',
    summary: 'Approve requests, run events and training, see KPIs.',
    icon: ShieldPersonRegular,
    requiredRole: 'coe-admin',
  },
];

/** The pages a person with `roles` may see in navigation. */
export function visiblePageLinks(roles: readonly Role[]): PageLink[] {
  return pageLinks.filter((page) => page.requiredRole === undefined || roles.includes(page.requiredRole));
}
