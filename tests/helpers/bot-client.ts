import assert from 'node:assert/strict';

export interface PostResult {
  status: number;
  body: unknown;
}

/** Posts an activity to the bot endpoint the way the Bot Connector does (JSON, no auth in development). */
export async function postActivity(baseUrl: string, activity: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body };
}

/** All text of a card (TextBlocks, facts, button titles), for asserting what a person reads. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value', 'label', 'placeholder']) if (typeof o[key] === 'string') parts.push(o[key] as string);
    for (const value of Object.values(o)) if (typeof value === 'object') walk(value);
  };
  walk(card);
  return parts.join('\n');
}

export function assertCardSays(card: unknown, ...phrases: string[]): void {
  const text = cardText(card);
  for (const phrase of phrases) assert.ok(text.includes(phrase), `expected the card to say "${phrase}", it says:\n${text}`);
}
