import {
  ceActivitySchema,
  importResultSchema,
  invitationSchema,
  jobRoleListSchema,
  jobRoleProfileSchema,
  memberSchema,
  meSchema,
  organisationSchema,
  peoplePageSchema,
  personRecordSchema,
  planSchema,
  programPageSchema,
  programSchema,
  verdictSchema,
  type ImportResult,
  type Me,
  type Organisation,
  type PeoplePage,
} from '@modality/contracts';
import {
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { z } from 'zod';
import type { MembershipRole } from '../auth/access';
import { apiRequest, apiSend, apiUrl, isApiProblem, setCsrfToken } from './client';

export type PersonRecordData = z.output<typeof personRecordSchema>;
export type Invitation = z.output<typeof invitationSchema>;
export type Member = z.output<typeof memberSchema>;
export type Verdict = z.output<typeof verdictSchema>;
/** One CE activity as the person record v1 (and `POST /people/{id}/ce`) takes it. */
export type CeActivityInput = z.input<typeof ceActivitySchema>;

export const queryKeys = {
  me: ['me'] as const,
  people: ['people'] as const,
  record: (personId: string) => ['record', personId] as const,
  /** Every verdict of a person (any date); add the date for one. */
  verdicts: (personId: string) => ['verdict', personId] as const,
  verdict: (personId: string, asOf: string | undefined) => ['verdict', personId, asOf ?? 'today'] as const,
  organisations: ['organisations'] as const,
  members: (organisationId: string) => ['organisations', organisationId, 'members'] as const,
};

/** Who is signed in, or `null` (a 401 is an answer here, not an error). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await apiRequest('/v1/auth/me', meSchema);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiProblem(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: queryKeys.me,
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
});

/** The signed-in user. Only call below the protected layout, which guarantees a session. */
export function useMe(): Me {
  const { data } = useQuery(meQueryOptions);
  if (data === undefined || data === null) throw new Error('useMe() used outside a signed-in page');
  return data;
}

/** Remembers a fresh session (after sign-in or sign-up) so that every page sees it at once. */
export function rememberSession(queryClient: QueryClient, me: Me | null): void {
  setCsrfToken(me?.csrfToken ?? null);
  queryClient.setQueryData(queryKeys.me, me);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      apiRequest('/v1/auth/sign-in', meSchema, { method: 'POST', body }),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.me[0] });
      rememberSession(queryClient, me);
    },
  });
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string; name: string; invitationToken?: string }) =>
      apiRequest('/v1/auth/sign-up', meSchema, { method: 'POST', body }),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.me[0] });
      rememberSession(queryClient, me);
    },
  });
}

/** Ends the session, forgets everything fetched under it, and goes to the sign-in page. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: () => apiSend('/v1/auth/sign-out', { method: 'POST' }),
    onSettled: async () => {
      rememberSession(queryClient, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.me[0] });
      await router.navigate({ to: '/sign-in' });
    },
  });
}

export function usePeople(enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: queryKeys.people,
    queryFn: ({ pageParam, signal }): Promise<PeoplePage> =>
      apiRequest('/v1/people', peoplePageSchema, { query: { cursor: pageParam, limit: 50 }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function recordQueryOptions(personId: string) {
  return queryOptions({
    queryKey: queryKeys.record(personId),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/people/${encodeURIComponent(personId)}/record`, personRecordSchema, { signal }),
  });
}

export function usePersonRecord(personId: string) {
  return useQuery(recordQueryOptions(personId));
}

/**
 * A person's compliance and eligibility verdict on `asOf` (the server's today, UTC, when not given); the
 * same access as the record.
 */
export function verdictQueryOptions(personId: string, asOf?: string) {
  return queryOptions({
    queryKey: queryKeys.verdict(personId, asOf),
    queryFn: ({ signal }): Promise<Verdict> =>
      apiRequest(`/v1/people/${encodeURIComponent(personId)}/verdict`, verdictSchema, {
        query: { asOf },
        signal,
      }),
  });
}

export function useVerdict(personId: string, asOf?: string) {
  return useQuery(verdictQueryOptions(personId, asOf));
}

/** The address of a person's deadlines as an iCalendar file (a link, not a fetch). */
export function deadlinesIcsUrl(personId: string, asOf?: string): string {
  return apiUrl(`/v1/people/${encodeURIComponent(personId)}/deadlines.ics`, { asOf });
}

/**
 * Adds one CE activity to a person's record. On success the verdicts and the record are fetched again
 * before the mutation settles, so the numbers on the page are the new ones by the time it reports success.
 */
export function useAddCeActivity(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activity: CeActivityInput): Promise<ImportResult> =>
      apiRequest(`/v1/people/${encodeURIComponent(personId)}/ce`, importResultSchema, {
        method: 'POST',
        body: activity,
      }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.verdicts(personId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.record(personId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.people }),
      ]);
    },
  });
}

/** Whose record an import replaces: one's own (`me`), or another person's by id. */
export type ImportTarget = { readonly kind: 'me' } | { readonly kind: 'person'; readonly personId: string };

export function useImportRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ target, record }: { target: ImportTarget; record: unknown }): Promise<ImportResult> => {
      const path =
        target.kind === 'me' ? '/v1/me/record' : `/v1/people/${encodeURIComponent(target.personId)}/record`;
      return apiRequest(path, importResultSchema, { method: 'PUT', body: record });
    },
    onSuccess: async (result) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.record(result.personId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.verdicts(result.personId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.people }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
      ]);
    },
  });
}

export function useOrganisations(enabled = true) {
  return useQuery({
    queryKey: queryKeys.organisations,
    queryFn: ({ signal }): Promise<Organisation[]> =>
      apiRequest('/v1/organisations', z.array(organisationSchema), { signal }),
    enabled,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; kind: Organisation['kind'] }) =>
      apiRequest('/v1/organisations', organisationSchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.organisations }),
  });
}

export function useMembers(organisationId: string) {
  return useQuery({
    queryKey: queryKeys.members(organisationId),
    queryFn: ({ signal }): Promise<Member[]> =>
      apiRequest(`/v1/organisations/${encodeURIComponent(organisationId)}/members`, z.array(memberSchema), {
        signal,
      }),
  });
}

export function useCreateInvitation(organisationId: string) {
  return useMutation({
    mutationFn: (body: { email: string; role: MembershipRole }): Promise<Invitation> =>
      apiRequest(`/v1/organisations/${encodeURIComponent(organisationId)}/invitations`, invitationSchema, {
        method: 'POST',
        body,
      }),
  });
}

// ── Careers (public: no sign-in needed) ────────────────────────────────────────────────────────────────

export type Plan = z.output<typeof planSchema>;
export type PlanStep = Plan['steps'][number];
export type Program = z.output<typeof programSchema>;
export type ProgramPage = z.output<typeof programPageSchema>;

/** The program-directory filters of `GET /api/v1/programs` (empty: any). */
export interface ProgramFilters {
  readonly discipline?: string;
  readonly award?: string;
  readonly jurisdiction?: string;
  readonly accreditor?: string;
}

export function useRoles() {
  return useQuery({
    queryKey: ['roles'],
    queryFn: ({ signal }) => apiRequest('/v1/roles', jobRoleListSchema, { signal }),
    staleTime: Infinity,
  });
}

export function roleQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['roles', code],
    queryFn: ({ signal }) =>
      apiRequest(`/v1/roles/${encodeURIComponent(code)}`, jobRoleProfileSchema, { signal }),
    staleTime: Infinity,
  });
}

export function useRole(code: string, enabled = true) {
  return useQuery({ ...roleQueryOptions(code), enabled });
}

/** A plan request: `record` is the person record to start from (absent: a blank start). */
export interface PlanRequest {
  readonly target: string;
  readonly in: string;
  readonly record?: PersonRecordData;
  readonly asOf?: string;
}

/**
 * The plan for a request (`POST /api/v1/plan`: it stores nothing, so it is read like a query). `key`
 * names where the record came from (`blank`, or the person id) so that plans from different starts are
 * not mixed up.
 */
export function usePlan(request: PlanRequest | null, key: string) {
  return useQuery({
    queryKey: ['plan', request?.target, request?.in, key, request?.asOf ?? 'today'],
    queryFn: ({ signal }): Promise<Plan> =>
      apiRequest('/v1/plan', planSchema, { method: 'POST', body: request, signal }),
    enabled: request !== null,
  });
}

export function usePrograms(filters: ProgramFilters) {
  return useInfiniteQuery({
    queryKey: ['programs', filters.discipline, filters.award, filters.jurisdiction, filters.accreditor],
    queryFn: ({ pageParam, signal }): Promise<ProgramPage> =>
      apiRequest('/v1/programs', programPageSchema, {
        query: { ...filters, cursor: pageParam, limit: 50 },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
