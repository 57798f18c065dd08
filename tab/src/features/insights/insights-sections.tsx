import { AskSection } from './sections/ask-section';
import { CommunitySection } from './sections/community-section';
import { EnvironmentsSection } from './sections/environments-section';
import { EventsSection } from './sections/events-section';
import type { SectionProps } from './sections/insights-section';
import { StoriesSection } from './sections/stories-section';
import { TrainingSection } from './sections/training-section';

/** Every capability's section, in the order of PRODUCT.md; shared by the page and the sponsor report. */
export function InsightsSections(props: SectionProps) {
  return (
    <>
      <CommunitySection {...props} />
      <AskSection {...props} />
      <EnvironmentsSection {...props} />
      <StoriesSection {...props} />
      <TrainingSection {...props} />
      <EventsSection {...props} />
    </>
  );
}
