import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { addModule, type AdminPath, type ModuleKind } from '../api';
import { kindLabels } from '../labels';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
});

/** Adds a module at the end of a path. */
export function ModuleForm({ path, onAdded }: { readonly path: AdminPath; readonly onAdded: (path: AdminPath) => void }) {
  const styles = useStyles();
  const client = useApiClient();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [minutes, setMinutes] = useState('15');
  const [kind, setKind] = useState<ModuleKind>('article');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const message = (key: string) => error?.fields[key];

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      onAdded(await addModule(client, path.id, { title, url, description, minutes: Number(minutes), kind }));
      setTitle('');
      setUrl('');
      setDescription('');
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className={styles.form}
      aria-label={`Add a module to ${path.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label="Module title" required validationMessage={message('title')}>
        <Input value={title} maxLength={120} onChange={(_e, d) => setTitle(d.value)} />
      </Field>
      <Field label="Link (https://…)" required validationMessage={message('url')}>
        <Input type="url" value={url} onChange={(_e, d) => setUrl(d.value)} />
      </Field>
      <Field label="Description" validationMessage={message('description')}>
        <Input value={description} maxLength={1000} onChange={(_e, d) => setDescription(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label="Kind">
          <Select value={kind} onChange={(_e, d) => setKind(d.value as ModuleKind)}>
            {Object.entries(kindLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Minutes" validationMessage={message('minutes')}>
          <Input type="number" min={1} value={minutes} onChange={(_e, d) => setMinutes(d.value)} />
        </Field>
      </div>
      {error !== null && Object.keys(error.fields).length === 0 && <ErrorState title="The module was not added" error={error} />}
      <div>
        <Button type="submit" disabled={busy}>
          Add module
        </Button>
      </div>
    </form>
  );
}
