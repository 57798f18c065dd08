import { useCallback, useState } from 'react';
import { toApiError, type ApiError } from './api-error';

/** A form's request in flight, and what went wrong with the last one. */
export interface Submission {
  /** True while `submit`'s request runs: forms disable their submit button. */
  readonly busy: boolean;
  /** The last failure, for the form to show; cleared by the next `submit` and by `reset`. */
  readonly error: ApiError | null;
  /**
   * Runs `send`. A failure is kept in `error` and never thrown, and nothing the form holds is
   * touched, so what the person typed stays for them to correct and send again.
   */
  readonly submit: (send: () => Promise<void>) => Promise<void>;
  /** Forgets the last failure (a dialog opened afresh). */
  readonly reset: () => void;
}

/** The busy flag and error every form that sends to the API keeps. */
export function useSubmission(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = useCallback(async (send: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }, []);
  const reset = useCallback(() => setError(null), []);
  return { busy, error, submit, reset };
}
