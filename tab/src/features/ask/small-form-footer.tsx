import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface SmallFormFooterProps {
  readonly busy: boolean;
  readonly submitLabel: string;
  readonly busyLabel: string;
  readonly submitIcon?: ReactElement;
  /** The way out that sends nothing ("Cancel", "Skip"). */
  readonly dismissLabel: string;
  readonly onDismiss: () => void;
}

/** The Ask page's inline forms end alike: submit (saying it is busy) and a way out, both held while sending. */
export function SmallFormFooter({ busy, submitLabel, busyLabel, submitIcon, dismissLabel, onDismiss }: SmallFormFooterProps) {
  const styles = useStyles();
  return (
    <div className={styles.buttons}>
      <Button type="submit" appearance="primary" icon={submitIcon} disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </Button>
      <Button disabled={busy} onClick={onDismiss}>
        {dismissLabel}
      </Button>
    </div>
  );
}
