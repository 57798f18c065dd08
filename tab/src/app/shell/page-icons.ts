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
import type { PageId } from '../pages';

/**
 * Each page's icon in the phone navigation drawer, the only place that draws them: kept out of
 * pages.ts so the seven icons load with the drawer, not with every first load (docs/tab-speed.md).
 */
export const pageIcons: Readonly<Record<PageId, FluentIcon>> = {
  home: HomeRegular,
  ask: ChatHelpRegular,
  training: HatGraduationRegular,
  events: CalendarLtrRegular,
  stories: TrophyRegular,
  requests: ClipboardTaskListLtrRegular,
  admin: ShieldPersonRegular,
};
