import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useNavigate } from '../lib/router';

export interface AppLinkProps {
  readonly to: string;
  readonly inline?: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A Fluent link to a page of the tab: a real href (open in a new tab, copy) but no page load on click. */
export function AppLink({ to, inline, className, children }: AppLinkProps) {
  const navigate = useNavigate();
  return (
    <Link
      href={to}
      inline={inline}
      className={className}
      onClick={(e) => {
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </Link>
  );
}
