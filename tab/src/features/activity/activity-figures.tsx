import { useTranslation } from '../../lib/translation';
import { FigureTile, FigureTiles } from '../../components/figure-tiles';
import { formatCount } from '../insights/format';
import type { MyActivity } from './types';

/** The person's own counts for the period. */
export function ActivityFigures({ activity }: { readonly activity: MyActivity }) {
  const { t } = useTranslation();
  const f = 'activity.figures' as const;
  const tiles: Array<[string, number]> = [
    [t(`${f}.questionsAsked`), activity.questionsAsked],
    [t(`${f}.escalated`), activity.questionsEscalated],
    [t(`${f}.environmentRequests`), activity.environmentRequests],
    [t(`${f}.rsvps`), activity.rsvps],
    [t(`${f}.attended`), activity.eventsAttended],
    [t(`${f}.modules`), activity.modulesCompleted],
    [t(`${f}.paths`), activity.pathsCompleted],
    [t(`${f}.stories`), activity.storiesPublished],
    [t(`${f}.hoursSaved`), activity.hoursSavedPerMonth],
  ];
  return (
    <FigureTiles heading={t(`${f}.heading`)} minTileWidth={160}>
      {tiles.map(([label, value]) => (
        <FigureTile key={label} label={label} value={formatCount(value)} />
      ))}
    </FigureTiles>
  );
}
