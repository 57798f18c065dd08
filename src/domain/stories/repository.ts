import type { ImpactTotals, Story, StoryFilter, StoryInput, StoryStatus } from './types.js';

/** What a new row needs; everything else starts empty. */
export interface NewStory extends StoryInput {
  id: string;
  authorId: string;
  /** The form instance the story came from: the same form submitted twice is one story. */
  submissionKey: string;
  status: StoryStatus;
  /** Set when the story is published on submission (a champion's own story). */
  publishedAt: string | null;
  createdAt: string;
}

/** Fields a change may set; `version` is checked and bumped by the repository. */
export type StoryChanges = Partial<
  StoryInput &
    Pick<Story, 'status' | 'moderationComment' | 'moderatedBy' | 'moderatedAt' | 'publishedAt' | 'showcasePosts' | 'reviewCard'>
>;

/** Stories and their kudos in storage (src/storage/repositories/stories/stories.ts). */
export interface StoryRepository {
  /**
   * Inserts unless this author already submitted with this key (double click, retry, a dialog
   * sent twice): then returns the existing story with `created: false`. Safe under concurrency.
   */
  insertOnce(row: NewStory): Promise<{ story: Story; created: boolean }>;
  find(id: string): Promise<Story | undefined>;
  findBySubmission(authorId: string, submissionKey: string): Promise<Story | undefined>;
  /** Applies the changes only if the row still has `version`; false when someone else got there first. */
  update(id: string, version: number, changes: StoryChanges, at: string): Promise<boolean>;
  /** Newest first: by publication for published stories, else by creation. */
  list(filter: StoryFilter): Promise<Story[]>;
  /** Sums the impact of the stories the filter selects. */
  totals(filter: StoryFilter): Promise<ImpactTotals>;
  /** Departments of the stories in these states, for the gallery's filter. */
  departments(status: readonly StoryStatus[]): Promise<string[]>;
  /**
   * Gives (true) or takes back (false) one person's kudos and keeps the story's count in step,
   * atomically; returns whether anything changed and the count afterwards.
   */
  setKudos(storyId: string, userId: string, given: boolean, at: string): Promise<{ changed: boolean; count: number }>;
  /** Which of these stories the person gave kudos to. */
  kudosGivenBy(userId: string, storyIds: readonly string[]): Promise<Set<string>>;
  /** Who gave kudos to each of these stories (display names, first kudos first). */
  kudosGivers(storyIds: readonly string[]): Promise<Map<string, string[]>>;
}
