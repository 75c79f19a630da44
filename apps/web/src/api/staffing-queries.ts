import {
  type createPostingBodySchema,
  candidateRankingSchema,
  postingSchema,
  savedSearchSchema,
  type savedSearchBodySchema,
  type updatePostingBodySchema,
  myMatchesSchema,
  postingPageSchema,
  profileSchema,
  profileViewsSchema,
  staffingRequestSchema,
  type updateProfileBodySchema,
} from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

export type CandidateRanking = z.output<typeof candidateRankingSchema>;
export type MyMatches = z.output<typeof myMatchesSchema>;
export type Profile = z.output<typeof profileSchema>;
export type StaffingRequest = z.output<typeof staffingRequestSchema>;
export type ProfileChange = z.input<typeof updateProfileBodySchema>;
export type Posting = z.output<typeof postingSchema>;
export type NewPosting = z.input<typeof createPostingBodySchema>;
export type PostingChange = z.input<typeof updatePostingBodySchema>;
export type SavedSearch = z.output<typeof savedSearchSchema>;
export type SavedSearchInput = z.input<typeof savedSearchBodySchema>;

const keys = {
  orgPostings: (orgId: string) => ['staffing', 'org-postings', orgId] as const,
  openPostings: (filter: OpenPostingsFilter) => ['staffing', 'open-postings', filter] as const,
  ranking: (postingId: string) => ['staffing', 'ranking', postingId] as const,
  postingRequests: (postingId: string) => ['staffing', 'posting-requests', postingId] as const,
  profile: ['staffing', 'profile'] as const,
  matches: ['staffing', 'matches'] as const,
  myRequests: ['staffing', 'my-requests'] as const,
  views: ['staffing', 'views'] as const,
  ownPostings: (orgId: string) => ['staffing', 'own-postings', orgId] as const,
  posting: (id: string) => ['staffing', 'posting', id] as const,
  request: (id: string) => ['staffing', 'request', id] as const,
  savedSearches: ['staffing', 'saved-searches'] as const,
};

/** An organisation's postings in every state, drafts included (its recruiters and admins). */
export function useOwnPostings(organisationId: string | undefined) {
  return useQuery({
    queryKey: keys.ownPostings(organisationId ?? ''),
    queryFn: ({ signal }) => apiRequest(`/v1/organisations/${encodeURIComponent(organisationId ?? '')}/postings`, z.array(postingSchema), { signal }),
    enabled: organisationId !== undefined,
  });
}

export function usePosting(id: string | undefined) {
  return useQuery({
    queryKey: keys.posting(id ?? ''),
    queryFn: ({ signal }) => apiRequest(`/v1/postings/${encodeURIComponent(id ?? '')}`, postingSchema, { signal }),
    enabled: id !== undefined,
  });
}

/** Writes a new posting (a draft, or open at once). */
export function useCreatePosting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPosting) => apiRequest('/v1/postings', postingSchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staffing'] }),
  });
}

/** Changes a posting, or opens, fills or closes it. */
export function useUpdatePosting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PostingChange) => apiRequest(`/v1/postings/${encodeURIComponent(id)}`, postingSchema, { method: 'PATCH', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staffing'] }),
  });
}

/** One request to represent, for the candidate answering it. */
export function useRequest(id: string) {
  return useQuery({ queryKey: keys.request(id), queryFn: ({ signal }) => apiRequest(`/v1/requests/${encodeURIComponent(id)}`, staffingRequestSchema, { signal }) });
}

export function useSavedSearches() {
  return useQuery({ queryKey: keys.savedSearches, queryFn: ({ signal }) => apiRequest('/v1/me/saved-searches', z.array(savedSearchSchema), { signal }) });
}

/** Saves a new search (`id` null) or changes the filters of one (its alerts start again from the change). */
export function useSaveSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: SavedSearchInput }) =>
      id === null
        ? apiRequest('/v1/me/saved-searches', savedSearchSchema, { method: 'POST', body })
        : apiRequest(`/v1/me/saved-searches/${encodeURIComponent(id)}`, savedSearchSchema, { method: 'PUT', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.savedSearches }),
  });
}

export function useDeleteSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/v1/me/saved-searches/${encodeURIComponent(id)}`, z.object({ deleted: z.literal(true) }), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.savedSearches }),
  });
}

/** An organisation's open postings (first hundred). */
export function useOrganisationPostings(organisationId: string | undefined) {
  return useQuery({
    queryKey: keys.orgPostings(organisationId ?? ''),
    queryFn: ({ signal }) => apiRequest('/v1/postings', postingPageSchema, { query: { organisationId, limit: 100 }, signal }),
    enabled: organisationId !== undefined,
  });
}

/** What an agency narrows other organisations' open postings to: a modality and a place (50 km around it). */
export interface OpenPostingsFilter {
  readonly modality?: string;
  readonly near?: string;
}

/**
 * Every organisation's open postings matching the filter, the first 100 (the public board's search): a
 * staffing agency puts candidates forward for other organisations' postings, so its recruiters rank against
 * these too.
 */
export function useOpenPostings(enabled: boolean, filter: OpenPostingsFilter = {}) {
  return useQuery({
    queryKey: keys.openPostings(filter),
    queryFn: ({ signal }) => apiRequest('/v1/postings', postingPageSchema, { query: { limit: 100, ...filter }, signal }),
    enabled,
  });
}

export function useRanking(postingId: string | undefined) {
  return useQuery({
    queryKey: keys.ranking(postingId ?? ''),
    queryFn: ({ signal }) => apiRequest(`/v1/postings/${encodeURIComponent(postingId ?? '')}/candidates`, candidateRankingSchema, { query: { k: 50 }, signal }),
    enabled: postingId !== undefined,
  });
}

export function usePostingRequests(postingId: string | undefined) {
  return useQuery({
    queryKey: keys.postingRequests(postingId ?? ''),
    queryFn: ({ signal }) => apiRequest(`/v1/postings/${encodeURIComponent(postingId ?? '')}/requests`, z.array(staffingRequestSchema), { signal }),
    enabled: postingId !== undefined,
  });
}

export function useAskToRepresent(postingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (candidate: string) => apiRequest(`/v1/postings/${encodeURIComponent(postingId)}/requests`, staffingRequestSchema, { method: 'POST', body: { candidate } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.postingRequests(postingId) }),
  });
}

export function useProfile() {
  return useQuery({ queryKey: keys.profile, queryFn: ({ signal }) => apiRequest('/v1/me/profile', profileSchema, { signal }) });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileChange) => apiRequest('/v1/me/profile', profileSchema, { method: 'PUT', body }),
    onSuccess: (profile) => {
      queryClient.setQueryData(keys.profile, profile);
      return queryClient.invalidateQueries({ queryKey: keys.matches });
    },
  });
}

export function useMyMatches() {
  return useQuery({ queryKey: keys.matches, queryFn: ({ signal }) => apiRequest('/v1/me/matches', myMatchesSchema, { query: { k: 20 }, signal }) });
}

export function useMyRequests() {
  return useQuery({ queryKey: keys.myRequests, queryFn: ({ signal }) => apiRequest('/v1/me/requests', z.array(staffingRequestSchema), { signal }) });
}

export function useAnswerRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'accept' | 'decline' | 'withdraw' }) =>
      apiRequest(`/v1/requests/${encodeURIComponent(id)}/${answer}`, staffingRequestSchema, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staffing'] }),
  });
}

export function useProfileViews() {
  return useQuery({ queryKey: keys.views, queryFn: ({ signal }) => apiRequest('/v1/me/profile-views', profileViewsSchema, { signal }) });
}

const UNIT_WORDS: Readonly<Record<string, string>> = { hour: 'an hour', week: 'a week', month: 'a month', year: 'a year' };

/** "$38–$46 an hour". */
export function payWords(pay: { readonly min: number; readonly max: number; readonly unit: string; readonly currency: string }): string {
  const money = (n: number) => (pay.currency === 'USD' ? `$${n.toLocaleString('en-US')}` : `${pay.currency} ${n.toLocaleString('en-US')}`);
  return `${pay.min === pay.max ? money(pay.min) : `${money(pay.min)}–${money(pay.max)}`} ${UNIT_WORDS[pay.unit] ?? pay.unit}`;
}
