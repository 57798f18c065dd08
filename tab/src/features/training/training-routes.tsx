import { Route, Routes } from '../../lib/router';
import { PathPage } from './path-page';
import { TrainingPage } from './training-page';

/** /training (every path) and /training/:pathId (one path's modules and progress). */
export function TrainingRoutes() {
  return (
    <Routes>
      <Route index element={<TrainingPage />} />
      <Route path=":pathId" element={<PathPage />} />
    </Routes>
  );
}
