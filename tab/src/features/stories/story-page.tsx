import { Badge, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from '../../lib/router';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useTranslation } from '../../lib/translation';
import { useApi } from '../../lib/use-api';
import { storiesApi } from './api';
import { DeleteStoryDialog } from './delete-story-dialog';
import { formatDay, statusColor } from './format';
import { KudosButton } from './kudos-button';
import { ModerationPanel } from './moderation-panel';
import { StoryDetails } from './story-details';
import { StoryDecisionNotice } from './story-decision-notice';
import type { ModerationDecision, StoryView } from './types';

const useStyles = makeStyles({
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorBrandForegroundLink, width: 'fit-content' },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** What the previous page wants said on arrival (set by the form after a submit or save). */
export interface StoryPageState {
  readonly notice?: string;
}

/** One story, whole: for everyone when published, for its author and the moderators before. */
export function StoryPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notice = (useLocation().state as StoryPageState | null)?.notice;
  const loaded = useApi((client, signal) => storiesApi.story(client, id, signal), [id]);
  const [story, setStory] = useState<StoryView | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [decision, setDecision] = useState<ModerationDecision | undefined>();
  // The loaded story seeds the state once per load; actions (a decision) replace it afterwards.
  const loadedStory = loaded.status === 'success' ? loaded.data : undefined;
  useEffect(() => {
    if (loadedStory !== undefined) setStory(loadedStory);
  }, [loadedStory]);

  if (loaded.status === 'loading' || (loaded.status === 'success' && story === undefined)) return <LoadingState label={t('stories.page.loading')} />;
  if (loaded.status === 'error' || story === undefined)
    return (
      <Page title={t('stories.page.notAvailable')}>
        {loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={loaded.error.status === 404 ? undefined : loaded.retry} />}
        <Link to="/stories" className={styles.back}>
          <ArrowLeftRegular aria-hidden="true" /> {t('stories.page.all')}
        </Link>
      </Page>
    );

  const description = (
    <span className={styles.meta}>
      <span>
        {t('stories.page.by', { department: story.department, author: story.authorName })}
        {' · '}
        {story.publishedAt !== null ? formatDay(story.publishedAt) : t('stories.page.submitted', { date: formatDay(story.createdAt) })}
      </span>
      {story.status !== 'published' && (
        <Badge appearance="tint" color={statusColor[story.status]} shape="rounded">
          {t(`stories.status.${story.status}`)}
        </Badge>
      )}
    </span>
  );
  return (
    <Page title={story.title} documentTitle={t('stories.page.documentTitle')} description={description}>
      <Link to="/stories" className={styles.back}>
        <ArrowLeftRegular aria-hidden="true" /> {t('stories.page.all')}
      </Link>
      {notice !== undefined && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {decision !== undefined && <StoryDecisionNotice story={story} decision={decision} />}
      {problem !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {story.moderationComment !== null && story.status !== 'published' && (
        <MessageBar intent={story.status === 'declined' ? 'error' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('stories.page.noteFrom', { name: story.moderatedByName ?? t('stories.list.theReviewer') })}</MessageBarTitle>
            {story.moderationComment}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {story.status === 'published' && <KudosButton storyId={story.id} count={story.kudosCount} given={story.kudosGiven} from={story.kudosFrom} mine={story.mine} onError={setProblem} />}
        {story.canEdit && (
          <Button icon={<EditRegular />} onClick={() => navigate(`/stories/${story.id}/edit`)}>
            {t('stories.page.edit')}
          </Button>
        )}
        {story.canDelete && <DeleteStoryDialog story={story} onDeleted={() => navigate(story.mine ? '/stories/mine' : '/stories', { state: { notice: t('stories.page.deleted') } })} />}
        {story.status === 'published' && !story.mine && <Caption1>{t('stories.page.kudosHint')}</Caption1>}
      </div>
      {story.canModerate && (
        <ModerationPanel
          story={story}
          onDecided={(decided, decision) => {
            setStory(decided);
            setDecision(decision);
          }}
        />
      )}
      <StoryDetails story={story} />
    </Page>
  );
}
