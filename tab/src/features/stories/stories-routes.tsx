import { Route, Routes } from '../../lib/router';
import { NotFoundPage } from '../not-found/not-found-page';
import { MyStoriesPage } from './my-stories-page';
import { ReviewQueuePage } from './review-queue-page';
import { StoriesPage } from './stories-page';
import { StoryFormPage } from './story-form-page';
import { StoryPage } from './story-page';

/** Every page under /stories (mounted as `stories/*` in app/routes.tsx). */
export function StoriesRoutes() {
  return (
    <Routes>
      <Route index element={<StoriesPage />} />
      <Route path="new" element={<StoryFormPage />} />
      <Route path="mine" element={<MyStoriesPage />} />
      <Route path="review" element={<ReviewQueuePage />} />
      <Route path=":id" element={<StoryPage />} />
      <Route path=":id/edit" element={<StoryFormPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
