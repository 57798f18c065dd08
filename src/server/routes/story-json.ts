import type { Principal } from '../../domain/identity/types.js';
import { isModerator, STORY_STATUS_LABEL } from '../../domain/stories/moderation.js';
import type { StoryForViewer } from '../../domain/stories/types.js';

/**
 * A story as the tab receives it. The author's user id stays on the server (`mine` says what the
 * tab needs); the moderator's note is only for the author and the moderators.
 */
export function storyJson({ story, kudosGiven, kudosFrom, canEdit, canDelete, canModerate }: StoryForViewer, viewer: Principal) {
  const mine = story.authorId === viewer.user.id;
  const privileged = mine || isModerator(viewer);
  return {
    id: story.id,
    title: story.title,
    problem: story.problem,
    solution: story.solution,
    products: story.products,
    hoursSavedPerMonth: story.hoursSavedPerMonth,
    peopleServed: story.peopleServed,
    costAvoided: story.costAvoided,
    currency: story.currency,
    department: story.department,
    imageUrl: story.imageUrl,
    // The tab reads an uploaded picture with the viewer's sign-in (the card's token never leaves the server).
    imageId: story.imageId,
    linkUrl: story.linkUrl,
    authorName: story.authorName,
    status: story.status,
    statusLabel: STORY_STATUS_LABEL[story.status],
    moderationComment: privileged ? story.moderationComment : null,
    moderatedByName: privileged ? story.moderatedByName : null,
    publishedAt: story.publishedAt,
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
    version: story.version,
    kudosCount: story.kudosCount,
    kudosGiven,
    kudosFrom,
    mine,
    canEdit,
    canDelete,
    canModerate,
  };
}

/** The story shape of the tab API (tab/src/features/stories/types.ts mirrors it). */
export type StoryJson = ReturnType<typeof storyJson>;
