import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from '../../lib/translation';
import { AppLink } from '../../components/app-link';
import type { ModerationDecision, StoryView } from './types';

/**
 * The moderator's confirmation after a decision: what happened to which story, and where to go
 * next (the showcase it now appears in, or the queue for the next one). The queue and the showcase
 * load afresh when opened, so neither needs a reload to show the change.
 */
export function StoryDecisionNotice({ story, decision }: { readonly story: StoryView; readonly decision: ModerationDecision }) {
  const { t } = useTranslation();
  const author = story.authorName;
  if (decision === 'approve')
    return (
      <MessageBar intent="success" role="status" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('stories.decision.published', { title: story.title })}</MessageBarTitle>
          {t('stories.decision.publishedBody', { author })}{' '}
          <AppLink to="/stories" inline>
            {t('stories.decision.seeShowcase')}
          </AppLink>
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="success" role="status" layout="multiline">
      <MessageBarBody>
        {t(decision === 'decline' ? 'stories.decision.declined' : 'stories.decision.changesRequested', { author })}{' '}
        <AppLink to="/stories/review" inline>
          {t('stories.decision.backToQueue')}
        </AppLink>
      </MessageBarBody>
    </MessageBar>
  );
}
