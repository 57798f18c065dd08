import { Badge, Button, Caption1, Card, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { reorderModules, setModuleRetired, setPathRetired, type AdminPath, type TrainingModule } from '../api';
import { audienceLabels, formatMinutes, kindLabels, levelLabels } from '../labels';
import { ModuleForm } from './module-form';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  retired: { opacity: 0.75 },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  modules: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  module: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} 0`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  moduleText: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: '1 1 240px' },
  muted: { color: tokens.colorNeutralForeground2 },
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

/** One path on the Admin page: move it, retire or restore it, and reorder, retire or add its modules. */
export function PathEditor({ path, first, last, onMove, onChanged }: PathEditorProps) {
  const styles = useStyles();
  const client = useApiClient();
  const modulesId = useId();
  const [open, setOpen] = useState(false);
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
  const moveModule = (i: number, d: -1 | 1) => run(() => reorderModules(client, path.id, swap(path.modules, i, i + d).map((m) => m.id)));
  const retireModule = (m: TrainingModule) =>
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
          <Button size="small" icon={<ArrowUpRegular />} aria-label={`Move “${path.title}” up`} disabled={busy || first} onClick={() => onMove(-1)} />
          <Button size="small" icon={<ArrowDownRegular />} aria-label={`Move “${path.title}” down`} disabled={busy || last} onClick={() => onMove(1)} />
          <Button size="small" disabled={busy} onClick={() => void run(() => setPathRetired(client, path.id, !retired))}>
            {retired ? 'Restore' : 'Retire'}
          </Button>
          <Button size="small" icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />} aria-expanded={open} aria-controls={modulesId} onClick={() => setOpen(!open)}>
            Modules ({path.modules.filter((m) => m.retiredAt === null).length})
          </Button>
        </div>
      </div>
      <div className={styles.badges}>
        <Badge appearance="tint">{audienceLabels[path.audience]}</Badge>
        <Badge appearance="outline">{levelLabels[path.level]}</Badge>
        {retired && (
          <Badge appearance="filled" color="subtle">
            Retired — hidden from makers
          </Badge>
        )}
      </div>
      {error !== null && <ErrorState title="That change was not saved" error={error} />}
      <div id={modulesId} hidden={!open}>
        {open && (
          <>
            <ol className={styles.modules} aria-label={`Modules of ${path.title}`}>
              {path.modules.map((m, i) => (
                <li key={m.id} className={styles.module}>
                  <div className={styles.moduleText}>
                    <span>
                      {i + 1}. {m.title} {m.retiredAt !== null && <Badge appearance="outline">Retired</Badge>}
                    </span>
                    <Caption1 className={styles.muted}>
                      {kindLabels[m.kind]} · {formatMinutes(m.minutes)}
                    </Caption1>
                  </div>
                  <div className={styles.tools}>
                    <Button size="small" icon={<ArrowUpRegular />} aria-label={`Move “${m.title}” up`} disabled={busy || i === 0} onClick={() => void moveModule(i, -1)} />
                    <Button size="small" icon={<ArrowDownRegular />} aria-label={`Move “${m.title}” down`} disabled={busy || i === path.modules.length - 1} onClick={() => void moveModule(i, 1)} />
                    <Button size="small" disabled={busy} aria-label={`${m.retiredAt === null ? 'Retire' : 'Restore'} “${m.title}”`} onClick={() => void retireModule(m)}>
                      {m.retiredAt === null ? 'Retire' : 'Restore'}
                    </Button>
                  </div>
                </li>
              ))}
            </ol>
            <ModuleForm path={path} onAdded={onChanged} />
          </>
        )}
      </div>
    </Card>
  );
}
