import { FigureTile, FigureTiles } from '../../components/figure-tiles';
import { formatCount } from '../insights/format';
import type { MyActivity } from './types';

/** The person's own counts for the period. */
export function ActivityFigures({ activity }: { readonly activity: MyActivity }) {
  const tiles: Array<[string, number]> = [
    ['Questions asked', activity.questionsAsked],
    ['Sent to an expert', activity.questionsEscalated],
    ['Environment requests', activity.environmentRequests],
    ['Events you said you would attend', activity.rsvps],
    ['Events attended', activity.eventsAttended],
    ['Training modules completed', activity.modulesCompleted],
    ['Training paths completed', activity.pathsCompleted],
    ['Stories published', activity.storiesPublished],
    ['Hours saved per month by your stories', activity.hoursSavedPerMonth],
  ];
  return (
    <FigureTiles heading="Your figures" minTileWidth={160}>
      {tiles.map(([label, value]) => (
        <FigureTile key={label} label={label} value={formatCount(value)} />
      ))}
    </FigureTiles>
  );
}
