/**
 * Action.Execute verbs of the Ask cards, shared by card builders and handlers so a typo cannot
 * split them; the `ask.` prefix keeps them apart from other capabilities.
 */
export const ASK_VERBS = {
  /** 👍/👎 on an answer (data: questionId, helpful). */
  feedback: 'ask.feedback',
  /** "Ask an expert" (data: questionId; details from the card's input). */
  escalate: 'ask.escalate',
  /** The reason for a 👎 (data: questionId; reason and note from the card's inputs). */
  feedbackReason: 'ask.feedback.reason',
  /** The maker's reply to an expert's answer, which reopens the ticket (data: ticketId; message input). */
  reply: 'ask.ticket.reply',
  /** Expert card actions (data: ticketId; answer comes from the card's input). */
  assign: 'ask.ticket.assign',
  answer: 'ask.ticket.answer',
  close: 'ask.ticket.close',
  reopen: 'ask.ticket.reopen',
  promote: 'ask.ticket.promote',
  /** Automatic refresh of the expert card: every viewer sees the current state. */
  refresh: 'ask.ticket.refresh',
} as const;

export type AskVerb = (typeof ASK_VERBS)[keyof typeof ASK_VERBS];

/** The message-extension search command (the manifest's composeExtensions command id). */
export const SEARCH_COMMAND_ID = 'searchKnowledge';
