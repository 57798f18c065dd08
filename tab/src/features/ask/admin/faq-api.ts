import type { ApiClient } from '../../../lib/api-client';
import { decodeFaqEntry } from '../decoders';
import type { SavedFaqEntry } from '../types';
import type { FaqDraft } from './faq-editor-dialog';

/** The FAQ editor's save from Insights and the control room (src/server/routes/ask-admin.ts). */
export function createFaqEntry(client: ApiClient, draft: FaqDraft): Promise<SavedFaqEntry> {
  return client.send('POST', '/api/admin/kb/faq', draft, decodeFaqEntry);
}
