import { Body1, Button, Checkbox, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { MegaphoneRegular } from '@fluentui/react-icons';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { FormDialog } from '../../../components/form-dialog';
import { LoadingState } from '../../../components/loading-state';
import { useApiClient } from '../../../lib/api-client-context';
import { useTranslation } from '../../../lib/translation';
import { useApi } from '../../../lib/use-api';
import { useSubmission } from '../../../lib/use-submission';
import { announce, fetchChannels, type AnnounceChannel, type CommunityEvent } from '../api';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

function channelLabel(c: AnnounceChannel, t: TFunction): string {
  if (c.scope === 'groupChat') return t('events.admin.announce.groupChat');
  return [c.teamName, c.channelName ?? t('events.admin.announce.general')].filter(Boolean).join(' › ');
}

interface ChannelChecklistProps {
  readonly eventId: string;
  readonly chosen: ReadonlySet<string>;
  readonly disabled: boolean;
  readonly onChange: (chosen: ReadonlySet<string>) => void;
}

/** The installed channels, loaded each time the dialog opens (another admin may have announced since). */
function ChannelChecklist({ eventId, chosen, disabled, onChange }: ChannelChecklistProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const channels = useApi((c, signal) => fetchChannels(c, eventId, signal), [eventId]);
  const list = channels.status === 'success' ? channels.data : [];
  return (
    <>
      {channels.status === 'loading' && <LoadingState label={t('events.admin.announce.loading')} />}
      {channels.status === 'error' && <ErrorState title={t('events.admin.announce.loadError')} error={channels.error} onRetry={channels.retry} />}
      {channels.status === 'success' && list.length === 0 && <Body1 as="p">{t('events.admin.announce.noChannels')}</Body1>}
      <div className={styles.list} role="group" aria-label={t('events.admin.announce.channels')}>
        {list.map((c) => (
          <Checkbox
            key={c.id}
            label={c.announced ? t('events.admin.announce.already', { channel: channelLabel(c, t) }) : channelLabel(c, t)}
            checked={c.announced || chosen.has(c.id)}
            disabled={c.announced || disabled}
            onChange={(_e, data) => {
              const next = new Set(chosen);
              if (data.checked === true) next.add(c.id);
              else next.delete(c.id);
              onChange(next);
            }}
          />
        ))}
      </div>
    </>
  );
}

/** "Announce": pick the installed channels to post the event card in (through the delivery engine). */
export function AnnounceDialog({ event }: { readonly event: CommunityEvent }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const { busy, error, submit, reset } = useSubmission();
  const [done, setDone] = useState<string | null>(null);

  function openChange(next: boolean) {
    // Every opening starts afresh: no channel chosen, no earlier failure.
    if (next) {
      setChosen(new Set());
      reset();
    }
    setOpen(next);
  }

  async function send() {
    const result = await announce(client, event.id, [...chosen]);
    setDone(t('events.admin.announce.done', { count: result.announced.length }));
    setOpen(false);
  }

  return (
    <>
      <FormDialog
        open={open}
        onOpenChange={openChange}
        trigger={
          <Button icon={<MegaphoneRegular />} disabled={event.status === 'cancelled'}>
            {t('events.admin.announce.button')}
          </Button>
        }
        title={t('events.admin.announce.title', { title: event.title })}
        description={t('events.admin.announce.description')}
        submitLabel={t('events.admin.announce.button')}
        cancelLabel={t('events.admin.announce.close')}
        busy={busy}
        canSubmit={chosen.size > 0}
        onSubmit={() => void submit(send)}
        error={error}
        errorTitle={t('events.admin.announce.failed')}
      >
        <ChannelChecklist eventId={event.id} chosen={chosen} disabled={busy} onChange={setChosen} />
      </FormDialog>
      {done !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
