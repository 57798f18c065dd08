import { Button } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { useApiClient } from '../../lib/api-client-context';
import { useSubmission } from '../../lib/use-submission';
import { storiesApi } from './api';
import type { StoryView } from './types';

/** "Delete" with a confirmation: the gallery entry goes and the channel cards say it was removed. */
export function DeleteStoryDialog({ story, onDeleted }: { readonly story: StoryView; readonly onDeleted: () => void }) {
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
      trigger={<Button icon={<DeleteRegular />}>Delete</Button>}
      title="Delete this story?"
      description={`“${story.title}” will disappear from the gallery${story.status === 'published' ? ', and its cards in the showcase channels will say it was removed' : ''}. This cannot be undone.`}
      submitLabel="Yes, delete it"
      busyLabel="Deleting…"
      cancelLabel="Keep it"
      busy={busy}
      onSubmit={() => void submit(remove)}
      error={error}
    />
  );
}
