import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import type { ApiError } from '../../../lib/api-error';
import { useTranslation } from '../../../lib/translation';
import { eventTypes, type CommunityEvent, type EventDraft, type EventType } from '../api';
import { viewerTimeZone } from '../format';
import { useGraphFeatures } from '../../graph/use-graph-features';
import { CreateMeetingButton } from './create-meeting-button';
import { TimeZonePicker } from './time-zone-picker';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Strings as the inputs hold them; converted to the API's draft on submit. */
interface FormValues {
  title: string;
  description: string;
  type: EventType;
  start: string;
  end: string;
  timeZone: string;
  meetingUrl: string;
  location: string;
  capacity: string;
  audienceNote: string;
}

function initialValues(event: CommunityEvent | undefined): FormValues {
  if (event) {
    return {
      title: event.title,
      description: event.description,
      type: event.type,
      start: event.localStart,
      end: event.localEnd,
      timeZone: event.timeZone,
      meetingUrl: event.meetingUrl ?? '',
      location: event.location ?? '',
      capacity: event.capacity === null ? '' : String(event.capacity),
      audienceNote: event.audienceNote ?? '',
    };
  }
  return { title: '', description: '', type: 'office-hours', start: '', end: '', timeZone: viewerTimeZone(), meetingUrl: '', location: '', capacity: '', audienceNote: '' };
}

function toDraft(v: FormValues): EventDraft {
  const trimmed = (s: string) => (s.trim() === '' ? null : s.trim());
  const capacity = v.capacity.trim() === '' ? null : Number(v.capacity);
  return { ...v, meetingUrl: trimmed(v.meetingUrl), location: trimmed(v.location), audienceNote: trimmed(v.audienceNote), capacity: capacity === null || Number.isFinite(capacity) ? capacity : -1 };
}

export interface EventFormProps {
  readonly event?: CommunityEvent;
  readonly busy: boolean;
  readonly error: ApiError | null;
  readonly onSubmit: (draft: EventDraft) => void;
  readonly onCancel: () => void;
}

/** Create or edit an event: times are wall times in the chosen IANA zone (the viewer's by default). */
export function EventForm({ event, busy, error, onSubmit, onCancel }: EventFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [v, setV] = useState<FormValues>(() => initialValues(event));
  const set = (key: keyof FormValues) => (_e: unknown, data: { value: string }) => setV((prev) => ({ ...prev, [key]: data.value }));
  const fieldError = (key: string) => error?.fields[key];
  const state = (key: string) => (fieldError(key) ? 'error' : 'none');
  const graph = useGraphFeatures();

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(toDraft(v));
      }}
    >
      <Field label={t('events.admin.form.title')} required validationMessage={fieldError('title')} validationState={state('title')}>
        <Input value={v.title} maxLength={120} onChange={set('title')} />
      </Field>
      <div className={styles.row}>
        <Field label={t('events.admin.form.type')} required validationMessage={fieldError('type')} validationState={state('type')}>
          <Select value={v.type} onChange={set('type')}>
            {eventTypes.map((type) => (
              <option key={type} value={type}>
                {t(`events.type.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('events.admin.form.timeZone')} required hint={t('events.admin.form.timeZoneHint')} validationMessage={fieldError('timeZone')} validationState={state('timeZone')}>
          <TimeZonePicker value={v.timeZone} ownZone={viewerTimeZone()} invalid={fieldError('timeZone') !== undefined} onChange={(zone) => setV((prev) => ({ ...prev, timeZone: zone }))} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t('events.admin.form.start')} required validationMessage={fieldError('start')} validationState={state('start')}>
          <Input type="datetime-local" value={v.start} onChange={set('start')} />
        </Field>
        <Field label={t('events.admin.form.end')} required validationMessage={fieldError('end')} validationState={state('end')}>
          <Input type="datetime-local" value={v.end} onChange={set('end')} />
        </Field>
      </div>
      <Field label={t('events.admin.form.meetingUrl')} hint={t('events.admin.form.meetingUrlHint')} validationMessage={fieldError('meetingUrl')} validationState={state('meetingUrl')}>
        <Input type="url" value={v.meetingUrl} onChange={set('meetingUrl')} />
      </Field>
      {graph.onlineMeetings && <CreateMeetingButton fields={v} onCreated={(url) => setV((prev) => ({ ...prev, meetingUrl: url }))} />}
      <div className={styles.row}>
        <Field label={t('events.admin.form.location')} validationMessage={fieldError('location')} validationState={state('location')}>
          <Input value={v.location} maxLength={200} onChange={set('location')} />
        </Field>
        <Field label={t('events.admin.form.capacity')} hint={t('events.admin.form.capacityHint')} validationMessage={fieldError('capacity')} validationState={state('capacity')}>
          <Input type="number" min={1} value={v.capacity} onChange={set('capacity')} />
        </Field>
      </div>
      <Field label={t('events.admin.form.audience')} validationMessage={fieldError('audienceNote')} validationState={state('audienceNote')}>
        <Input value={v.audienceNote} maxLength={300} onChange={set('audienceNote')} />
      </Field>
      <Field label={t('events.admin.form.descriptionField')} validationMessage={fieldError('description')} validationState={state('description')}>
        <Textarea value={v.description} maxLength={4000} resize="vertical" rows={5} onChange={set('description')} />
      </Field>
      {error !== null && <ErrorState title={event ? t('events.admin.form.notSaved') : t('events.admin.form.notCreated')} error={error} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {event ? t('events.admin.form.save') : t('events.admin.form.create')}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t('events.admin.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
