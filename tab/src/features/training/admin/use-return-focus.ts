import { useEffect, useRef } from 'react';

/**
 * A ref for the button that opens an inline form: when the form closes (saved or cancelled), the
 * focus goes back to that button, so a keyboard user carries on where they were instead of at the
 * top of the page.
 */
export function useReturnFocus(open: boolean) {
  const ref = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return ref;
}
