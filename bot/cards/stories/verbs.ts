/**
 * Action.Execute verbs of the story cards, shared by the card builders and the handlers so a typo
 * cannot split them; the `stories.` prefix keeps them apart from other capabilities.
 */
export const STORY_VERBS = {
  /** Submit the form in chat (data: submissionKey; inputs: the story fields). */
  submit: 'stories.submit',
  /** Open the edit form in place (data: storyId). */
  edit: 'stories.edit',
  /** Save the edit form (data: storyId, version; inputs: the story fields). */
  save: 'stories.save',
  /** Ask to confirm a deletion (data: storyId). */
  remove: 'stories.delete',
  /** Delete for good (data: storyId). */
  removeConfirmed: 'stories.delete.confirm',
  /** Back to the story's status card (data: storyId), e.g. "Keep it" on the confirmation. */
  show: 'stories.show',
  /** Give or take back kudos (data: storyId). */
  kudos: 'stories.kudos',
  /** Moderators' decisions on the review card (data: storyId, version; input: comment). */
  approve: 'stories.approve',
  requestChanges: 'stories.request-changes',
  decline: 'stories.decline',
} as const;

/** One of {@link STORY_VERBS}. */
export type StoryVerb = (typeof STORY_VERBS)[keyof typeof STORY_VERBS];

/** The action message extension's command id (manifest/manifest.json, composeExtensions). */
export const SHARE_STORY_COMMAND = 'shareStory';
