import { useTranslation } from '../../lib/translation';
import { Body1, Button, Field, Input, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { PageSection } from '../../components/page';
import { useApiClient } from '../../lib/api-client-context';
import { useApi } from '../../lib/use-api';
import { useSubmission } from '../../lib/use-submission';
import { fetchDepartment, saveDepartment } from './api';

const useStyles = makeStyles({
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '420px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: 0, minHeight: tokens.lineHeightBase300 },
  icon: { flexShrink: 0, color: tokens.colorPaletteGreenForeground1, fontSize: '16px' },
});

/** The form once the stored value is known: it starts from it, and follows what the server stored. */
function DepartmentForm({ stored: initial }: { readonly stored: string | null }) {
  const styles = useStyles();
  const client = useApiClient();
  const [stored, setStored] = useState(initial);
  const [draft, setDraft] = useState(initial ?? '');
  const [confirmation, setConfirmation] = useState('');
  const { busy, error, submit } = useSubmission();
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  // Whatever failed is about this one field, so its message stands next to it.
  const problem = error === null ? undefined : (error.fields['department'] ?? error.message);

  function save(department: string | null) {
    setConfirmation('');
    void submit(async () => {
      const now = await saveDepartment(client, department);
      setStored(now);
      setDraft(now ?? '');
      setConfirmation(now === null ? t('activity.department.savedNone') : t('activity.department.saved', { department: now }));
      // "Clear" goes once nothing is stored: focus moves on to the field rather than being lost.
      if (now === null) input.current?.focus();
    });
  }

  return (
    <form
      className={styles.form}
      aria-label={t('activity.department.title')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save(draft.trim() === '' ? null : draft);
      }}
    >
      <Field label={t('activity.department.label')} hint={t('activity.department.hint')} validationState={problem === undefined ? 'none' : 'error'} validationMessage={problem}>
        <Input
          ref={input}
          value={draft}
          onChange={(_e, d) => {
            setDraft(d.value);
            setConfirmation('');
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? t('activity.department.saving') : t('activity.department.save')}
        </Button>
        {stored !== null && (
          <Button disabled={busy} onClick={() => save(null)}>
            {t('activity.department.clear')}
          </Button>
        )}
      </div>
      {/* Always in the page, so that screen readers announce the confirmation when it appears. */}
      <Body1 as="p" role="status" aria-live="polite" className={styles.status}>
        {confirmation !== '' && (
          <>
            <CheckmarkCircleRegular className={styles.icon} aria-hidden="true" />
            {confirmation}
          </>
        )}
      </Body1>
    </form>
  );
}

/** The person's department: Insights counts active makers by it, and Teams does not tell Maker Hub. */
export function DepartmentField() {
  const styles = useStyles();
  const { t } = useTranslation();
  const loaded = useApi((client, signal) => fetchDepartment(client, signal));
  return (
    <PageSection title={t('activity.department.title')}>
      <Body1 as="p" className={styles.intro}>
        {t('activity.department.intro')}
      </Body1>
      {loaded.status === 'loading' && <Spinner size="tiny" labelPosition="after" label={t('activity.department.loading')} />}
      {loaded.status === 'error' && <ErrorState title={t('activity.department.loadError')} error={loaded.error} onRetry={loaded.retry} />}
      {loaded.status === 'success' && <DepartmentForm stored={loaded.data} />}
    </PageSection>
  );
}
