import type { Activity } from 'botbuilder';
import { translatorFor } from '../../src/i18n/translator.js';
import { ASK_RENDERERS } from './templates/ask.js';
import { ENVIRONMENT_RENDERERS } from './templates/environments.js';
import { EVENT_RENDERERS } from './templates/events.js';
import { NOTICE_RENDERERS } from './templates/notice.js';
import { STORY_RENDERERS } from './templates/stories.js';
import { TemplatePayloadError, type TemplateMap, type TemplateRenderer } from './templates/types.js';

/**
 * How the Teams layer turns an outbox message (a template name and its view model) into an
 * activity. Each capability's renderers live in `templates/<cap>.ts` as a `<CAP>_RENDERERS` map;
 * add the map to CAPABILITY_TEMPLATES below, e.g.
 * `import { ASK_RENDERERS } from './templates/ask.js'` … `[NOTICE_RENDERERS, ASK_RENDERERS]`.
 * Renderers are pure functions of the payload; they throw TemplatePayloadError for a payload
 * they cannot render, which fails that message permanently with the error as its reason.
 *
 * Every capability's templates. Add yours here (one line).
 */
const CAPABILITY_TEMPLATES: readonly TemplateMap[] = [NOTICE_RENDERERS, EVENT_RENDERERS, ENVIRONMENT_RENDERERS, STORY_RENDERERS, ASK_RENDERERS];

/** The registry the delivery transport renders with. */
export class TemplateRegistry {
  private readonly renderers = new Map<string, TemplateRenderer>();

  constructor(maps: readonly TemplateMap[] = CAPABILITY_TEMPLATES) {
    for (const map of maps) for (const [name, renderer] of Object.entries(map)) this.register(name, renderer);
  }

  register(name: string, renderer: TemplateRenderer): this {
    if (this.renderers.has(name)) throw new Error(`Delivery template "${name}" is registered twice`);
    this.renderers.set(name, renderer);
    return this;
  }

  has(name: string): boolean {
    return this.renderers.has(name);
  }

  names(): string[] {
    return [...this.renderers.keys()].sort();
  }

  /** Renders in `locale`'s language (absent, unknown: English), or returns why it cannot (unknown template, unfit payload). */
  render(name: string, payload: Record<string, unknown>, locale?: string | null): { activity: Partial<Activity> } | { error: string } {
    const renderer = this.renderers.get(name);
    if (!renderer) return { error: `Unknown delivery template "${name}" (no renderer is registered for it in bot/delivery/templates.ts).` };
    try {
      return { activity: renderer(payload, translatorFor(locale)) };
    } catch (error) {
      return { error: error instanceof TemplatePayloadError ? error.message : `Template "${name}" failed to render: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}

export function createTemplateRegistry(extra: readonly TemplateMap[] = []): TemplateRegistry {
  return new TemplateRegistry([...CAPABILITY_TEMPLATES, ...extra]);
}
