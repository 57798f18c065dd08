import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { useTranslation } from '../../../lib/translation';
import { isStale, RefusedBar } from './refused-bar';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** What the server said is wrong with a field, or undefined when nothing is. */
export type FieldMessage = (field: string) => string | undefined;

export interface TrainingFormProps {
  /** The form's accessible name. */
  readonly label: string;
  /** The fields the form shows: a server message about any other field goes in the message bar, not nowhere. */
  readonly fields: readonly string[];
  readonly submitLabel: string;
  readonly primary?: boolean;
  /** Title of the message bar when a save fails for a reason that no shown field carries (409, 403, network…). */
  readonly failure: string;
  /** Saves; a throw keeps the form as typed and shows the error. */
  readonly onSubmit: () => Promise<void>;
  /**
   * Fetches the current version of what the form edits and makes it the basis of the next save,
   * leaving the typed values alone. Offered as "Reload" when a save was refused as stale (409).
   */
  readonly onReload?: () => Promise<void>;
  /** Shows a Cancel button when given. */
  readonly onCancel?: () => void;
  /** Puts the focus in the first field when the form opens (an inline edit that a button opened). */
  readonly autoFocus?: boolean;
  readonly children: (message: FieldMessage) => ReactNode;
}

/**
 * The frame the path and module forms share, for adding and editing alike: submit while not busy,
 * the server's field messages next to the fields, anything else in a message bar with its own words
 * (a conflict says what it conflicts with). The fields' state lives in the caller, so a refused save
 * loses nothing typed. When someone else saved first (409), the bar offers Reload: the caller fetches
 * their version and bases the next save on it, the typed values stay, and saving works again.
 */
export function TrainingForm({ label, fields, submitLabel, primary = false, failure, onSubmit, onReload, onCancel, autoFocus = false, children }: TrainingFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const reloadRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const fieldErrors = error?.fields ?? {};
  const keys = Object.keys(fieldErrors);
  const barError = error !== null && (keys.length === 0 || keys.some((k) => !fields.includes(k))) ? error : null;

  useEffect(() => {
    if (autoFocus) formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [autoFocus]);

  // After a refused save, the first field to fix gets the focus, or Reload when the form was out of date.
  useEffect(() => {
    if (error === null) return;
    if (isStale(error) && reloadRef.current) reloadRef.current.focus();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  // After a reload the Reload button is gone: the focus goes to Save, the next step.
  useEffect(() => {
    if (reloaded) submitRef.current?.focus();
  }, [reloaded]);

  async function submit() {
    setBusy(true);
    setError(null);
    setReloaded(false);
    try {
      await onSubmit();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  async function reload() {
    if (onReload === undefined) return;
    setBusy(true);
    try {
      await onReload();
      setError(null);
      setReloaded(true);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    // noValidate: the server's checks (shown next to each field) replace the browser's bubbles.
    <form
      ref={formRef}
      className={styles.form}
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {children((key) => fieldErrors[key])}
      {barError !== null && <RefusedBar title={failure} error={barError} onReload={onReload && (() => void reload())} reloading={busy} reloadRef={reloadRef} />}
      {reloaded && (
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>{t('training.admin.latestTitle')}</MessageBarTitle>
            {t('training.admin.latestBody')}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button ref={submitRef} type="submit" appearance={primary ? 'primary' : 'secondary'} disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel !== undefined && (
          <Button type="button" onClick={onCancel}>
            {t('training.admin.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
