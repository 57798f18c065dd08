import { CardFactory, type TurnContext } from 'botbuilder';
import { helpCard } from '../cards/help.js';
import type { BotDeps } from '../deps.js';
import { turnInfo } from '../turn.js';

/** Sends the help card listing the commands this person can use here. */
export async function sendHelp(context: TurnContext, deps: BotDeps, notUnderstood?: string): Promise<void> {
  const { principal, scope } = turnInfo(context);
  const isAdmin = principal?.roles.includes('coe-admin') ?? false;
  const commands = deps.router
    .list()
    .filter((c) => (c.audience ?? 'everyone') === 'everyone' || isAdmin)
    .map((c) => ({ title: c.title, description: c.description, example: c.example }));
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(helpCard({ commands, scope, notUnderstood }))] });
}

export function registerHelp(deps: BotDeps): void {
  deps.router.register({
    id: 'help',
    title: 'Help',
    description: 'See everything I can do.',
    example: 'help',
    patterns: [/^(help|hilfe|\?|menu|commands|what can you do|hi|hello|hey|hallo)$/],
    run: (context) => sendHelp(context, deps),
  });
  // Until a capability claims free text (the knowledge base does), unknown text gets friendly help.
  deps.router.setFallback((context, text) => sendHelp(context, deps, text));
}
