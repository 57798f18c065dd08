/**
 * The Playground page helpers, proven against a tiny stand-in bot that answers "form" with a card
 * of inputs and echoes what a card submits. Maker Hub's own form cards reuse these helpers, so a
 * broken selector shows up here first, with a clear name.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot } from '../helpers/browser.js';
import {
  clickCardButton,
  fillCardInput,
  openPlayground,
  sendMessage,
  startPlayground,
  waitForBotMessage,
  waitForCardText,
  type StartedPlayground,
} from '../helpers/playground.js';

interface IncomingActivity {
  type: string;
  id?: string;
  text?: string;
  value?: unknown;
  serviceUrl: string;
  conversation: { id: string };
  from: { id: string; name?: string };
  recipient: { id: string; name?: string };
}

const FORM_CARD = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Stub form', size: 'Large', weight: 'Bolder' },
    { type: 'Input.Text', id: 'name', label: 'Display name', isRequired: true, errorMessage: 'Name is required' },
    {
      type: 'Input.ChoiceSet',
      id: 'kind',
      label: 'Environment type',
      style: 'compact',
      value: 'Developer',
      choices: ['Developer', 'Sandbox', 'Production'].map((c) => ({ title: c, value: c.toLowerCase() })),
    },
    { type: 'Input.Toggle', id: 'dataverse', title: 'Add a Dataverse database', label: 'Dataverse', valueOn: 'yes', valueOff: 'no' },
  ],
  actions: [{ type: 'Action.Submit', title: 'Send request', data: { action: 'submit' } }],
};

/** Answers like a bot behind the Bot Connector: replies go to the Playground's serviceUrl. */
function startStubBot(): Promise<{ server: Server; endpoint: string }> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
      const activity = JSON.parse(body || '{}') as IncomingActivity;
      if (activity.type !== 'message') return;
      const reply = (content: Record<string, unknown>) =>
        fetch(`${activity.serviceUrl}/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', from: activity.recipient, recipient: activity.from, conversation: activity.conversation, replyToId: activity.id, ...content }),
        }).catch(() => undefined);
      if (activity.value !== undefined) void reply({ text: `Received ${JSON.stringify(activity.value)}` });
      else if (activity.text?.trim() === 'form') void reply({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: FORM_CARD }] });
      else if (activity.text) void reply({ text: `You said: ${activity.text.trim()}` });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages` })),
  );
}

describe('Agents Playground page helpers (against a stand-in bot)', function () {
  this.timeout(180_000);
  let stub: Server | undefined;
  let playground: StartedPlayground | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    const bot = await startStubBot();
    stub = bot.server;
    playground = await startPlayground(bot.endpoint);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await openPlayground(page, playground.url);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await saveScreenshot(page, `playground-helpers-failed-${Date.now()}`).catch(() => undefined);
  });

  after(async function () {
    await browser?.close().catch(() => undefined);
    await playground?.close();
    await new Promise<void>((resolve) => (stub ? stub.close(() => resolve()) : resolve()));
  });

  it('when a person types "form", fills the card by its labels and presses its button, then the bot receives exactly those values', async function () {
    await sendMessage(page, 'form');
    const card = await waitForCardText(page, 'Stub form');
    await fillCardInput(page, 'Display name', 'Contoso Sales Sandbox');
    await fillCardInput(page, 'Environment type', 'Sandbox');
    await fillCardInput(page, 'Dataverse', true);
    await saveScreenshot(page, 'playground-helpers-form-filled');
    await clickCardButton(page, 'Send request', card);
    const echo = await waitForBotMessage(page, 'Received {"action":"submit"');
    const received = JSON.parse(((await echo.textContent()) ?? '').replace(/^[\s\S]*?Received\s*/, '').trim()) as Record<string, unknown>;
    assert.deepEqual(received, { action: 'submit', name: 'Contoso Sales Sandbox', kind: 'sandbox', dataverse: 'yes' });
  });
});
