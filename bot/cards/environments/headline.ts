import { ENVIRONMENT_NOTE_KINDS, ENVIRONMENT_NOTE_NEXT, type EnvironmentNote } from '../../../src/domain/environments/headlines.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';

/** The note's day: ISO in English (as the messages always read), the reader's own format otherwise. */
function dayOf(iso: string | undefined, tr: Translator): string {
  if (!iso) return '';
  return tr.language === 'en' ? iso.slice(0, 10) : tr.date(iso, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** What happened to a request, in the reader's language. */
export function headlineOf(note: EnvironmentNote, tr: Translator = ENGLISH): string {
  const k = 'bot.environments.note' as const;
  const vars = {
    name: note.name ?? '',
    environment: note.environment ?? '',
    reference: note.reference ?? '',
    comment: note.comment ?? '',
    url: note.url ?? '',
    reason: note.reason ?? '',
    until: dayOf(note.until, tr),
    count: note.days ?? 0,
  };
  const main = note.kind === 'approved' && note.comment ? tr.t(`${k}.approvedSaid`, vars) : tr.t(`${k}.${note.kind}`, vars);
  return note.next ? `${main} ${tr.t(`${k}.next.${note.next}`)}` : main;
}

/** A note read back from a stored payload, if it is one (payloads are stored JSON, possibly from another version). */
export function noteOf(value: unknown): EnvironmentNote | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  if (!ENVIRONMENT_NOTE_KINDS.includes(raw.kind as EnvironmentNote['kind'])) return undefined;
  const note: EnvironmentNote = { kind: raw.kind as EnvironmentNote['kind'] };
  for (const key of ['name', 'environment', 'reference', 'comment', 'until', 'url', 'reason'] as const) if (typeof raw[key] === 'string') note[key] = raw[key];
  if (typeof raw.days === 'number' && Number.isFinite(raw.days)) note.days = raw.days;
  if (ENVIRONMENT_NOTE_NEXT.includes(raw.next as never)) note.next = raw.next as EnvironmentNote['next'];
  return note;
}
