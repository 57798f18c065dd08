import type { EnvironmentRequest } from '../../../src/domain/environments/types.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { regionName, statusLabel, typeName } from './details.js';
import { ENV_VERBS } from './verbs.js';
import { card, heading, openUrl, plain, sendText, subtle, text } from '../kit.js';
import type { AdaptiveCard, CardElement } from '../types.js';

/** What the "my requests" card lists. */
export interface EnvironmentListView {
  requests: EnvironmentRequest[];
  requestsUrl: string;
}

/** "My requests" in chat: one line per request; selecting one shows its status card. */
export function environmentListCard(view: EnvironmentListView, tr: Translator = ENGLISH): AdaptiveCard {
  const k = 'bot.environments.list' as const;
  const body: CardElement[] = [heading(tr.t(`${k}.heading`))];
  if (!view.requests.length) body.push(text(tr.t(`${k}.none`)));
  for (const r of view.requests.slice(0, 10)) {
    const expires = r.expiresAt ? ` · ${tr.t(`${k}.expires`, { date: tr.date(r.expiresAt, { dateStyle: 'medium', timeZone: 'UTC' }) })}` : '';
    body.push({
      type: 'Container',
      spacing: 'Medium',
      separator: true,
      selectAction: { type: 'Action.Execute', title: tr.t(`${k}.detailsOf`, { reference: r.reference }), verb: ENV_VERBS.show, data: { requestId: r.id, verb: ENV_VERBS.show } },
      items: [text(`**${plain(r.displayName)}** — ${statusLabel(r.status, tr)}`), subtle(`${r.reference} · ${typeName(r.type, tr)} · ${regionName(r.region, tr)}${expires}`)],
    });
  }
  if (view.requests.length > 10) body.push(subtle(tr.t(`${k}.more`, { count: view.requests.length - 10 })));
  if (view.requests.length) body.push(subtle(tr.t(`${k}.select`)));
  return card(body, [sendText(tr.t(`${k}.new`), 'request an environment'), openUrl(tr.t(`${k}.open`), view.requestsUrl)]);
}
