/**
 * Just enough Adaptive Card typing for our builders to stay honest. Teams renders schema 1.5; every
 * card we send declares it.
 */
export type CardElement = { type: string; [key: string]: unknown };
export type CardAction = { type: 'Action.Submit' | 'Action.Execute' | 'Action.OpenUrl' | 'Action.ShowCard' | 'Action.ToggleVisibility'; title: string; [key: string]: unknown };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  refresh?: { action: CardAction; userIds?: string[] };
  msteams?: { width?: 'Full' };
  [key: string]: unknown;
}

/** The attachment and invoke-response content type of an Adaptive Card (the Bot Framework's name for it). */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Teams asks for at most six actions on a card. */
export const MAX_CARD_ACTIONS = 6;
