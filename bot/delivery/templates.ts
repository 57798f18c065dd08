import { CardFactory, type Activity } from 'botbuilder';
import { ENVIRONMENT_TEMPLATE_RENDERERS } from '../handlers/environments-templates.js';
import { EVENT_DELIVERY_TEMPLATES } from '../handlers/event-templates.js';
import { STORY_CARD_TEMPLATES } from '../handlers/story-templates.js';
import { ASK_TEMPLATES } from '../handlers/ask-templates.js';
import { translatorFor } from '../../src/i18n/translator.js';
import { TemplatePayloadError, type TemplateMap, type TemplateRenderer } from './template-types.js';

/** Simple messages any capability (and the tests) can send. */
export const NOTICE_TEMPLATES: TemplateMap = {
  /** `{ text: string }`: a plain message; Teams renders its Markdown. */
  'notice.text': (payload) => {
    if (typeof payload.text !== 'string' || !payload.text.trim()) throw new TemplatePayloadError('notice.text', 'payload.text must be non-empty text');
    return { type: 'message', text: payload.text, textFormat: 'markdown' };
  },
  /** `{ card: AdaptiveCard, text?: string }`: an Adaptive Card given whole in the payload. */
  'notice.card': (payload) => {
    const card = payload.card as Record<string, unknown> | undefined;
    if (!card || typeof card !== 'object' || card.type !== 'AdaptiveCard') throw new TemplatePayloadError('notice.card', 'payload.card must be an Adaptive Card ({ type: "AdaptiveCard", … })');
    return { type: 'message', ...(typeof payload.text === 'string' ? { text: payload.text } : {}), attachments: [CardFactory.adaptiveCard(card)] };
  },
  /**
   * `{ activity: { text?, textFormat?, attachments?, … } }`: a turn's reply the Bot Connector did
   * not take in time (bot/reply-guard.ts), sent as it was written.
   */
  'notice.reply': (payload) => {
    const activity = payload.activity as Partial<Activity> | undefined;
    if (!activity || typeof activity !== 'object' || (typeof activity.text !== 'string' && !Array.isArray(activity.attachments)))
      throw new TemplatePayloadError('notice.reply', 'payload.activity must carry text or attachments');
    const { text, textFormat, attachments, attachmentLayout, summary, suggestedActions } = activity;
    return { type: 'message', text, textFormat, attachments, attachmentLayout, summary, suggestedActions };
  },
};

/**
 * How the Teams layer turns an outbox message (a template name and its view model) into an
 * activity. Each capability owns its templates: add its map to CAPABILITY_TEMPLATES below, e.g.
 * `import { ASK_TEMPLATES } from '../handlers/ask-templates.js'` … `[NOTICE_TEMPLATES, ASK_TEMPLATES]`.
 * Renderers are pure functions of the payload; they throw TemplatePayloadError for a payload
 * they cannot render, which fails that message permanently with the error as its reason.
 *
 * Every capability's templates. Add yours here (one line).
 */
const CAPABILITY_TEMPLATES: readonly TemplateMap[] = [NOTICE_TEMPLATES, EVENT_DELIVERY_TEMPLATES, ENVIRONMENT_TEMPLATE_RENDERERS, STORY_CARD_TEMPLATES, ASK_TEMPLATES];

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
