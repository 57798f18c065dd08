import { Body1, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { ErrorState } from '../../components/error-state';
import { useTranslation } from '../../lib/translation';
import { useApi } from '../../lib/use-api';
import { formatDateTime } from '../../lib/format-date';
import { requestsApi } from './requests-api';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  when: { color: tokens.colorNeutralForeground2 },
});

const ACTIONS = [
  'environment.submit',
  'environment.route.approval',
  'environment.approve.auto',
  'environment.approve',
  'environment.reject',
  'environment.provision.start',
  'environment.retry',
  'environment.provision.fail',
  'environment.provisioned',
  'environment.cancel',
  'environment.expiry.warn',
  'environment.expire',
  'environment.extension.request',
  'environment.extension.approve',
  'environment.extension.reject',
] as const;

/** The step in words; an action the tab does not know yet shows as the server names it. */
function actionName(t: TFunction, action: string): string {
  return (ACTIONS as readonly string[]).includes(action) ? t(`requests.history.action.${action as (typeof ACTIONS)[number]}`) : action;
}

/** What happened to a request, oldest first, with who did it. */
export function RequestHistory({ requestId, version }: { readonly requestId: string; readonly version: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const state = useApi((client, signal) => requestsApi.detail(client, requestId, signal), [requestId, version]);
  if (state.status === 'loading') return <Spinner size="tiny" label={t('requests.history.loading')} />;
  if (state.status === 'error') return <ErrorState title={t('requests.history.loadError')} error={state.error} onRetry={state.retry} />;
  return (
    <ol className={styles.list} aria-label={t('requests.history.label')}>
      {state.data.history.map((h) => (
        <li key={`${h.at}-${h.action}`}>
          <Body1>
            {actionName(t, h.action)} · {h.actorName}
            {h.comment ? t('requests.history.comment', { comment: h.comment }) : ''}
          </Body1>{' '}
          <Caption1 className={styles.when}>{formatDateTime(h.at)}</Caption1>
        </li>
      ))}
    </ol>
  );
}
