import type { TFunction } from 'i18next';
import type { InboxItem } from './api';

const CHANGE_KINDS = ['time', 'meetingLink', 'location', 'title'] as const;
const isChangeKind = (v: unknown): v is (typeof CHANGE_KINDS)[number] => (CHANGE_KINDS as readonly unknown[]).includes(v);

/**
 * An item's title and body in the reader's language, from its kind and values. Items written
 * before the server kept values (or of a kind this build does not know) show the stored English.
 * Bodies that quote someone (a question, a reply, a decision's comment) are shown as written.
 */
export function wordInboxItem(t: TFunction, item: InboxItem): { title: string; body: string | null } {
  const { values } = item;
  if (values === null) return { title: item.title, body: item.body };
  const key = `inbox.kinds.${item.kind}`;
  const title = t(key, { ...values, defaultValue: item.title });
  if (item.kind === 'story-kudos' && typeof values['count'] === 'number') return { title, body: t('inbox.kinds.story-kudos-body', { count: values['count'] }) };
  if (item.kind === 'event-changed' && Array.isArray(values['changes'])) {
    const words = values['changes'].filter(isChangeKind).map((k) => t(`inbox.kinds.change.${k}`, { title: values['title'] }));
    return { title, body: words.length ? words.join(' ') : item.body };
  }
  return { title, body: item.body };
}
