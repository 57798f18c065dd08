import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { ApiError } from '../lib/api-error';
import { useTranslation } from '../lib/translation';

export interface ErrorStateProps {
  /** What failed, from the user's point of view, e.g. "We couldn't load the events". */
  readonly title?: string;
  readonly error: ApiError;
  /** Shown as a Retry button when given. */
  readonly onRetry?: () => void;
}

/** An error message bar with the server's message and a Retry button. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {error.message}
      </MessageBarBody>
      {onRetry !== undefined && (
        <MessageBarActions>
          <Button appearance="secondary" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
