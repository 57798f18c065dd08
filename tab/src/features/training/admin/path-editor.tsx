import { Badge, Button, Card, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { useTranslation } from '../../../lib/translation';
import { fetchAdminPath, reorderModules, setModuleRetired, setPathRetired, type AdminModule, type AdminPath } from '../api';
import { ModuleForm } from './module-form';
import { ModuleItem } from './module-item';
import { PathForm } from './path-form';
import { RefusedBar } from './refused-bar';
import { useReturnFocus } from './use-return-focus';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  retired: { opacity: 0.75 },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  modules: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
});

function swap<T>(list: readonly T[], i: number, j: number): T[] {
  const copy = [...list];
  [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  return copy;
}

export interface PathEditorProps {
  readonly path: AdminPath;
  readonly first: boolean;
  readonly last: boolean;
  readonly onMove: (direction: -1 | 1) => void;
  readonly onChanged: (path: AdminPath) => void;
}

/** One path on the Admin page: move, edit, retire or restore it, and reorder, edit, retire or add its modules. */
export function PathEditor({ path, first, last, onMove, onChanged }: PathEditorProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const modulesId = useId();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const editButton = useReturnFocus(editing);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const retired = path.retiredAt !== null;

  async function run(work: () => Promise<AdminPath>) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await work());
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }
  // The move names the order it was based on: when someone else moved or added a module since, it is refused (Reload).
  const moveModule = (i: number, d: -1 | 1) =>
    run(() =>
      reorderModules(
        client,
        path.id,
        swap(path.modules, i, i + d).map((m) => m.id),
        path.modules.map((m) => m.id),
      ),
    );
  const reload = () => run(() => fetchAdminPath(client, path.id));
  const retireModule = (m: AdminModule) =>
    run(async () => {
      const changed = await setModuleRetired(client, m.id, m.retiredAt === null);
      return { ...path, modules: path.modules.map((x) => (x.id === m.id ? changed : x)) };
    });

  return (
    <Card className={mergeClasses(styles.card, retired && styles.retired)}>
      <div className={styles.top}>
        <Subtitle2 as="h3" className={styles.title}>
          {path.title}
        </Subtitle2>
        <div className={styles.tools}>
          <Button size="small" icon={<ArrowUpRegular />} aria-label={t('training.admin.moveUp', { title: path.title })} disabled={busy || first} onClick={() => onMove(-1)} />
          <Button size="small" icon={<ArrowDownRegular />} aria-label={t('training.admin.moveDown', { title: path.title })} disabled={busy || last} onClick={() => onMove(1)} />
          {!editing && (
            <Button size="small" ref={editButton} aria-label={t('training.admin.editItem', { title: path.title })} onClick={() => setEditing(true)}>
              {t('training.admin.edit')}
            </Button>
          )}
          <Button size="small" disabled={busy} onClick={() => void run(() => setPathRetired(client, path.id, !retired))}>
            {retired ? t('training.admin.restore') : t('training.admin.retire')}
          </Button>
          <Button size="small" icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />} aria-expanded={open} aria-controls={modulesId} onClick={() => setOpen(!open)}>
            {t('training.admin.modules', { number: path.modules.filter((m) => m.retiredAt === null).length })}
          </Button>
        </div>
      </div>
      {editing ? (
        <PathForm
          path={path}
          onSaved={(changed) => {
            setEditing(false);
            onChanged(changed);
          }}
          onReloaded={onChanged}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className={styles.badges}>
          <Badge appearance="tint">{t(`training.audience.${path.audience}`)}</Badge>
          <Badge appearance="outline">{t(`training.level.${path.level}`)}</Badge>
          {retired && (
            <Badge appearance="filled" color="subtle">
              {t('training.admin.retiredHidden')}
            </Badge>
          )}
        </div>
      )}
      {error !== null && <RefusedBar title={t('training.admin.changeNotSaved')} error={error} onReload={() => void reload()} reloading={busy} />}
      <div id={modulesId} hidden={!open}>
        {open && (
          <>
            <ol className={styles.modules} aria-label={t('training.admin.modulesOf', { title: path.title })}>
              {path.modules.map((m, i) => (
                <ModuleItem key={m.id} path={path} module={m} index={i} busy={busy} onMove={(d) => void moveModule(i, d)} onRetire={() => void retireModule(m)} onChanged={onChanged} />
              ))}
            </ol>
            <ModuleForm path={path} onSaved={onChanged} />
          </>
        )}
      </div>
    </Card>
  );
}
