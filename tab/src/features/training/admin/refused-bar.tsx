import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { Ref } from 'react';
import type { ApiError } from '../../../lib/api-error';
import { useTranslation } from '../../../lib/translation';

export interface RefusedBarProps {
  /** What was not done, from the admin's point of view ("The changes were not saved"). */
  readonly title: string;
  readonly error: ApiError;
  /**
   * Fetches the current version. Offered as a Reload button when the server refused the change as
   * stale (409: someone else changed it since it was loaded); other refusals have no button.
   */
  readonly onReload?: () => void;
  /** While the reload runs: the button waits. */
  readonly reloading?: boolean;
  /** The Reload button, for moving the focus to it. */
  readonly reloadRef?: Ref<HTMLButtonElement>;
}

/** True when the server refused a change because it was based on an old version (HTTP 409). */
export const isStale = (error: ApiError | null): error is ApiError => error?.status === 409;

/**
 * A refused change on the training admin page, announced as an alert in the server's own words and,
 * when someone else changed the thing meanwhile, with a Reload button that fetches their version.
 */
export function RefusedBar({ title, error, onReload, reloading = false, reloadRef }: RefusedBarProps) {
  const { t } = useTranslation();
  const stale = isStale(error) && onReload !== undefined;
  return (
    <MessageBar intent={stale ? 'warning' : 'error'} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      {stale && (
        <MessageBarActions>
          <Button ref={reloadRef} appearance="primary" icon={<ArrowClockwiseRegular />} disabled={reloading} onClick={onReload}>
            {t('training.admin.reload')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
