import { Badge, Body1, Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from '@fluentui/react-components';
import { OpenRegular, RibbonStarFilled } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useParams } from '../../lib/router';
import { BackLink } from '../../components/back-link';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError, type ApiError } from '../../lib/api-error';
import { useApi } from '../../lib/use-api';
import { fetchPath, markModuleStarted, setModuleDone, type TrainingPath } from './api';
import { formatPercent } from './labels';
import { ModuleRow } from './module-row';
import { useScrollToHash } from './use-scroll-to-hash';
import { useTranslation } from '../../lib/translation';
import { dateFormat } from '../../lib/intl-formats';

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  progress: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
});

/** One path: progress, "resume" at the next module, and the ordered modules to tick off. */
export function PathPage() {
  const { pathId = '' } = useParams();
  const { t } = useTranslation();
  const loaded = useApi((client, signal) => fetchPath(client, pathId, signal), [pathId]);
  if (loaded.status === 'loading') return <Page title={t('training.path.title')}><LoadingState label={t('training.path.loading')} /></Page>;
  if (loaded.status === 'error') return <Page title={t('training.path.title')}><ErrorState title={t('training.path.loadError')} error={loaded.error} onRetry={loaded.retry} /></Page>;
  return <PathView initial={loaded.data} />;
}

function PathView({ initial }: { readonly initial: TrainingPath }) {
  const styles = useStyles();
  const client = useApiClient();
  const { t } = useTranslation();
  const [path, setPath] = useState(initial);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [justCompleted, setJustCompleted] = useState(false);
  useEffect(() => setPath(initial), [initial]);
  useScrollToHash();

  const { progress } = path;
  const next = path.modules.find((m) => m.id === progress.nextModuleId);
  async function toggle(moduleId: string, done: boolean) {
    const before = path;
    // The box follows the click at once; the server's answer (progress, badge) replaces it, or a failure undoes it.
    setPath({ ...path, modules: path.modules.map((m) => (m.id === moduleId ? { ...m, done } : m)) });
    setBusy(moduleId);
    setError(null);
    try {
      const answer = await setModuleDone(client, moduleId, done);
      setPath(answer.path);
      setJustCompleted(answer.completedNow);
    } catch (e) {
      setPath(before);
      setError(toApiError(e));
    } finally {
      setBusy(null);
    }
  }

  /** Following a module's link counts as starting it; the link opens whatever the call does. */
  function opened(moduleId: string): void {
    setPath((p) => ({ ...p, modules: p.modules.map((m) => (m.id === moduleId ? { ...m, started: true } : m)) }));
    markModuleStarted(client, moduleId).catch(() => undefined);
  }

  return (
    <Page title={path.title} description={path.summary}>
      <BackLink to="/training">{t('training.path.allPaths')}</BackLink>
      <div className={styles.badges}>
        <Badge appearance="tint" color="informative">
          {t(`training.audience.${path.audience}`)}
        </Badge>
        <Badge appearance="outline" color="informative">
          {t(`training.level.${path.level}`)}
        </Badge>
      </div>
      <section className={styles.progress} aria-label={t('training.path.yourProgress')}>
        {progress.completedAt !== null && (
          <MessageBar intent="success" icon={<RibbonStarFilled />}>
            <MessageBarBody>
              <MessageBarTitle>{t(justCompleted ? 'training.path.badgeEarned' : 'training.path.completed')}</MessageBarTitle>
              {t('training.path.finishedOn', { date: dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(progress.completedAt)) })}
            </MessageBarBody>
          </MessageBar>
        )}
        <Field label={t('training.path.progress')} validationMessage={t('training.path.progressLine', { done: progress.done, count: progress.total, percent: formatPercent(progress.percent) })} validationState="none">
          <ProgressBar value={progress.percent / 100} thickness="large" color={progress.completedAt !== null ? 'success' : 'brand'} />
        </Field>
        {next !== undefined && (
          <Body1>
            <Button as="a" appearance="primary" icon={<OpenRegular />} href={next.url} target="_blank" rel="noopener noreferrer" onClick={() => opened(next.id)}>
              {t(progress.done > 0 || next.started === true ? 'training.path.resume' : 'training.path.start', { module: next.title })}
            </Button>
          </Body1>
        )}
      </section>
      {error !== null && <ErrorState title={t('training.path.failed')} error={error} />}
      <ol className={styles.list} aria-label={t('training.path.modules')}>
        {path.modules.map((m, i) => (
          <li key={m.id}>
            <ModuleRow module={m} index={i} isNext={m.id === progress.nextModuleId} busy={busy !== null} onToggle={(done) => void toggle(m.id, done)} onOpen={() => opened(m.id)} />
          </li>
        ))}
      </ol>
    </Page>
  );
}
