/**
 * Action.Execute verbs of the training card, shared by the card builder and the handler so a typo
 * cannot split them; the `training.` prefix keeps them apart from other capabilities.
 */
export const TRAINING_VERBS = {
  /** Marks the next module done from the training card (data: moduleId). */
  done: 'training.done',
} as const;
