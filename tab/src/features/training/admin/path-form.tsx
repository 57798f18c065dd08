import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { createPath, type AdminPath, type PathAudience, type PathLevel } from '../api';
import { audienceLabels, levelLabels } from '../labels';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** A new, empty path (modules are added to it afterwards). */
export function PathForm({ onCreated, onCancel }: { readonly onCreated: (path: AdminPath) => void; readonly onCancel: () => void }) {
  const styles = useStyles();
  const client = useApiClient();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [audience, setAudience] = useState<PathAudience>('new-maker');
  const [level, setLevel] = useState<PathLevel>('beginner');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const message = (key: string) => error?.fields[key];

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      onCreated(await createPath(client, { title, summary, audience, level }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className={styles.form}
      aria-label="New training path"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label="Title" required validationMessage={message('title')}>
        <Input value={title} maxLength={120} onChange={(_e, d) => setTitle(d.value)} />
      </Field>
      <Field label="Summary" validationMessage={message('summary')}>
        <Textarea value={summary} maxLength={500} onChange={(_e, d) => setSummary(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label="For">
          <Select value={audience} onChange={(_e, d) => setAudience(d.value as PathAudience)}>
            {Object.entries(audienceLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Level">
          <Select value={level} onChange={(_e, d) => setLevel(d.value as PathLevel)}>
            {Object.entries(levelLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {error !== null && Object.keys(error.fields).length === 0 && <ErrorState title="The path was not created" error={error} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          Create path
        </Button>
        <Button type="button" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
