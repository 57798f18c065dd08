// The tab's router: the part of React Router's API the tab uses (about 2 KB instead of 13 KB
// compressed in every first load). docs/tab-speed.md says what it covers and what it does not.
export { BrowserRouter, useLocation, useNavigate, useParams, useSearchParams } from './browser-router';
export { Link, NavLink, type LinkProps, type NavLinkProps } from './link';
export type { NavigateOptions, RouterLocation } from './location';
export { Outlet, Route, Routes, type RouteProps } from './routes';
