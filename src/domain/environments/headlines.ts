/**
 * What happened to a request, as parts (a kind and its values) rather than a finished sentence:
 * the maker's card is worded in their language when it is rendered (docs/delivery.md), and
 * `headlineText` gives the English sentence for channel cards, the message summary and payloads
 * read by an older renderer.
 */
export const ENVIRONMENT_NOTE_KINDS = [
  'approved',
  'approvedByPolicy',
  'retrying',
  'rejected',
  'ready',
  'failed',
  'waitingApproval',
  'cancelled',
  'extensionWaiting',
  'extensionDeclined',
  'extendedBy',
  'extendedByPolicy',
  'expiring',
  'expired',
] as const;

export type EnvironmentNoteKind = (typeof ENVIRONMENT_NOTE_KINDS)[number];

/** What comes after an approval or a retry: the environment is being created, by the API or by the CoE team. */
export const ENVIRONMENT_NOTE_NEXT = ['creating', 'creatingByHand'] as const;

export interface EnvironmentNote {
  kind: EnvironmentNoteKind;
  /** Who did it (an admin's display name, or the system actor's name). */
  name?: string;
  /** The environment's display name. */
  environment?: string;
  reference?: string;
  /** The admin's or the maker's words, as typed. */
  comment?: string;
  days?: number;
  /** A day as an ISO timestamp (the new expiry); cards format it for their reader. */
  until?: string;
  url?: string;
  /** Why the creation failed (from the provisioner). */
  reason?: string;
  next?: (typeof ENVIRONMENT_NOTE_NEXT)[number];
}

const NEXT_TEXT: Record<NonNullable<EnvironmentNote['next']>, string> = {
  creating: "Your environment is being created now; I'll tell you when it is ready.",
  creatingByHand: 'The CoE team is creating your environment and will share its link here.',
};

/** The note in English, word for word as the maker's messages have always read. */
export function headlineText(note: EnvironmentNote): string {
  const main = mainText(note);
  return note.next ? `${main} ${NEXT_TEXT[note.next]}` : main;
}

function mainText(n: EnvironmentNote): string {
  const day = (n.until ?? '').slice(0, 10);
  switch (n.kind) {
    case 'approved': return `Approved by ${n.name}.${n.comment ? ` They said: “${n.comment}”` : ''}`;
    case 'approvedByPolicy': return 'Approved automatically by the CoE policy.';
    case 'retrying': return `${n.name} is trying again.`;
    case 'rejected': return `Rejected by ${n.name}: “${n.comment}”`;
    case 'ready': return `Your environment ${n.environment} is ready: ${n.url}`;
    case 'failed': return `Creating ${n.environment} failed: ${n.reason} The CoE team has been told and can retry.`;
    case 'waitingApproval': return `Your request ${n.reference} is waiting for a CoE admin's approval.`;
    case 'cancelled': return `Your request ${n.reference} is cancelled.`;
    case 'extensionWaiting': return `Your request to extend ${n.environment} by ${n.days} days is waiting for a CoE admin.`;
    case 'extensionDeclined': return `Your extension of ${n.days} days was declined by ${n.name}: “${n.comment}”`;
    case 'extendedBy': return `${n.name} extended it by ${n.days} days. It now expires on ${day}.`;
    case 'extendedByPolicy': return `Extended by ${n.days} days (the CoE policy allows it). It now expires on ${day}.`;
    case 'expiring': return `Your environment ${n.environment} expires in ${n.days} day${n.days === 1 ? '' : 's'} (${day}). Ask for an extension if you still need it.`;
    case 'expired': return `Your environment ${n.environment} has expired. The CoE will clean it up; ask them if you still need its data.`;
  }
}
