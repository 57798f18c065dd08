import { groupGaps } from '../insights/gaps.js';
import { hasRole, type Principal } from '../identity/types.js';
import type { Repositories } from '../store.js';
import type { HomeWork } from './types.js';

const DAY_MS = 86_400_000;
/** Enough candidate wordings to group a busy week; the count is of groups, like the dashboard's list. */
const GAP_CANDIDATES = 200;

/**
 * The waiting work of a person's roles, each with a count and the tab path where it is done:
 * experts answer tickets, champions review stories, CoE admins approve, moderate, close
 * knowledge gaps and announce events. A maker has none.
 */
export async function workFor(repos: Repositories, principal: Principal, now: Date): Promise<HomeWork[]> {
  const q = repos.home;
  const admin = hasRole(principal, 'coe-admin');
  const jobs: Array<Promise<HomeWork>> = [];
  if (hasRole(principal, 'expert')) jobs.push(q.openTickets().then((w) => ({ id: 'open-tickets', title: 'Open tickets', ...w, link: '/ask?view=all' })));
  if (hasRole(principal, 'champion') && !admin) jobs.push(q.pendingStories().then((w) => ({ id: 'stories-in-review', title: 'Stories in review', ...w, link: '/stories/review' })));
  if (admin) {
    jobs.push(q.requestsAwaitingApproval().then((w) => ({ id: 'requests-awaiting-approval', title: 'Requests waiting for approval', ...w, link: '/admin' })));
    jobs.push(q.pendingStories().then((w) => ({ id: 'stories-to-moderate', title: 'Stories to moderate', ...w, link: '/stories/review' })));
    const range = { from: new Date(now.getTime() - 7 * DAY_MS).toISOString(), to: now.toISOString() };
    jobs.push(
      repos.insights.gapCandidates(range, GAP_CANDIDATES).then((c) => ({ id: 'knowledge-gaps', title: 'Knowledge gaps this week', count: groupGaps(c, GAP_CANDIDATES).length, oldestAt: null, link: '/admin/insights?days=7' })),
    );
    jobs.push(q.unannouncedEvents(now.toISOString()).then((w) => ({ id: 'events-without-announcements', title: 'Events without announcements', ...w, link: '/admin' })));
  }
  return Promise.all(jobs);
}
