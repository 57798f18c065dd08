import type { Principal, UserChange } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import type { Store } from '../store.js';
import type { MyEventRow } from './repository.js';
import type { HomeEvent, HomeTraining, HomeView } from './types.js';
import { workFor } from './work.js';

/** The join link shows from this long before the start (people open Home to join). */
export const JOIN_WINDOW_MS = 15 * 60_000;
const LIST = 5;
const COMMUNITY = 3;

function joinUrl(e: MyEventRow, now: Date): string | null {
  if (!e.meetingUrl || e.response !== 'going' || e.waitlisted) return null;
  const t = now.getTime();
  return t >= Date.parse(e.startsAt) - JOIN_WINDOW_MS && t < Date.parse(e.endsAt) ? e.meetingUrl : null;
}

/**
 * Home: one read of everything that concerns the person (their events, training, requests,
 * questions, stories), what is new in the community, and the waiting work of their roles. Reads
 * only the person's own rows and public ones: nobody's Home shows another person's activity.
 */
export class HomeService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async view(principal: Principal): Promise<HomeView> {
    const now = this.clock.now();
    const at = now.toISOString();
    const repos = this.store.repos;
    const q = repos.home;
    const id = principal.user.id;
    const [state, events, training, requests, questions, mine, community, work] = await Promise.all([
      q.isActive(id),
      q.myNextEvents(id, at, LIST),
      q.myTraining(id),
      q.myRequests(id, LIST),
      q.myQuestions(id, LIST),
      q.myStories(id, LIST),
      q.community(at, COMMUNITY),
      workFor(repos, principal, now),
    ]);
    return {
      firstRun: !state.active && !state.welcomeDismissed,
      department: principal.user.department,
      events: events.map((e): HomeEvent => ({ id: e.id, title: e.title, startsAt: e.startsAt, endsAt: e.endsAt, timeZone: e.timeZone, response: e.response, waitlisted: e.waitlisted, joinUrl: joinUrl(e, now), link: `/events/${e.id}` })),
      training: training && trainingOf(training.path, !training.started),
      requests,
      questions,
      stories: mine.stories.map((s) => ({ ...s, link: `/stories/${s.id}` })),
      kudosReceived: mine.kudos,
      community: {
        stories: community.stories.map((s) => ({ ...s, link: `/stories/${s.id}` })),
        events: community.events.map((e) => ({ ...e, link: `/events/${e.id}` })),
        faq: community.faq.map((f) => ({ ...f, link: '/ask' })),
      },
      work,
    };
  }

  /** Closes the first-run welcome for good (it also stops showing once the person does anything). */
  async dismissWelcome(change: UserChange): Promise<void> {
    await this.store.repos.home.dismissWelcome(change.actor.principal.user.id, this.clock.now().toISOString());
  }
}

function trainingOf(path: { id: string; title: string; modules: Array<{ id: string; title: string; url: string; minutes: number; done: boolean }> }, suggested: boolean): HomeTraining {
  const next = path.modules.find((m) => !m.done);
  return {
    path: { id: path.id, title: path.title },
    next: next ? { id: next.id, title: next.title, url: next.url, minutes: next.minutes } : null,
    completed: path.modules.filter((m) => m.done).length,
    total: path.modules.length,
    suggested,
    link: `/training/${path.id}`,
  };
}
