import type { TurnContext } from 'botbuilder';
import { toEnglishCommand } from './command-titles.js';

/** A text command a person can type (and that `help` lists). */
export interface BotCommand {
  id: string;
  title: string;
  description: string;
  /** What `help` suggests typing; its button sends exactly this. */
  example: string;
  /** Matched against the whole message, mention removed, trimmed, case-insensitive. */
  patterns: RegExp[];
  /** Shown in help only to these roles (e.g. admin commands); everyone by default. */
  audience?: 'everyone' | 'coe-admin';
  run(context: TurnContext, match: RegExpMatchArray): Promise<void>;
}

export type FallbackHandler = (context: TurnContext, text: string) => Promise<void>;

/**
 * Routes typed text to the capability that owns it. Capabilities register their commands; text
 * that matches none goes to the fallback (the knowledge base once it exists, help before that).
 */
export class CommandRouter {
  private readonly commands: BotCommand[] = [];
  private fallback: FallbackHandler | undefined;

  register(command: BotCommand): this {
    if (this.commands.some((c) => c.id === command.id)) throw new Error(`command ${command.id} registered twice`);
    this.commands.push(command);
    return this;
  }

  setFallback(handler: FallbackHandler): this {
    this.fallback = handler;
    return this;
  }

  list(): readonly BotCommand[] {
    return this.commands;
  }

  async route(context: TurnContext, text: string): Promise<void> {
    // A title picked from the localised command menu arrives in the client's language.
    const normalised = toEnglishCommand(normalise(text));
    for (const command of this.commands) {
      for (const pattern of command.patterns) {
        const match = normalised.match(pattern);
        if (match) return command.run(context, match);
      }
    }
    if (!this.fallback) throw new Error('no fallback handler registered');
    return this.fallback(context, text.trim());
  }
}

/** Lower-case, single spaces, no trailing punctuation: "Help!" and " help " are the same command. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[.!?]+$/, '').trim();
}
