import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, type ReactElement, type ReactNode } from 'react';
import type { ApiError } from '../lib/api-error';
import { ErrorState } from './error-state';
import { useTranslation } from '../lib/translation';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  description: { margin: 0 },
});

export interface FormDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** The button that opens the dialog, when the dialog owns it (restores focus to it on close). */
  readonly trigger?: ReactElement;
  readonly title: ReactNode;
  /** What the dialog is about, above the fields; screen readers read it with the title. */
  readonly description?: ReactNode;
  readonly submitLabel: string;
  /** What the submit button says while the request runs, e.g. "Saving…". */
  readonly busyLabel?: string;
  /** Defaults to the catalogue's common.cancel ("Cancel" / "Abbrechen"). */
  readonly cancelLabel?: string;
  readonly busy: boolean;
  /** False keeps the submit button disabled (nothing chosen yet). */
  readonly canSubmit?: boolean;
  readonly onSubmit: () => void;
  /** A failure that no field shows; field messages belong next to their fields. */
  readonly error?: ApiError | null;
  /** What the failure means for the person, e.g. "The entry was not saved". */
  readonly errorTitle?: string;
  /** The fields. */
  readonly children?: ReactNode;
}

/**
 * A dialog around a form that sends to the API. The form stays mounted while it is open, so a
 * refused submit keeps everything typed; the failure shows just above the buttons, where the person
 * looks after pressing one (in a long form the top may be scrolled away). The browser's own
 * validation is off: the server's messages are the ones shown.
 */
export function FormDialog({ open, onOpenChange, trigger, title, description, submitLabel, busyLabel, cancelLabel, busy, canSubmit = true, onSubmit, error, errorTitle, children }: FormDialogProps) {
  const styles = useStyles();
  const descriptionId = useId();
  const { t } = useTranslation();
  const surface = (
    <DialogSurface aria-describedby={description !== undefined ? descriptionId : undefined}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy && canSubmit) onSubmit();
        }}
      >
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {description !== undefined && (
              <Body1 as="p" id={descriptionId} className={styles.description}>
                {description}
              </Body1>
            )}
            {children}
            {error && <ErrorState title={errorTitle} error={error} />}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement action="close">
              <Button appearance="secondary">{cancelLabel ?? t('common.cancel')}</Button>
            </DialogTrigger>
            <Button type="submit" appearance="primary" disabled={busy || !canSubmit}>
              {busy && busyLabel !== undefined ? busyLabel : submitLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </form>
    </DialogSurface>
  );
  const openChange = (_e: unknown, data: { open: boolean }) => onOpenChange(data.open);
  // The Dialog takes the trigger and the surface as its only children: no empty slot for "no trigger".
  return trigger === undefined ? (
    <Dialog open={open} onOpenChange={openChange}>
      {surface}
    </Dialog>
  ) : (
    <Dialog open={open} onOpenChange={openChange}>
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      {surface}
    </Dialog>
  );
}
