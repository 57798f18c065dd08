import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react';
import { isActivePath } from './match';
import { useRouter } from './router-context';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  readonly to: string;
  readonly replace?: boolean;
  readonly state?: unknown;
  readonly ref?: Ref<HTMLAnchorElement>;
}

/** A plain click (no modifier key, main button, same window) is handled by the router. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>, target: string | undefined): boolean {
  return !event.defaultPrevented && event.button === 0 && (target === undefined || target === '_self') && !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);
}

/** A real link (open in a new tab, copy address) that changes the page without reloading the tab. */
export function Link({ to, replace, state, onClick, target, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  return (
    <a
      {...rest}
      href={to}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!isPlainClick(event, target)) return;
        event.preventDefault();
        navigate(to, { replace, state });
      }}
    />
  );
}

export interface NavLinkProps extends Omit<LinkProps, 'className'> {
  /** Active only on exactly this address, not on the pages below it. */
  readonly end?: boolean;
  readonly className?: string | ((state: { readonly isActive: boolean }) => string | undefined);
}

/** A navigation link that knows it is the current page: `aria-current="page"` and its active class. */
export function NavLink({ end = false, className, ...rest }: NavLinkProps) {
  const { location } = useRouter();
  const isActive = isActivePath(rest.to, location.pathname, end);
  return <Link {...rest} aria-current={isActive ? 'page' : undefined} className={typeof className === 'function' ? className({ isActive }) : className} />;
}
