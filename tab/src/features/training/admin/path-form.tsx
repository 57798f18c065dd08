import { Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { createPath, updatePath, type AdminPath, type PathAudience, type PathLevel } from '../api';
import { audienceLabels, levelLabels } from '../labels';
import { TrainingForm } from './training-form';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
});

export interface PathFormProps {
  /** The path to edit; without it the form creates a new, empty path (modules are added to it afterwards). */
  readonly path?: AdminPath;
  readonly onSaved: (path: AdminPath) => void;
  readonly onCancel: () => void;
}

/** A path's own fields (not its modules), for a new path or an existing one. */
export function PathForm({ path, onSaved, onCancel }: PathFormProps) {
  const styles = useStyles();
  const client = useApiClient();
  const [title, setTitle] = useState(path?.title ?? '');
  const [summary, setSummary] = useState(path?.summary ?? '');
  const [audience, setAudience] = useState<PathAudience>(path?.audience ?? 'new-maker');
  const [level, setLevel] = useState<PathLevel>(path?.level ?? 'beginner');

  async function save() {
    const draft = { title, summary, audience, level };
    onSaved(await (path ? updatePath(client, path.id, draft) : createPath(client, draft)));
  }

  return (
    <TrainingForm
      label={path ? `Edit “${path.title}”` : 'New training path'}
      fields={['title', 'summary', 'audience', 'level']}
      submitLabel={path ? 'Save' : 'Create path'}
      primary
      failure={path ? 'The changes were not saved' : 'The path was not created'}
      onSubmit={save}
      onCancel={onCancel}
      autoFocus={path !== undefined}
    >
      {(message) => (
        <>
          <Field label="Title" required validationMessage={message('title')}>
            <Input value={title} maxLength={120} onChange={(_e, d) => setTitle(d.value)} />
          </Field>
          <Field label="Summary" validationMessage={message('summary')}>
            <Textarea value={summary} maxLength={500} onChange={(_e, d) => setSummary(d.value)} />
          </Field>
          <div className={styles.row}>
            <Field label="For" validationMessage={message('audience')}>
              <Select value={audience} onChange={(_e, d) => setAudience(d.value as PathAudience)}>
                {Object.entries(audienceLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Level" validationMessage={message('level')}>
              <Select value={level} onChange={(_e, d) => setLevel(d.value as PathLevel)}>
                {Object.entries(levelLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </>
      )}
    </TrainingForm>
  );
}
