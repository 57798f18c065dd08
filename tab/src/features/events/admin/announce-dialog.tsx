import { Body1, Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { MegaphoneRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { useApi } from '../../../lib/use-api';
import { announce, fetchChannels, type AnnounceChannel, type CommunityEvent } from '../api';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
});

function channelLabel(c: AnnounceChannel): string {
  if (c.scope === 'groupChat') return 'Group chat';
  return [c.teamName, c.channelName ?? 'General'].filter(Boolean).join(' › ');
}

function ChannelPicker({ event, onDone }: { readonly event: CommunityEvent; readonly onDone: (message: string) => void }) {
  const styles = useStyles();
  const client = useApiClient();
  const channels = useApi((c, signal) => fetchChannels(c, event.id, signal), [event.id]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const list = channels.status === 'success' ? channels.data : [];

  async function send() {
    setBusy(true);
    setError(null);
    try {
      const result = await announce(client, event.id, [...chosen]);
      onDone(`Announced in ${result.announced.length} ${result.announced.length === 1 ? 'channel' : 'channels'}. The cards appear in a moment and keep their counts up to date.`);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {/* Content and actions render from the start: a modal with nothing focusable in it while
          loading would not take focus, and its focus trap would then hide the whole dialog. */}
      <DialogContent>
        <Body1>Post the event card with RSVP buttons in these channels (Maker Hub must be installed in the team).</Body1>
        {channels.status === 'loading' && <LoadingState label="Loading channels…" />}
        {channels.status === 'error' && <ErrorState title="We couldn't load the channels" error={channels.error} onRetry={channels.retry} />}
        {channels.status === 'success' && list.length === 0 && <Body1 as="p">Maker Hub is not installed in any channel yet. Add the app to a team first.</Body1>}
        <div className={styles.list} role="group" aria-label="Channels">
          {list.map((c) => (
            <Checkbox
              key={c.id}
              label={c.announced ? `${channelLabel(c)} (already announced)` : channelLabel(c)}
              checked={c.announced || chosen.has(c.id)}
              disabled={c.announced || busy}
              onChange={(_e, data) =>
                setChosen((prev) => {
                  const next = new Set(prev);
                  if (data.checked === true) next.add(c.id);
                  else next.delete(c.id);
                  return next;
                })
              }
            />
          ))}
        </div>
        {error !== null && <ErrorState title="The event was not announced" error={error} />}
      </DialogContent>
      <DialogActions>
        <DialogTrigger disableButtonEnhancement>
          <Button appearance="secondary">Close</Button>
        </DialogTrigger>
        <Button appearance="primary" disabled={busy || chosen.size === 0} onClick={() => void send()}>
          Announce
        </Button>
      </DialogActions>
    </>
  );
}

/** "Announce": pick the installed channels to post the event card in (through the delivery engine). */
export function AnnounceDialog({ event }: { readonly event: CommunityEvent }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <Dialog open={open} onOpenChange={(_e, data) => setOpen(data.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button icon={<MegaphoneRegular />} disabled={event.status === 'cancelled'}>
            Announce
          </Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Announce “{event.title}”</DialogTitle>
            {open && (
              <ChannelPicker
                event={event}
                onDone={(message) => {
                  setDone(message);
                  setOpen(false);
                }}
              />
            )}
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {done !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
