import { CardFactory, type Activity } from 'botbuilder';
import { TemplatePayloadError, type TemplateMap } from './types.js';

/** Simple messages any capability (and the tests) can send. */
export const NOTICE_RENDERERS: TemplateMap = {
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
