import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { catalogueQueryOptions } from './api/catalogue';
import { isApiProblem } from './api/client';
import { meQueryOptions, rememberSession } from './api/queries';
import { navigationFor } from './auth/access';
import { AppLayout, PublicLayout } from './components/AppLayout';
import { CareersPage } from './features/careers/CareersPage';
import { ComparePage } from './features/careers/ComparePage';
import { PlanPage } from './features/careers/PlanPage';
import { RolePage } from './features/careers/RolePage';
import { ProgramsPage } from './features/careers/ProgramsPage';
import { NotFoundPage } from './components/NotFoundPage';
import { AccountPage } from './features/account/AccountPage';
import { DevMailPage } from './features/account/DevMailPage';
import { ForgotPasswordPage } from './features/account/ForgotPasswordPage';
import { ResetPasswordPage } from './features/account/ResetPasswordPage';
import { VerifyEmailPage } from './features/account/VerifyEmailPage';
import { CandidatesPage } from './features/candidates/CandidatesPage';
import { ClinicalLogPage } from './features/clinical/ClinicalLogPage';
import { SignOffPage } from './features/clinical/SignOffPage';
import { PostprimaryConfirmPage } from './features/postprimary/PostprimaryConfirmPage';
import { PostprimaryLogPage } from './features/postprimary/PostprimaryLogPage';
import { PostprimaryQueuePage } from './features/postprimary/PostprimaryQueuePage';
import { MyCredentialsPage, PersonCredentialsPage } from './features/credentials/CredentialsPages';
import { HomePage } from './features/home/HomePage';
import { ImportPage } from './features/import/ImportPage';
import { OnboardingPage } from './features/onboarding/OnboardingPage';
import { OrganisationsPage } from './features/organisations/OrganisationsPage';
import { PeoplePage } from './features/people/PeoplePage';
import { MyRecordPage } from './features/record/MyRecordPage';
import { PersonPage } from './features/record/PersonPage';
import { SignInPage } from './features/sign-in/SignInPage';
import { SignUpPage } from './features/sign-in/SignUpPage';
import { VerifyPage } from './features/verify/VerifyPage';
import { SignPage } from './features/sign/SignPage';
import { WalletPage } from './features/wallet/WalletPage';
import { JobSearchPage } from './features/staffing/JobSearchPage';
import { RequestPage } from './features/staffing/RequestPage';
import { PostingEditorPage } from './features/postings/PostingEditorPage';
import { PostingsPage } from './features/postings/PostingsPage';
import { ApplyPage } from './features/staffing/ApplyPage';
import { CohortPage } from './features/cohort/CohortPage';
import { RequirementsPage } from './features/requirements/RequirementsPage';
import { MyPlacementPage } from './features/placement/MyPlacementPage';
import { PlacementAdminPage } from './features/placement/PlacementAdminPage';
import { TimePage } from './features/time/TimePage';
import { TimeReviewPage } from './features/time/TimeReviewPage';
import { safeRedirect } from './safe-redirect';

export interface RouterContext {
  readonly queryClient: QueryClient;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `?asOf=YYYY-MM-DD` of the credentials pages: the verdict on another day (today when absent). */
function asOfSearch(search: Record<string, unknown>): { asOf?: string } {
  const asOf = optionalString(search['asOf']);
  return asOf === undefined ? {} : { asOf };
}

/**
 * Loads the catalogue (names of codes) with the first page that shows codes, so that names appear with the
 * page rather than after it. A failure is not an error here: the page shows codes until it loads.
 */
async function prefetchNames(queryClient: QueryClient): Promise<void> {
  await queryClient.query(catalogueQueryOptions()).catch(() => undefined);
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = optionalString(search['redirect']);
    return target === undefined ? {} : { redirect: target };
  },
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.query({ ...meQueryOptions, staleTime: 'static' });
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects by throwing
    if (me !== null) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: SignInPage,
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  validateSearch: (search: Record<string, unknown>): { invitation?: string } => {
    const token = optionalString(search['invitation']);
    return token === undefined ? {} : { invitation: token };
  },
  component: SignUpPage,
});

/** `?token=` of the links in account mails (reset, confirmation). */
function tokenSearch(search: Record<string, unknown>): { token?: string } {
  const token = optionalString(search['token']);
  return token === undefined ? {} : { token };
}

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: ForgotPasswordPage,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: tokenSearch,
  component: ResetPasswordPage,
});

const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify-email',
  validateSearch: tokenSearch,
  component: VerifyEmailPage,
});

const devMailRoute = createRoute({ getParentRoute: () => rootRoute, path: '/dev/mail', component: DevMailPage });

/** Pages anyone may read (the API behind them is public); signed in, they show the signed-in navigation. */
const publicRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  beforeLoad: async ({ context }) => {
    await Promise.all([
      context.queryClient.query({ ...meQueryOptions, staleTime: 'static' }),
      prefetchNames(context.queryClient),
    ]);
  },
  component: PublicLayout,
});

const careersRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/careers',
  component: CareersPage,
});

const compareRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/careers/compare',
  validateSearch: (search: Record<string, unknown>): { a?: string; b?: string } => {
    const a = optionalString(search['a']);
    const b = optionalString(search['b']);
    return { ...(a === undefined ? {} : { a }), ...(b === undefined ? {} : { b }) };
  },
  component: ComparePage,
});

const roleRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/careers/$code',
  validateSearch: (search: Record<string, unknown>): { in?: string } => {
    const where = optionalString(search['in']);
    return where === undefined ? {} : { in: where };
  },
  component: RolePage,
});

export interface PlanSearch {
  target?: string;
  in?: string;
  from?: 'blank' | 'record';
}

const planRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/plan',
  validateSearch: (search: Record<string, unknown>): PlanSearch => {
    const target = optionalString(search['target']);
    const where = optionalString(search['in']);
    const from = search['from'] === 'record' ? 'record' : search['from'] === 'blank' ? 'blank' : undefined;
    return {
      ...(target === undefined ? {} : { target }),
      ...(where === undefined ? {} : { in: where }),
      ...(from === undefined ? {} : { from }),
    };
  },
  component: PlanPage,
});

export interface ProgramSearch {
  discipline?: string;
  award?: string;
  jurisdiction?: string;
  accreditor?: string;
}

const programsRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/programs',
  validateSearch: (search: Record<string, unknown>): ProgramSearch => {
    const out: ProgramSearch = {};
    for (const key of ['discipline', 'award', 'jurisdiction', 'accreditor'] as const) {
      const value = optionalString(search[key]);
      if (value !== undefined) out[key] = value;
    }
    return out;
  },
  component: ProgramsPage,
});

const verifyRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/verify',
  component: VerifyPage,
});

/** The public page behind a one-time sign link: the token is the last path segment and the only secret. */
const signRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/sign/$token',
  component: function SignRoute() {
    const { token } = signRoute.useParams();
    return <SignPage token={token} />;
  },
});

/** The public page behind a postprimary verify or review link: the token is the only secret. */
const postprimaryConfirmRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/postprimary/confirm/$token',
  component: function PostprimaryConfirmRoute() {
    const { token } = postprimaryConfirmRoute.useParams();
    return <PostprimaryConfirmPage token={token} />;
  },
});

/** Every page below needs a session; without one, go to sign-in and come back after. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const [me] = await Promise.all([
      context.queryClient.query({ ...meQueryOptions, staleTime: 'static' }),
      prefetchNames(context.queryClient),
    ]);
    if (me === null) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects by throwing
      throw redirect({ to: '/sign-in', search: location.href === '/' ? {} : { redirect: location.href } });
    }
    return { me };
  },
  component: AppLayout,
});

/** The front door: a visitor sees what Modality is; a signed-in person goes to their first page. */
const homeRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.query({ ...meQueryOptions, staleTime: 'static' });
    if (me === null) return;
    // The queue of procedures to sign is nobody's home page (a new account goes on to its record).
    const first = navigationFor(me).filter((i) => i.to !== '/postprimary/waiting')[0];
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects by throwing
    throw redirect({ to: first?.to ?? '/record' });
  },
  component: HomePage,
});

/** Right after sign-up: "what do you hold?", saved as the first record. */
const welcomeRoute = createRoute({ getParentRoute: () => appRoute, path: '/welcome', component: OnboardingPage });

const recordRoute = createRoute({ getParentRoute: () => appRoute, path: '/record', component: MyRecordPage });

const credentialsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/credentials',
  validateSearch: asOfSearch,
  component: MyCredentialsPage,
});

const walletRoute = createRoute({ getParentRoute: () => appRoute, path: '/wallet', component: WalletPage });
/** The job board's filters, when "save this search" on the board leads here (each a string, or absent). */
const SAVED_SEARCH_KEYS = ['role', 'modality', 'employmentType', 'near', 'radiusKm', 'minPay', 'payUnit'] as const;
type SavedSearchPrefill = Partial<Record<(typeof SAVED_SEARCH_KEYS)[number], string>>;

const jobSearchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/job-search',
  validateSearch: (search: Record<string, unknown>): SavedSearchPrefill => {
    const out: SavedSearchPrefill = {};
    for (const key of SAVED_SEARCH_KEYS) {
      // The router parses "77030" and "50" into numbers; both kinds are taken back as text.
      const raw = search[key];
      const value = optionalString(typeof raw === 'number' ? String(raw) : raw);
      if (value !== undefined) out[key] = value;
    }
    return out;
  },
  component: JobSearchPage,
});
const requestRoute = createRoute({ getParentRoute: () => appRoute, path: '/requests/$requestId', component: RequestPage });
const postingsRoute = createRoute({ getParentRoute: () => appRoute, path: '/postings', component: PostingsPage });
const newPostingRoute = createRoute({ getParentRoute: () => appRoute, path: '/postings/new', component: PostingEditorPage });
const editPostingRoute = createRoute({ getParentRoute: () => appRoute, path: '/postings/$postingId', component: PostingEditorPage });
const applyRoute = createRoute({ getParentRoute: () => appRoute, path: '/apply/$postingId', component: ApplyPage });

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/import',
  validateSearch: (search: Record<string, unknown>): { person?: string } => {
    const person = optionalString(search['person']);
    return person === undefined ? {} : { person };
  },
  component: ImportPage,
});

const peopleRoute = createRoute({ getParentRoute: () => appRoute, path: '/people', component: PeoplePage });

const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$personId',
  component: PersonPage,
});

const personCredentialsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$personId/credentials',
  validateSearch: asOfSearch,
  component: PersonCredentialsPage,
});

const organisationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organisations',
  component: OrganisationsPage,
});

const clinicalLogRoute = createRoute({ getParentRoute: () => appRoute, path: '/clinical', component: ClinicalLogPage });
const clinicalSignOffRoute = createRoute({ getParentRoute: () => appRoute, path: '/clinical/sign-off', component: SignOffPage });
const postprimaryRoute = createRoute({ getParentRoute: () => appRoute, path: '/postprimary', component: PostprimaryLogPage });
const postprimaryQueueRoute = createRoute({ getParentRoute: () => appRoute, path: '/postprimary/waiting', component: PostprimaryQueuePage });
const placementRoute = createRoute({ getParentRoute: () => appRoute, path: '/placement', component: PlacementAdminPage });
const myPlacementRoute = createRoute({ getParentRoute: () => appRoute, path: '/my-placement', component: MyPlacementPage });

const accountRoute = createRoute({ getParentRoute: () => appRoute, path: '/account', component: AccountPage });
const cohortRoute = createRoute({ getParentRoute: () => appRoute, path: '/cohort', component: CohortPage });
const requirementsRoute = createRoute({ getParentRoute: () => appRoute, path: '/requirements', component: RequirementsPage });

const timeRoute = createRoute({ getParentRoute: () => appRoute, path: '/time', component: TimePage });
const timeReviewRoute = createRoute({ getParentRoute: () => appRoute, path: '/time/review', component: TimeReviewPage });

const candidatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/candidates',
  validateSearch: (search: Record<string, unknown>): { posting?: string } => {
    const posting = optionalString(search['posting']);
    return posting === undefined ? {} : { posting };
  },
  component: CandidatesPage,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  verifyEmailRoute,
  devMailRoute,
  publicRoute.addChildren([homeRoute, careersRoute, compareRoute, roleRoute, planRoute, programsRoute, verifyRoute, signRoute, postprimaryConfirmRoute]),
  appRoute.addChildren([
    welcomeRoute,
    recordRoute,
    credentialsRoute,
    walletRoute,
    jobSearchRoute,
    requestRoute,
    postingsRoute,
    newPostingRoute,
    editPostingRoute,
    applyRoute,
    importRoute,
    peopleRoute,
    personRoute,
    personCredentialsRoute,
    organisationsRoute,
    cohortRoute,
    requirementsRoute,
    candidatesRoute,
    clinicalLogRoute,
    clinicalSignOffRoute,
    postprimaryRoute,
    postprimaryQueueRoute,
    placementRoute,
    myPlacementRoute,
    timeRoute,
    timeReviewRoute,
    accountRoute,
  ]),
]);

export function createAppRouter() {
  // A session that ends while a page is open (expiry, sign-out in another tab): back to sign-in, then back here.
  const onError = (error: unknown) => {
    if (isApiProblem(error) && error.status === 401 && router.state.location.pathname !== '/sign-in') {
      rememberSession(queryClient, null);
      void router.navigate({ to: '/sign-in', search: { redirect: router.state.location.href } });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (count, error) =>
          !(isApiProblem(error) && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  const router = createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: false,
    scrollRestoration: true,
  });
  return { router, queryClient };
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>['router'];
  }
}
