import { createServer, type Server } from 'node:http';
import { listenOnLoopback, stopServer } from './loopback-server.js';

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  [key: string]: unknown;
}

/**
 * An OpenAI-compatible chat-completions endpoint on 127.0.0.1: records each request and answers
 * with the configured text, slowly or with an error on demand.
 */
export class OpenAiStandIn {
  readonly requests: ChatRequest[] = [];
  reply = 'An AI answer [1].';
  /** A reply chosen per request (e.g. a ranking for the ranking prompt, an answer for the answer prompt); `reply` when it gives none. */
  replyFor: ((request: ChatRequest) => string | undefined) | undefined;
  delayMs = 0;
  status = 200;
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
          res.writeHead(404).end();
          return;
        }
        this.requests.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest);
        const send = () => {
          if (res.destroyed) return;
          if (this.status !== 200) {
            res.writeHead(this.status, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ error: { message: 'stand-in failure', type: 'server_error' } }));
            return;
          }
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              id: 'chatcmpl-standin',
              object: 'chat.completion',
              created: Math.floor(Date.now() / 1000),
              model: this.requests.at(-1)?.model ?? 'stand-in',
              choices: [{ index: 0, message: { role: 'assistant', content: this.replyFor?.(this.requests.at(-1)!) ?? this.reply }, finish_reason: 'stop' }],
              usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
            }),
          );
        };
        if (this.delayMs) setTimeout(send, this.delayMs);
        else send();
      });
    });
    this.url = `${await listenOnLoopback(this.server)}/v1`;
    return this;
  }

  async stop(): Promise<void> {
    await stopServer(this.server);
  }

  /** Everything the model was sent in the last request, as one text. */
  lastPrompt(): string {
    return (this.requests.at(-1)?.messages ?? []).map((m) => `${m.role}: ${m.content}`).join('\n');
  }
}
