import type { MyActivity } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const counts = ['questionsAsked', 'questionsEscalated', 'environmentRequests', 'rsvps', 'eventsAttended', 'modulesCompleted', 'pathsCompleted', 'storiesPublished', 'hoursSavedPerMonth'] as const;

function isQuestion(v: unknown): boolean {
  return isObject(v) && typeof v['askedAt'] === 'string' && typeof v['question'] === 'string' && typeof v['answered'] === 'boolean';
}

/** `GET /api/me/activity`. */
export function decodeMyActivity(value: unknown): MyActivity | undefined {
  if (!isObject(value) || !isObject(value['period']) || typeof value['period']['from'] !== 'string' || typeof value['period']['to'] !== 'string') return undefined;
  if (!counts.every((k) => typeof value[k] === 'number')) return undefined;
  if (!Array.isArray(value['recentQuestions']) || !value['recentQuestions'].every(isQuestion)) return undefined;
  if (!Array.isArray(value['byDay']) || !value['byDay'].every((d) => isObject(d) && typeof d['day'] === 'string' && typeof d['actions'] === 'number')) return undefined;
  return value as unknown as MyActivity;
}

const isDepartment = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** `GET /api/me`: only the department (the session decodes the rest). */
export function decodeMyDepartment(value: unknown): { department: string | null } | undefined {
  if (!isObject(value) || !isObject(value['user'])) return undefined;
  const department = value['user']['department'];
  return isDepartment(department) ? { department } : undefined;
}

/** `PATCH /api/me/preferences`: the preferences as stored now. */
export function decodeSavedDepartment(value: unknown): { department: string | null } | undefined {
  if (!isObject(value)) return undefined;
  const department = value['department'];
  return isDepartment(department) ? { department } : undefined;
}
