import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../lib/router';
import { choiceFromParams, resolveRange, writeChoice, type DateRange, type RangeChoice } from './range';

/**
 * The period lives in the URL (`?range=30` or `?from=&to=`), so a reload, the back button and a
 * shared link all show the same period. Replaces the history entry: each switch is not a page.
 */
export function useRangeChoice(): { readonly choice: RangeChoice; readonly range: DateRange; readonly setChoice: (choice: RangeChoice) => void } {
  const [params, setParams] = useSearchParams();
  const choice = choiceFromParams(params);
  const key = choice.kind === 'preset' ? `p${choice.days}` : `${choice.from}/${choice.to}`;
  // Recomputed only when the choice changes (a preset's days move with the date, not with renders).
  const range = useMemo(() => resolveRange(choice), [key]);
  const setChoice = useCallback((next: RangeChoice) => setParams((prev) => writeChoice(prev, next), { replace: true }), [setParams]);
  return { choice, range, setChoice };
}
