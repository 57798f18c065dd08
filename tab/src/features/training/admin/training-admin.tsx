import { Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useEffect, useId, useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { useTranslation } from '../../../lib/translation';
import { useApi } from '../../../lib/use-api';
import { fetchAdminPaths, reorderPaths, type AdminPath } from '../api';
import { PathEditor } from './path-editor';
import { PathForm } from './path-form';
import { RefusedBar } from './refused-bar';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
});

/** The Admin page's training section: create, edit, order and retire paths and their modules. */
export function TrainingAdmin() {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const headingId = useId();
  const loaded = useApi((c, signal) => fetchAdminPaths(c, signal));
  const [paths, setPaths] = useState<readonly AdminPath[]>([]);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // Only a new answer from the server resets the list (useApi's result object is new on every render).
  const fetched = loaded.status === 'success' ? loaded.data : undefined;
  useEffect(() => {
    if (fetched !== undefined) setPaths(fetched);
  }, [fetched]);

  // The move names the order it was based on: when someone else moved or added a path since, it is refused (Reload).
  async function move(index: number, direction: -1 | 1) {
    const order = [...paths];
    [order[index], order[index + direction]] = [order[index + direction]!, order[index]!];
    setError(null);
    try {
      setPaths(await reorderPaths(client, order.map((p) => p.id), paths.map((p) => p.id)));
    } catch (e) {
      setError(toApiError(e));
    }
  }

  async function reload() {
    setError(null);
    try {
      setPaths(await fetchAdminPaths(client));
    } catch (e) {
      setError(toApiError(e));
    }
  }

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {t('training.admin.title')}
        </Subtitle1>
        {!adding && (
          <Button icon={<AddRegular />} onClick={() => setAdding(true)}>
            {t('training.admin.newPath')}
          </Button>
        )}
      </div>
      {adding && (
        <PathForm
          onSaved={(p) => {
            setPaths((list) => [...list, p]);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {loaded.status === 'loading' && <LoadingState label={t('training.admin.loading')} />}
      {loaded.status === 'error' && <ErrorState title={t('training.loadError')} error={loaded.error} onRetry={loaded.retry} />}
      {error !== null && <RefusedBar title={t('training.admin.orderNotSaved')} error={error} onReload={() => void reload()} />}
      <ul className={styles.list}>
        {paths.map((p, i) => (
          <li key={p.id}>
            <PathEditor path={p} first={i === 0} last={i === paths.length - 1} onMove={(d) => void move(i, d)} onChanged={(changed) => setPaths((list) => list.map((x) => (x.id === changed.id ? changed : x)))} />
          </li>
        ))}
      </ul>
    </section>
  );
}
