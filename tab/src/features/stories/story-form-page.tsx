import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from '../../lib/router';
import { useMe } from '../../app/session/session-context';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { useTranslation } from '../../lib/translation';
import { useApi } from '../../lib/use-api';
import { storiesApi } from './api';
import { StoryFormFields } from './story-form';
import type { StoryPageState } from './story-page';
import type { StoryDraft, StoryOptions, StoryView } from './types';
import { useStoryDraft } from './use-story-draft';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXL },
});

function emptyDraft(options: StoryOptions): StoryDraft {
  return { title: '', problem: '', solution: '', products: [], hoursSavedPerMonth: '', peopleServed: '', costAvoided: '', currency: options.currencies[0] ?? '', department: '', imageUrl: '', imageId: '', linkUrl: '' };
}

function draftOf(story: StoryView, options: StoryOptions): StoryDraft {
  const n = (v: number | null) => (v === null ? '' : String(v));
  return { title: story.title, problem: story.problem, solution: story.solution, products: [...story.products], hoursSavedPerMonth: n(story.hoursSavedPerMonth), peopleServed: n(story.peopleServed), costAvoided: n(story.costAvoided), currency: story.currency ?? options.currencies[0] ?? '', department: story.department, imageUrl: story.imageUrl ?? '', imageId: story.imageId ?? '', linkUrl: story.linkUrl ?? '' };
}

/** /stories/new and /stories/:id/edit: loads what the form needs, then shows it. */
export function StoryFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const title = id === undefined ? t('storyForm.newTitle') : t('storyForm.editTitle');
  const data = useApi(async (client, signal) => ({ options: await storiesApi.options(client, signal), story: id === undefined ? undefined : await storiesApi.story(client, id, signal) }), [id]);
  if (data.status === 'loading') return <LoadingState label={t('storyForm.loading')} />;
  if (data.status === 'error')
    return (
      <Page title={title}>
        <ErrorState title={t('storyForm.loadError')} error={data.error} onRetry={data.retry} />
      </Page>
    );
  return <StoryFormBody key={id ?? 'new'} title={title} options={data.data.options} story={data.data.story} />;
}

function StoryFormBody({ title, options, story }: { readonly title: string; readonly options: StoryOptions; readonly story?: StoryView }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const me = useMe();
  const draft = useStoryDraft(`${me.user.id}:${story?.id ?? 'new'}`, () => (story ? draftOf(story, options) : emptyDraft(options)));
  const [version, setVersion] = useState(story?.version ?? 0);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused submit, the first field to fix gets the focus (and scrolls into view).
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function send(): Promise<void> {
    setBusy(true);
    setProblem(undefined);
    try {
      const saved = story ? await storiesApi.update(client, story.id, draft.values, version) : await storiesApi.submit(client, draft.values, draft.submissionKey);
      draft.clear();
      const notice = story ? t('storyForm.saved') : saved.status === 'published' ? t('storyForm.published') : t('storyForm.submitted');
      navigate(`/stories/${saved.id}`, { state: { notice } satisfies StoryPageState });
    } catch (caught) {
      const error = toApiError(caught);
      setErrors(error.fields);
      setProblem(Object.keys(error.fields).length ? t('storyForm.fixFields') : error.message);
      // Someone changed the story meanwhile: the next save goes on top of their change, on purpose, after this warning.
      if (story && error.status === 409) setVersion((await storiesApi.story(client, story.id).catch(() => story)).version);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={title} description={story ? t('storyForm.editDescription') : t('storyForm.newDescription')}>
      {draft.restored && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('storyForm.restoredTitle')}</MessageBarTitle>
            {t('storyForm.restoredBody')}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => draft.clear(story ? draftOf(story, options) : undefined)}>{t('storyForm.discard')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {problem !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {/* noValidate: the server's checks (shown next to each field) replace the browser's bubbles. */}
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <StoryFormFields values={draft.values} options={options} errors={errors} onChange={draft.setValues} />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={busy}>
            {busy ? t('storyForm.sending') : story ? t('storyForm.save') : t('storyForm.submit')}
          </Button>
          <Button onClick={() => navigate(story ? `/stories/${story.id}` : '/stories')}>{t('storyForm.cancel')}</Button>
        </div>
      </form>
    </Page>
  );
}
