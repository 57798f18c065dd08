import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Sits between the Agents Playground and the bot and gives every activity the locale a Teams
 * client in `locale` sends (activity.locale and the clientInfo entity). The Playground itself
 * always says en-US; Teams says what the user's client language is. Everything else passes as is,
 * including the invoke responses the bot answers in the HTTP response.
 */
export interface LocaleProxy {
  /** The URL to give the Playground as the bot endpoint. */
  readonly endpoint: string;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function relocalise(raw: Buffer, locale: string): Buffer {
  try {
    const activity = JSON.parse(raw.toString('utf8')) as { locale?: string; entities?: Array<Record<string, unknown>> };
    activity.locale = locale;
    for (const entity of activity.entities ?? []) if (entity['type'] === 'clientInfo') entity['locale'] = locale;
    return Buffer.from(JSON.stringify(activity));
  } catch {
    return raw;
  }
}

export async function startLocaleProxy(botBaseUrl: string, locale: string): Promise<LocaleProxy> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const payload = relocalise(await body(req), locale);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name)).map(([k, v]) => [k, String(v)]));
      const answer = await fetch(botBaseUrl + (req.url ?? '/'), { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : payload });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    })().catch(() => {
      res.writeHead(502).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
