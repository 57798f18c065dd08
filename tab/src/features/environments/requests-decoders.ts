import { requestStatuses, type EnvironmentRequestView, type FormOptions, type HistoryEntry, type RequestDetail, type RequestStatus } from './requests-types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStatus = (v: unknown): v is RequestStatus => typeof v === 'string' && (requestStatuses as readonly string[]).includes(v);
const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** One request; undefined when a field the tab relies on is missing or of the wrong kind. */
export function decodeRequest(value: unknown): EnvironmentRequestView | undefined {
  if (!isObject(value)) return undefined;
  const v = value;
  if (!str(v['id']) || !str(v['reference']) || !str(v['displayName']) || !str(v['type']) || !str(v['region']) || !isStatus(v['status']) || !str(v['statusLabel'])) return undefined;
  if (!str(v['requesterName']) || !str(v['createdAt']) || !strOrNull(v['environmentUrl']) || !strOrNull(v['expiresAt']) || !Array.isArray(v['checks'])) return undefined;
  if (typeof v['needsAdmin'] !== 'boolean' || typeof v['dataverse'] !== 'boolean' || typeof v['expectedUsers'] !== 'number') return undefined;
  return value as unknown as EnvironmentRequestView;
}

function decodeList(value: unknown): EnvironmentRequestView[] | undefined {
  if (!isObject(value) || !Array.isArray(value['requests'])) return undefined;
  const decoded = value['requests'].map(decodeRequest);
  return decoded.every((r): r is EnvironmentRequestView => r !== undefined) ? decoded : undefined;
}

/** `{ requests: [...] }` of the maker's and the admins' lists. */
export const decodeRequestList = decodeList;

/** `{ request }` answers of the actions. */
export function decodeRequestEnvelope(value: unknown): EnvironmentRequestView | undefined {
  return isObject(value) ? decodeRequest(value['request']) : undefined;
}

/** `{ request, created }` of a submission. */
export function decodeSubmission(value: unknown): { request: EnvironmentRequestView; created: boolean } | undefined {
  if (!isObject(value) || typeof value['created'] !== 'boolean') return undefined;
  const request = decodeRequest(value['request']);
  return request ? { request, created: value['created'] } : undefined;
}

function decodeHistory(value: unknown): HistoryEntry | undefined {
  if (!isObject(value) || !str(value['at']) || !str(value['action']) || !str(value['actorName'])) return undefined;
  return { at: value['at'], action: value['action'], actorName: value['actorName'], status: isStatus(value['status']) ? value['status'] : null, comment: str(value['comment']) ? value['comment'] : null };
}

/** `{ request, history }` of one request. */
export function decodeDetail(value: unknown): RequestDetail | undefined {
  if (!isObject(value) || !Array.isArray(value['history'])) return undefined;
  const request = decodeRequest(value['request']);
  const history = value['history'].map(decodeHistory);
  if (!request || !history.every((h): h is HistoryEntry => h !== undefined)) return undefined;
  return { request, history };
}

/** The form's options (types, regions, languages, currencies, naming rule). */
export function decodeFormOptions(value: unknown): FormOptions | undefined {
  if (!isObject(value) || !Array.isArray(value['types']) || !Array.isArray(value['regions']) || !Array.isArray(value['languages']) || !Array.isArray(value['currencies']) || !isObject(value['naming'])) return undefined;
  return value as unknown as FormOptions;
}
