import { Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { ApiError } from '../../../lib/api-error';
import { useTranslation } from '../../../lib/translation';
import { addModule, fetchAdminPath, updateModule, type AdminModule, type AdminPath, type ModuleKind } from '../api';
import { moduleKinds } from '../labels';
import { savedNow } from './saved-now';
import { TrainingForm } from './training-form';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
});

export interface ModuleFormProps {
  readonly path: AdminPath;
  /** The module to edit; without it the form adds a module at the end of the path. */
  readonly module?: AdminModule;
  /** The path as it is after the save. */
  readonly onSaved: (path: AdminPath) => void;
  /** The path as someone else left it, after a refused save was reloaded (the form stays open). */
  readonly onReloaded?: (path: AdminPath) => void;
  /** Shows Cancel (editing); adding has none, the form stays under the list. */
  readonly onCancel?: () => void;
}

/**
 * A module's fields, to add one to a path or to edit one. An edit is based on the module's version
 * when the form opened (or when Reload fetched it); someone else's save in between gets a 409.
 */
export function ModuleForm({ path, module, onSaved, onReloaded, onCancel }: ModuleFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const [title, setTitle] = useState(module?.title ?? '');
  const [url, setUrl] = useState(module?.url ?? '');
  const [description, setDescription] = useState(module?.description ?? '');
  const [minutes, setMinutes] = useState(String(module?.minutes ?? 15));
  const [kind, setKind] = useState<ModuleKind>(module?.kind ?? 'article');
  const [basis, setBasis] = useState(module);
  const [reloaded, setReloaded] = useState<AdminModule | null>(null);
  const [label] = useState(module ? t('training.admin.editItem', { title: module.title }) : undefined);

  async function save() {
    const draft = { title, url, description, minutes: Number(minutes), kind };
    if (module && basis) {
      const changed = await updateModule(client, module.id, draft, basis.version);
      onSaved({ ...path, modules: path.modules.map((m) => (m.id === changed.id ? changed : m)) });
      return;
    }
    onSaved(await addModule(client, path.id, draft));
    // Kind and minutes stay: the next module is often like the last one.
    setTitle('');
    setUrl('');
    setDescription('');
  }

  async function reload() {
    if (!module) return;
    const current = await fetchAdminPath(client, path.id);
    const fresh = current.modules.find((m) => m.id === module.id);
    if (!fresh) throw new ApiError(404, 'not_found', t('training.admin.module.gone'));
    setBasis(fresh);
    setReloaded(fresh);
    onReloaded?.(current);
  }

  return (
    <TrainingForm
      label={label ?? t('training.admin.module.addTo', { title: path.title })}
      fields={['title', 'url', 'description', 'kind', 'minutes']}
      submitLabel={module ? t('training.admin.save') : t('training.admin.module.add')}
      primary={module !== undefined}
      failure={module ? t('training.admin.changesNotSaved') : t('training.admin.module.notAdded')}
      onSubmit={save}
      onReload={module ? reload : undefined}
      onCancel={onCancel}
      autoFocus={module !== undefined}
    >
      {(message) => (
        <>
          <Field label={t('training.admin.module.title')} required validationMessage={message('title')} hint={savedNow(t, reloaded?.title, title)}>
            <Input value={title} maxLength={120} onChange={(_e, d) => setTitle(d.value)} />
          </Field>
          <Field label={t('training.admin.module.link')} required validationMessage={message('url')} hint={savedNow(t, reloaded?.url, url)}>
            <Input type="url" value={url} onChange={(_e, d) => setUrl(d.value)} />
          </Field>
          <Field label={t('training.admin.module.description')} validationMessage={message('description')} hint={savedNow(t, reloaded?.description, description)}>
            <Input value={description} maxLength={1000} onChange={(_e, d) => setDescription(d.value)} />
          </Field>
          <div className={styles.row}>
            <Field label={t('training.admin.module.kind')} validationMessage={message('kind')} hint={savedNow(t, reloaded && t(`training.kind.${reloaded.kind}`), t(`training.kind.${kind}`))}>
              <Select value={kind} onChange={(_e, d) => setKind(d.value as ModuleKind)}>
                {moduleKinds.map((value) => (
                  <option key={value} value={value}>
                    {t(`training.kind.${value}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('training.admin.module.minutes')} validationMessage={message('minutes')} hint={savedNow(t, reloaded && String(reloaded.minutes), minutes)}>
              <Input type="number" min={1} value={minutes} onChange={(_e, d) => setMinutes(d.value)} />
            </Field>
          </div>
        </>
      )}
    </TrainingForm>
  );
}
