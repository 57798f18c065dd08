import type { Principal, UserChange } from '../identity/types.js';
import { remove, update } from './author-actions.js';
import type { StoryContext } from './context.js';
import { toggleKudos, type KudosResult } from './kudos.js';
import { moderate } from './moderator-actions.js';
import * as queries from './queries.js';
import { submit, type SubmitResult } from './submission.js';
import type { ImpactTotals, ModerationDecision, Story, StoryFilter, StoryForViewer } from './types.js';
import type { StoryDraft } from './validation.js';

/**
 * Success stories, the capability's use cases in one place for the Teams layer and the tab API.
 * Each method is a small module of its own; this class only wires them.
 */
export class StoryService {
  constructor(readonly context: StoryContext) {}

  formOptions(): queries.StoryFormOptions {
    return queries.formOptions(this.context);
  }

  submit(ctx: UserChange, draft: StoryDraft, submissionKey: string): Promise<SubmitResult> {
    return submit(this.context, ctx, draft, submissionKey);
  }

  /** The author's edit; `expectedVersion` (from the form) refuses overwriting a change they never saw. */
  update(ctx: UserChange, id: string, draft: StoryDraft, expectedVersion?: number): Promise<Story> {
    return update(this.context, ctx, id, draft, expectedVersion);
  }

  remove(ctx: UserChange, id: string, reason?: string | null): Promise<Story> {
    return remove(this.context, ctx, id, reason);
  }

  moderate(ctx: UserChange, id: string, decision: ModerationDecision, comment?: string | null, expectedVersion?: number): Promise<Story> {
    return moderate(this.context, ctx, id, decision, comment, expectedVersion);
  }

  toggleKudos(ctx: UserChange, id: string): Promise<KudosResult> {
    return toggleKudos(this.context, ctx, id);
  }

  /** The current state of a story, for rendering a card; no visibility check (cards show what their audience may see). */
  find(id: string): Promise<Story | undefined> {
    return this.context.store.repos.stories.find(id);
  }

  detail(viewer: Principal, id: string): Promise<StoryForViewer> {
    return queries.detail(this.context, viewer, id);
  }

  forViewer(viewer: Principal, stories: Story[]): Promise<StoryForViewer[]> {
    return queries.forViewer(this.context, viewer, stories);
  }

  gallery(viewer: Principal, filter: Omit<StoryFilter, 'status' | 'authorId'>): Promise<queries.Gallery> {
    return queries.gallery(this.context, viewer, filter);
  }

  mine(viewer: Principal, limit?: number): Promise<StoryForViewer[]> {
    return queries.mine(this.context, viewer, limit);
  }

  queue(ctx: UserChange, status?: 'pending' | 'changes-requested'): Promise<StoryForViewer[]> {
    return queries.queue(this.context, ctx, status);
  }

  /** What published stories add up to: for the gallery and the KPI dashboard. */
  impactTotals(filter?: Omit<StoryFilter, 'status'>): Promise<ImpactTotals> {
    return queries.impactTotals(this.context, filter);
  }
}
