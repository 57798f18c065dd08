/**
 * How the Teams stand-in answers Graph's message listings: one page of a chat's or channel's
 * messages as Graph returns them (newest first, `$filter` on lastModifiedDateTime, `$top`, a
 * `@odata.nextLink` while more remain), each message carrying its cards as attachments.
 */

/** A message the stand-in holds, as the Bot Connector side recorded it. */
export interface Posted {
  id: string;
  conversationId: string;
  replyTo: string | null;
  activity: Record<string, unknown>;
  created: number;
  modified: number;
  deleted: boolean;
}

/** The body Graph answers a listing with. */
export function graphPage(list: readonly Posted[], url: URL): { value: unknown[]; '@odata.nextLink'?: string } {
  const filter = /lastModifiedDateTime gt (\S+)/.exec(url.searchParams.get('$filter') ?? '');
  const since = filter ? Date.parse(decodeURIComponent(filter[1]!)) : -Infinity;
  const sorted = list.filter((p) => p.modified > since).sort((a, b) => b.modified - a.modified);
  const top = Math.min(50, Number(url.searchParams.get('$top') ?? 20));
  const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
  const page = sorted.slice(skip, skip + top);
  const next = skip + top < sorted.length ? new URL(url) : null;
  next?.searchParams.set('$skiptoken', String(skip + top));
  return { value: page.map((p) => graphMessage(p)), ...(next ? { '@odata.nextLink': next.toString() } : {}) };
}

function graphMessage(p: Posted) {
  const attachments = (p.activity.attachments as Array<{ contentType: string; content: unknown }> | undefined) ?? [];
  const iso = (t: number) => new Date(t).toISOString();
  return {
    id: p.id,
    replyToId: p.replyTo,
    messageType: 'message',
    createdDateTime: iso(p.created),
    lastModifiedDateTime: iso(p.modified),
    deletedDateTime: p.deleted ? iso(p.modified) : null,
    from: { application: { id: ((p.activity.from as { id?: string } | undefined)?.id ?? '').replace(/^28:/, ''), displayName: 'Maker Hub' } },
    body: { contentType: 'html', content: typeof p.activity.text === 'string' ? p.activity.text : '<attachment></attachment>' },
    attachments: attachments.map((a, i) => ({ id: `${p.id}-${i}`, contentType: a.contentType, content: JSON.stringify(a.content) })),
  };
}
