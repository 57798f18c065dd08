import type { Next, Request, Response, Server } from 'restify';
import { publicAccess, withAccess } from './access.js';

/**
 * About, privacy and terms pages: the Teams store requires them over https without sign-in, so
 * they are plain server-rendered HTML that needs neither the tab bundle nor an SSO token.
 */
const PAGES: Record<string, { title: string; paragraphs: string[] }> = {
  about: {
    title: 'About Maker Hub',
    paragraphs: [
      'Maker Hub is the Power Platform Center of Excellence (CoE) app for Microsoft Teams. It answers makers\u2019 questions from the CoE knowledge base, runs environment requests through policy and approval, shares success stories, and hosts training paths and community events.',
      'It is operated by your organization\u2019s CoE team. For help, ask the bot in Teams or contact your CoE team.',
    ],
  },
  privacy: {
    title: 'Privacy',
    paragraphs: [
      'Maker Hub stores what you give it to do its job: your Teams identity (tenant id, Entra object id, display name), the questions you ask, the requests you submit, stories you share, training progress, event RSVPs and your notification preference.',
      'This data stays in your organization\u2019s Maker Hub database. It is used to answer you, to notify you about your own requests and events, and to produce aggregate adoption figures for the CoE. Only CoE admins see lists; everyone else sees only their own activity.',
      'You can turn off non-essential notifications at any time by typing \u201cnotifications off\u201d to the bot. Ask your CoE team to export or delete your data.',
    ],
  },
  terms: {
    title: 'Terms of use',
    paragraphs: [
      'Maker Hub is provided by your organization\u2019s CoE team for internal use under your organization\u2019s acceptable-use policies.',
      'Answers from the knowledge base are guidance; for decisions about licensing, data policies or production environments, follow your CoE\u2019s governance process.',
    ],
  },
};

function render(page: { title: string; paragraphs: string[] }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} – Maker Hub</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424;background:#fff}
@media (prefers-color-scheme:dark){body{color:#fff;background:#1f1f1f}a{color:#a6b1f5}}</style></head>
<body><main><h1>${page.title}</h1>${page.paragraphs.map((p) => `<p>${p}</p>`).join('')}
<p><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></main></body></html>`;
}

export function mountLegalPages(server: Server): void {
  for (const [path, page] of Object.entries(PAGES)) {
    const html = render(page);
    server.get(
      `/${path}`,
      withAccess(publicAccess('the Teams store requires these pages without sign-in'), (_req: Request, res: Response, next: Next) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.status(200);
        res.end(html);
        next(false);
      }),
    );
  }
}
