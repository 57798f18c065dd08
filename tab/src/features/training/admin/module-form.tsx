import { Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { addModule, updateModule, type AdminPath, type ModuleKind, type TrainingModule } from '../api';
import { kindLabels } from '../labels';
import { TrainingForm } from './training-form';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
});

export interface ModuleFormProps {
  readonly path: AdminPath;
  /** The module to edit; without it the form adds a module at the end of the path. */
  readonly module?: TrainingModule;
  /** The path as it is after the save. */
  readonly onSaved: (path: AdminPath) => void;
  /** Shows Cancel (editing); adding has none, the form stays under the list. */
  readonly onCancel?: () => void;
}

/** A module's fields, to add one to a path or to edit one. */
export function ModuleForm({ path, module, onSaved, onCancel }: ModuleFormProps) {
  const styles = useStyles();
  const client = useApiClient();
  const [title, setTitle] = useState(module?.title ?? '');
  const [url, setUrl] = useState(module?.url ?? '');
  const [description, setDescription] = useState(module?.description ?? '');
  const [minutes, setMinutes] = useState(String(module?.minutes ?? 15));
  const [kind, setKind] = useState<ModuleKind>(module?.kind ?? 'article');

  async function save() {
    const draft = { title, url, description, minutes: Number(minutes), kind };
    if (module) {
      const changed = await updateModule(client, module.id, draft);
      onSaved({ ...path, modules: path.modules.map((m) => (m.id === changed.id ? changed : m)) });
      return;
    }
    onSaved(await addModule(client, path.id, draft));
    // Kind and minutes stay: the next module is often like the last one.
    setTitle('');
    setUrl('');
    setDescription('');
  }

  return (
    <TrainingForm
      label={module ? `Edit “${module.title}”` : `Add a module to ${path.title}`}
      fields={['title', 'url', 'description', 'kind', 'minutes']}
      submitLabel={module ? 'Save' : 'Add module'}
      primary={module !== undefined}
      failure={module ? 'The changes were not saved' : 'The module was not added'}
      onSubmit={save}
      onCancel={onCancel}
      autoFocus={module !== undefined}
    >
      {(message) => (
        <>
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
            <Field label="Kind" validationMessage={message('kind')}>
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
        </>
      )}
    </TrainingForm>
  );
}
