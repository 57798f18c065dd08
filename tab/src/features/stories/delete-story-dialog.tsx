import { Button } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { useApiClient } from '../../lib/api-client-context';
import { useTranslation } from '../../lib/translation';
import { useSubmission } from '../../lib/use-submission';
import { storiesApi } from './api';
import type { StoryView } from './types';

/** "Delete" with a confirmation: the gallery entry goes and the channel cards say it was removed. */
export function DeleteStoryDialog({ story, onDeleted }: { readonly story: StoryView; readonly onDeleted: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [open, setOpen] = useState(false);
  const { busy, error, submit } = useSubmission();

  async function remove(): Promise<void> {
    await storiesApi.remove(client, story.id);
    setOpen(false);
    onDeleted();
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={<Button icon={<DeleteRegular />}>{t('stories.remove.button')}</Button>}
      title={t('stories.remove.title')}
      description={t(story.status === 'published' ? 'stories.remove.bodyPublished' : 'stories.remove.body', { title: story.title })}
      submitLabel={t('stories.remove.confirm')}
      busyLabel={t('stories.remove.busy')}
      cancelLabel={t('stories.remove.keep')}
      busy={busy}
      onSubmit={() => void submit(remove)}
      error={error}
    />
  );
}
