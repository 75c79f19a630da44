import { Link, Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { describeError } from '../api/client';
import { DemoBanner } from './DemoBanner';
import { useQuery } from '@tanstack/react-query';
import { meQueryOptions, useSignOut } from '../api/queries';
import {
  describeRoles,
  navigationFor,
  PUBLIC_NAVIGATION,
  type NavItem,
  type PublicNavItem,
} from '../auth/access';

export function SkipLink() {
  return (
    <a href="#main" className="skip-link">
      Skip to main content
    </a>
  );
}

/**
 * The frame of every page: skip link, banner with the site name (and, signed in, who you are; on the demo,
 * that its data is fictitious), the navigation, and the `<main>` landmark.
 */
export function Frame({
  children,
  account,
  nav,
}: {
  children: ReactNode;
  account?: ReactNode;
  nav?: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header role="banner" className="border-b border-slate-300 bg-white">
        <DemoBanner />
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Link to="/" className="text-xl font-bold text-brand-800 no-underline">
            Modality
          </Link>
          {account}
        </div>
        {nav === undefined ? null : <div className="mx-auto max-w-6xl px-4 pb-2">{nav}</div>}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </div>
  );
}

/** Signed-in pages: role-aware navigation, who is signed in, and sign out. */
export function AppLayout() {
  const { data: me } = useQuery(meQueryOptions);
  const signOut = useSignOut();
  // Signed out a moment ago (here, in another tab, or the session expired): the redirect is under way, and
  // the pages below must not render without a user.
  if (me === undefined || me === null) return null;
  const items = [...navigationFor(me), ...PUBLIC_NAVIGATION];
  const roles = describeRoles(me);

  const onSignOut = () => signOut.mutate();

  return (
    <Frame
      nav={<MainNav items={items} />}
      account={
        <>
          <div className="flex flex-wrap items-center justify-end gap-3 text-sm">
            <div className="text-right">
              <p className="font-semibold" data-testid="user-name">
                {me.user.name}
              </p>
              {roles.length > 0 ? (
                <p className="text-slate-700" data-testid="user-roles">
                  {roles.join(' · ')}
                </p>
              ) : null}
            </div>
            <Link to="/account" className="btn btn-secondary whitespace-nowrap">
              Your account
            </Link>
            <button
              type="button"
              className="btn btn-secondary whitespace-nowrap"
              onClick={onSignOut}
              disabled={signOut.isPending}
            >
              {signOut.isPending ? 'Signing out…' : 'Sign out'}
            </button>
          </div>
          {signOut.isError ? <p role="alert">{describeError(signOut.error)}</p> : null}
        </>
      }
    >
      <Outlet />
    </Frame>
  );
}

function MainNav({ items }: { items: readonly (NavItem | PublicNavItem)[] }) {
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              className="block rounded-md px-3 py-2 font-medium text-slate-800 no-underline hover:bg-slate-100"
              activeProps={{ className: 'bg-brand-50 text-brand-800 underline', 'aria-current': 'page' }}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Pages anyone may read (careers, plans, programs): with a session, the signed-in frame and its
 * navigation; without one, the public navigation and a sign-in link.
 */
export function PublicLayout() {
  const { data: me } = useQuery(meQueryOptions);
  if (me !== undefined && me !== null) return <AppLayout />;
  return (
    <Frame
      nav={<MainNav items={PUBLIC_NAVIGATION} />}
      account={
        <Link to="/sign-in" className="btn btn-secondary">
          Sign in
        </Link>
      }
    >
      <Outlet />
    </Frame>
  );
}
