import { Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { useTranslation } from '../../../lib/translation';
import { createPath, fetchAdminPath, updatePath, type AdminPath, type PathAudience, type PathLevel } from '../api';
import { pathAudiences, pathLevels } from '../labels';
import { savedNow } from './saved-now';
import { TrainingForm } from './training-form';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
});

export interface PathFormProps {
  /** The path to edit; without it the form creates a new, empty path (modules are added to it afterwards). */
  readonly path?: AdminPath;
  readonly onSaved: (path: AdminPath) => void;
  /** The path as someone else left it, after a refused save was reloaded (the form stays open). */
  readonly onReloaded?: (path: AdminPath) => void;
  readonly onCancel: () => void;
}

/**
 * A path's own fields (not its modules), for a new path or an existing one. An edit is based on the
 * path as the form opened it (or as Reload fetched it): a later change to the list does not move that
 * basis, so someone else's save in between is refused by the server instead of silently overwritten.
 */
export function PathForm({ path, onSaved, onReloaded, onCancel }: PathFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const [title, setTitle] = useState(path?.title ?? '');
  const [summary, setSummary] = useState(path?.summary ?? '');
  const [audience, setAudience] = useState<PathAudience>(path?.audience ?? 'new-maker');
  const [level, setLevel] = useState<PathLevel>(path?.level ?? 'beginner');
  // The version the next save is based on, and the path as a Reload found it (null until one).
  const [basis, setBasis] = useState(path);
  const [reloaded, setReloaded] = useState<AdminPath | null>(null);
  const [label] = useState(path ? t('training.admin.editItem', { title: path.title }) : t('training.admin.path.new'));

  async function save() {
    const draft = { title, summary, audience, level };
    onSaved(await (path && basis ? updatePath(client, path.id, draft, basis.version) : createPath(client, draft)));
  }

  async function reload() {
    if (!path) return;
    const current = await fetchAdminPath(client, path.id);
    setBasis(current);
    setReloaded(current);
    onReloaded?.(current);
  }

  return (
    <TrainingForm
      label={label}
      fields={['title', 'summary', 'audience', 'level']}
      submitLabel={path ? t('training.admin.save') : t('training.admin.path.create')}
      primary
      failure={path ? t('training.admin.changesNotSaved') : t('training.admin.path.notCreated')}
      onSubmit={save}
      onReload={path ? reload : undefined}
      onCancel={onCancel}
      autoFocus={path !== undefined}
    >
      {(message) => (
        <>
          <Field label={t('training.admin.path.title')} required validationMessage={message('title')} hint={savedNow(t, reloaded?.title, title)}>
            <Input value={title} maxLength={120} onChange={(_e, d) => setTitle(d.value)} />
          </Field>
          <Field label={t('training.admin.path.summary')} validationMessage={message('summary')} hint={savedNow(t, reloaded?.summary, summary)}>
            <Textarea value={summary} maxLength={500} onChange={(_e, d) => setSummary(d.value)} />
          </Field>
          <div className={styles.row}>
            <Field label={t('training.admin.path.audience')} validationMessage={message('audience')} hint={savedNow(t, reloaded && t(`training.audience.${reloaded.audience}`), t(`training.audience.${audience}`))}>
              <Select value={audience} onChange={(_e, d) => setAudience(d.value as PathAudience)}>
                {pathAudiences.map((value) => (
                  <option key={value} value={value}>
                    {t(`training.audience.${value}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('training.admin.path.level')} validationMessage={message('level')} hint={savedNow(t, reloaded && t(`training.level.${reloaded.level}`), t(`training.level.${level}`))}>
              <Select value={level} onChange={(_e, d) => setLevel(d.value as PathLevel)}>
                {pathLevels.map((value) => (
                  <option key={value} value={value}>
                    {t(`training.level.${value}`)}
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
