import type { TurnContext } from 'botbuilder';
import type { Principal } from '../src/domain/identity/types.js';
import type { ConversationScope } from '../src/domain/conversations/types.js';
import type { Logger } from '../src/logging.js';

/** What Maker Hub knows about the current turn, resolved once before any handler runs. */
export interface TurnInfo {
  correlationId: string;
  logger: Logger;
  scope: ConversationScope;
  /** Absent for activities that carry no person (some system events). */
  principal?: Principal;
}

const TURN_INFO = Symbol('maker-hub.turn');

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TURN_INFO, info);
}

export function turnInfo(context: TurnContext): TurnInfo {
  const info = context.turnState.get(TURN_INFO) as TurnInfo | undefined;
  if (!info) throw new Error('turn info missing: beforeTurn did not run');
  return info;
}

/** The signed-in person of this turn; handlers that need one call this. */
export function principalOf(context: TurnContext): Principal {
  const principal = turnInfo(context).principal;
  if (!principal) throw new Error('this activity carries no user');
  return principal;
}
