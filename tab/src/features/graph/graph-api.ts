import type { ApiClient } from '../../lib/api-client';

/** Which Microsoft Graph helpers the server offers (it has a bot identity to call Graph with). */
export interface GraphFeatures {
  readonly onlineMeetings: boolean;
  readonly groupSearch: boolean;
}

/** A security group found by name. */
export interface GroupHit {
  readonly id: string;
  readonly displayName: string;
  readonly description: string | null;
}

/** The event form's fields the meeting is created for (wall times in the event's zone). */
export interface MeetingFields {
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly timeZone: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function decodeFeatures(value: unknown): GraphFeatures | undefined {
  if (!isObject(value) || typeof value['onlineMeetings'] !== 'boolean' || typeof value['groupSearch'] !== 'boolean') return undefined;
  return { onlineMeetings: value['onlineMeetings'], groupSearch: value['groupSearch'] };
}

function decodeMeeting(value: unknown): { joinWebUrl: string } | undefined {
  return isObject(value) && typeof value['joinWebUrl'] === 'string' ? { joinWebUrl: value['joinWebUrl'] } : undefined;
}

function decodeGroups(value: unknown): GroupHit[] | undefined {
  if (!isObject(value) || !Array.isArray(value['groups'])) return undefined;
  const groups = value['groups'].filter((g): g is Json => isObject(g) && typeof g['id'] === 'string' && typeof g['displayName'] === 'string');
  return groups.map((g) => ({ id: g['id'] as string, displayName: g['displayName'] as string, description: typeof g['description'] === 'string' ? g['description'] : null }));
}

/** The tab's side of /api/graph/features, the event meeting and the group search. */
export const graphApi = {
  features: (client: ApiClient, signal?: AbortSignal): Promise<GraphFeatures> => client.get('/api/graph/features', decodeFeatures, signal),
  createMeeting: (client: ApiClient, fields: MeetingFields) => client.send('POST', '/api/admin/events/online-meeting', fields, decodeMeeting),
  searchGroups: (client: ApiClient, text: string, signal?: AbortSignal): Promise<GroupHit[]> =>
    client.get(`/api/environments/security-groups?q=${encodeURIComponent(text)}`, decodeGroups, signal),
};
