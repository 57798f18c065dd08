import type { ApiClient } from '../../lib/api-client';
import { decodeDetail, decodeFormOptions, decodeRequestEnvelope, decodeRequestList, decodeSubmission } from './requests-decoders';
import type { EnvironmentRequestView, FormOptions, RequestDetail, RequestDraft } from './requests-types';

/** The maker's side of the environment-request API. */
export const requestsApi = {
  options: (client: ApiClient, signal?: AbortSignal): Promise<FormOptions> => client.get('/api/environments/options', decodeFormOptions, signal),
  mine: (client: ApiClient, signal?: AbortSignal): Promise<EnvironmentRequestView[]> => client.get('/api/environments/requests', decodeRequestList, signal),
  detail: (client: ApiClient, id: string, signal?: AbortSignal): Promise<RequestDetail> => client.get(`/api/environments/requests/${encodeURIComponent(id)}`, decodeDetail, signal),
  /** `submissionKey` identifies this form: sending it twice (double click, retry) makes one request. */
  submit: (client: ApiClient, draft: RequestDraft, submissionKey: string) => client.send('POST', '/api/environments/requests', { ...draft, submissionKey }, decodeSubmission),
  cancel: (client: ApiClient, id: string) => client.send('POST', `/api/environments/requests/${encodeURIComponent(id)}/cancel`, {}, decodeRequestEnvelope),
  extend: (client: ApiClient, id: string, days: number, reason: string) => client.send('POST', `/api/environments/requests/${encodeURIComponent(id)}/extension`, { days, reason }, decodeRequestEnvelope),
};

/** Filters of the admins' list. */
export interface AdminFilter {
  readonly status?: string;
  readonly type?: string;
  readonly q?: string;
  readonly attention?: boolean;
}

/** The CoE admins' side: the approvals queue, the full list and the decisions. */
export const adminRequestsApi = {
  list: (client: ApiClient, filter: AdminFilter, signal?: AbortSignal): Promise<EnvironmentRequestView[]> => {
    const query = new URLSearchParams();
    if (filter.status) query.set('status', filter.status);
    if (filter.type) query.set('type', filter.type);
    if (filter.q?.trim()) query.set('q', filter.q.trim());
    if (filter.attention) query.set('attention', 'true');
    return client.get(`/api/admin/environments/requests?${query.toString()}`, decodeRequestList, signal);
  },
  act: (client: ApiClient, id: string, action: 'approve' | 'reject' | 'retry' | 'provisioned' | 'extension/approve' | 'extension/reject', body: Record<string, unknown> = {}) =>
    client.send('POST', `/api/admin/environments/requests/${encodeURIComponent(id)}/${action}`, body, decodeRequestEnvelope),
};
