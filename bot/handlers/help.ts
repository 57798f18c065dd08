import { CardFactory, type TurnContext } from 'botbuilder';
import { helpCard } from '../cards/help.js';
import type { BotDeps } from '../deps.js';
import { turnInfo } from '../turn.js';
import { translatorOf } from '../locale.js';
import { SOURCE } from '../../src/i18n/catalogues.js';
import type { Translator } from '../../src/i18n/translator.js';

type CommandId = keyof typeof SOURCE.bot.commands;

const isCatalogued = (id: string): id is CommandId => Object.hasOwn(SOURCE.bot.commands, id);

/** A command's title, description and example in the reader's language (its English fields otherwise). */
function localised(c: { id: string; title: string; description: string; example: string }, tr: Translator) {
  if (!isCatalogued(c.id)) return { title: c.title, description: c.description, example: c.example };
  const key = `bot.commands.${c.id}` as const;
  return { title: tr.t(`${key}.title`), description: tr.t(`${key}.description`), example: tr.t(`${key}.example`) };
}

/** Sends the help card listing the commands this person can use here. */
export async function sendHelp(context: TurnContext, deps: BotDeps, notUnderstood?: string): Promise<void> {
  const { principal, scope } = turnInfo(context);
  const tr = translatorOf(context);
  const isAdmin = principal?.roles.includes('coe-admin') ?? false;
  const commands = deps.router
    .list()
    .filter((c) => (c.audience ?? 'everyone') === 'everyone' || isAdmin)
    .map((c) => localised(c, tr));
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(helpCard({ commands, scope, notUnderstood }, tr))] });
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
