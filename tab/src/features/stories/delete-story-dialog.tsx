import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { storiesApi } from './api';
import type { StoryView } from './types';

/** "Delete" with a confirmation: the gallery entry goes and the channel cards say it was removed. */
export function DeleteStoryDialog({ story, onDeleted }: { readonly story: StoryView; readonly onDeleted: () => void }) {
  const client = useApiClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  async function remove(): Promise<void> {
    setBusy(true);
    setProblem(undefined);
    try {
      await storiesApi.remove(client, story.id);
      setOpen(false);
      onDeleted();
    } catch (error) {
      setProblem(toApiError(error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<DeleteRegular />}>Delete</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete this story?</DialogTitle>
          <DialogContent>
            {problem !== undefined && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{problem}</MessageBarBody>
              </MessageBar>
            )}
            “{story.title}” will disappear from the gallery
            {story.status === 'published' ? ', and its cards in the showcase channels will say it was removed' : ''}. This cannot be undone.
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Keep it</Button>
            </DialogTrigger>
            <Button appearance="primary" disabled={busy} onClick={() => void remove()}>
              {busy ? 'Deleting…' : 'Yes, delete it'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
