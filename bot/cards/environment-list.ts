import { STATUS_LABEL } from '../../src/domain/environments/state-machine.js';
import type { EnvironmentRequest } from '../../src/domain/environments/types.js';
import { ENV_VERBS } from './environment-verbs.js';
import { card, heading, openUrl, plain, sendText, subtle, text } from './kit.js';
import type { AdaptiveCard, CardElement } from './types.js';

/** What the "my requests" card lists. */
export interface EnvironmentListView {
  requests: EnvironmentRequest[];
  requestsUrl: string;
}

/** "My requests" in chat: one line per request; selecting one shows its status card. */
export function environmentListCard(view: EnvironmentListView): AdaptiveCard {
  const body: CardElement[] = [heading('Your environment requests')];
  if (!view.requests.length) body.push(text("You haven't requested an environment yet. Type **request an environment** to start."));
  for (const r of view.requests.slice(0, 10)) {
    body.push({
      type: 'Container',
      spacing: 'Medium',
      separator: true,
      selectAction: { type: 'Action.Execute', title: `Details of ${r.reference}`, verb: ENV_VERBS.show, data: { requestId: r.id, verb: ENV_VERBS.show } },
      items: [text(`**${plain(r.displayName)}** — ${STATUS_LABEL[r.status]}`), subtle(`${r.reference} · ${r.type} · ${r.region}${r.expiresAt ? ` · expires ${r.expiresAt.slice(0, 10)}` : ''}`)],
    });
  }
  if (view.requests.length > 10) body.push(subtle(`And ${view.requests.length - 10} more in the tab.`));
  if (view.requests.length) body.push(subtle('Select a request to see its details and history.'));
  return card(body, [sendText('New request', 'request an environment'), openUrl('Open My requests', view.requestsUrl)]);
}
