import type { ApiClient } from '../../lib/api-client';

/** Typed access to the events endpoints (src/server/routes/events.ts), checked at runtime. */

export type EventType = 'office-hours' | 'community-call' | 'webinar' | 'hackathon' | 'training-day';
export type RsvpResponse = 'going' | 'maybe' | 'not-going';
export type Standing = 'going' | 'waitlisted' | 'maybe' | 'not-going';

export const eventTypes: readonly EventType[] = ['office-hours', 'community-call', 'webinar', 'hackathon', 'training-day'];

export interface CommunityEvent {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly type: EventType;
  readonly typeLabel: string;
  /** ISO UTC instants. */
  readonly startsAt: string;
  readonly endsAt: string;
  /** The zone it is planned in, and its wall times there (for the edit form). */
  readonly timeZone: string;
  readonly localStart: string;
  readonly localEnd: string;
  readonly meetingUrl: string | null;
  readonly location: string | null;
  readonly capacity: number | null;
  readonly audienceNote: string | null;
  readonly status: 'scheduled' | 'cancelled';
  readonly cancelReason: string | null;
  readonly version: number;
  readonly calendarUrl: string;
}

export interface EventCounts {
  readonly going: number;
  readonly waitlisted: number;
  readonly maybe: number;
  readonly notGoing: number;
  readonly capacity: number | null;
  readonly spotsLeft: number | null;
}

export interface EventSummary {
  readonly event: CommunityEvent;
  readonly counts: EventCounts;
  readonly mine: Standing | null;
}

export interface FeedbackSummary {
  readonly count: number;
  readonly average: number | null;
  readonly distribution: Readonly<Record<'1' | '2' | '3' | '4' | '5', number>>;
}

export interface EventDetail extends EventSummary {
  readonly waitlistPosition: number | null;
  readonly feedback: FeedbackSummary;
  readonly myFeedback: { readonly rating: number; readonly comment: string | null } | null;
  /** Only for coe-admins. */
  readonly attendees: ReadonlyArray<{ readonly displayName: string; readonly standing: Standing }> | null;
  readonly canRate: boolean;
}

export interface RsvpAnswer {
  readonly standing: Standing;
  readonly counts: EventCounts;
  readonly waitlistPosition: number | null;
}

export interface AnnounceChannel {
  readonly id: string;
  readonly scope: 'channel' | 'groupChat';
  readonly teamName: string | null;
  readonly channelName: string | null;
  readonly announced: boolean;
}

/** What the admin form sends: wall times in the chosen zone. */
export interface EventDraft {
  title: string;
  description: string;
  type: EventType;
  start: string;
  end: string;
  timeZone: string;
  meetingUrl: string | null;
  location: string | null;
  capacity: number | null;
  audienceNote: string | null;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEvent = (v: unknown): v is CommunityEvent => isObj(v) && ['id', 'title', 'type', 'startsAt', 'endsAt', 'timeZone', 'status', 'calendarUrl'].every((k) => typeof v[k] === 'string');
const isCounts = (v: unknown): v is EventCounts => isObj(v) && typeof v['going'] === 'number' && typeof v['maybe'] === 'number';
const isSummary = (v: unknown): v is EventSummary => isObj(v) && isEvent(v['event']) && isCounts(v['counts']);

const decodeList = (v: unknown) => (isObj(v) && Array.isArray(v['events']) && v['events'].every(isSummary) ? (v['events'] as readonly EventSummary[]) : undefined);
const decodeDetail = (v: unknown) => (isSummary(v) && isObj((v as unknown as Json)['feedback']) ? (v as unknown as EventDetail) : undefined);
const decodeRsvp = (v: unknown) => (isObj(v) && typeof v['standing'] === 'string' && isCounts(v['counts']) ? (v as unknown as RsvpAnswer) : undefined);
const decodeEvent = (v: unknown) => (isEvent(v) ? v : undefined);
const decodeChannels = (v: unknown) => (isObj(v) && Array.isArray(v['channels']) ? (v['channels'] as readonly AnnounceChannel[]) : undefined);
const decodeAnnounce = (v: unknown) => (isObj(v) && Array.isArray(v['announced']) ? (v as unknown as { announced: string[]; already: string[] }) : undefined);
const decodeFeedbackList = (v: unknown) =>
  isObj(v) && Array.isArray(v['feedback']) ? (v['feedback'] as ReadonlyArray<{ displayName: string; rating: number; comment: string | null; submittedAt: string }>) : undefined;
const decodeFeedbackSaved = (v: unknown) => (isObj(v) && isObj(v['feedback']) ? (v['feedback'] as unknown as FeedbackSummary) : undefined);

const enc = encodeURIComponent;

export interface EventQuery {
  when: 'upcoming' | 'past';
  type?: EventType;
  mine?: boolean;
}

export function fetchEvents(c: ApiClient, q: EventQuery, signal?: AbortSignal) {
  const params = new URLSearchParams({ when: q.when });
  if (q.type) params.set('type', q.type);
  if (q.mine) params.set('mine', 'true');
  return c.get(`/api/events?${params.toString()}`, decodeList, signal);
}
export const fetchEvent = (c: ApiClient, id: string, signal?: AbortSignal) => c.get(`/api/events/${enc(id)}`, decodeDetail, signal);
export const rsvp = (c: ApiClient, id: string, response: RsvpResponse) => c.send('PUT', `/api/events/${enc(id)}/rsvp`, { response }, decodeRsvp);
export const sendFeedback = (c: ApiClient, id: string, rating: number, comment: string) => c.send('PUT', `/api/events/${enc(id)}/feedback`, { rating, comment }, decodeFeedbackSaved);

export const createEvent = (c: ApiClient, draft: EventDraft) => c.send('POST', '/api/admin/events', draft, decodeEvent);
export const updateEvent = (c: ApiClient, id: string, draft: EventDraft, version: number) => c.send('PUT', `/api/admin/events/${enc(id)}`, { ...draft, version }, decodeEvent);
export const cancelEvent = (c: ApiClient, id: string, reason: string) => c.send('POST', `/api/admin/events/${enc(id)}/cancel`, { reason }, decodeEvent);
export const fetchChannels = (c: ApiClient, id: string, signal?: AbortSignal) => c.get(`/api/admin/events/${enc(id)}/channels`, decodeChannels, signal);
export const announce = (c: ApiClient, id: string, conversationIds: readonly string[]) => c.send('POST', `/api/admin/events/${enc(id)}/announce`, { conversationIds }, decodeAnnounce);
export const fetchFeedbackComments = (c: ApiClient, id: string, signal?: AbortSignal) => c.get(`/api/admin/events/${enc(id)}/feedback`, decodeFeedbackList, signal);
