import {
  managedSiteSchema,
  managedSitesSchema,
  myPlacementSchema,
  placementRunSchema,
  placementRunsSchema,
  siteRankingSchema,
  termSchema,
  termsSchema,
} from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest, apiUrl } from './client';

export type ManagedSite = z.output<typeof managedSiteSchema>;
export type ClinicalTerm = z.output<typeof termSchema>;
export type PlacementRun = z.output<typeof placementRunSchema>;
export type SiteRanking = z.output<typeof siteRankingSchema>;
export type MyPlacement = z.output<typeof myPlacementSchema>;

const school = (id: string) => `/v1/schools/${encodeURIComponent(id)}`;
const keys = {
  sites: (s: string) => ['placement', 'sites', s] as const,
  terms: (s: string) => ['placement', 'terms', s] as const,
  runs: (s: string, t: string) => ['placement', 'runs', s, t] as const,
  ranking: (s: string, t: string) => ['placement', 'ranking', s, t] as const,
  mine: ['placement', 'mine'] as const,
};

/** The school's sites with details, preceptors and places per term (program director). */
export function useManagedSites(schoolId: string) {
  return useQuery({ queryKey: keys.sites(schoolId), queryFn: ({ signal }) => apiRequest(`${school(schoolId)}/sites`, managedSitesSchema, { signal }) });
}

export function useTerms(schoolId: string) {
  return useQuery({ queryKey: keys.terms(schoolId), queryFn: ({ signal }) => apiRequest(`${school(schoolId)}/terms`, termsSchema, { signal }) });
}

export function usePlacementRuns(schoolId: string, termId: string | undefined) {
  return useQuery({
    queryKey: keys.runs(schoolId, termId ?? ''),
    queryFn: ({ signal }) => apiRequest(`${school(schoolId)}/terms/${encodeURIComponent(termId ?? '')}/placements`, placementRunsSchema, { signal }),
    enabled: termId !== undefined,
  });
}

/** Every change to a school's sites answers with the site; the list is fetched again. */
export function useSiteChange(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { path: string; method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown }) =>
      apiRequest(`${school(schoolId)}/sites${change.path}`, z.unknown(), { method: change.method, body: change.body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.sites(schoolId) });
      // The time settings list which sites check a punch's location.
      await queryClient.invalidateQueries({ queryKey: ['time-settings', schoolId] });
    },
  });
}

export function useCreateTerm(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; startsOn: string; endsOn: string }) => apiRequest(`${school(schoolId)}/terms`, termSchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.terms(schoolId) }),
  });
}

export function useRunPlacement(schoolId: string, termId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mode: 'stable' | 'optimal') =>
      apiRequest(`${school(schoolId)}/terms/${encodeURIComponent(termId)}/placements`, placementRunSchema, { method: 'POST', body: { mode } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.runs(schoolId, termId) }),
  });
}

export function usePublishRun(schoolId: string, termId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => apiRequest(`${school(schoolId)}/placements/${encodeURIComponent(runId)}/publish`, placementRunSchema, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.runs(schoolId, termId) }),
  });
}

/** The address of the term's published schedule as CSV (a plain download link). */
export const scheduleCsvUrl = (schoolId: string, termId: string): string => apiUrl(`${school(schoolId)}/terms/${encodeURIComponent(termId)}/schedule.csv`);

/** The address of the signed-in student's rotations as iCalendar. */
export const myRotationsIcsUrl = (): string => apiUrl('/v1/me/rotations.ics');

export function useMyPlacement() {
  return useQuery({ queryKey: keys.mine, queryFn: ({ signal }) => apiRequest('/v1/me/placement', myPlacementSchema, { signal }) });
}

export function useSiteRanking(schoolId: string, termId: string) {
  return useQuery({
    queryKey: keys.ranking(schoolId, termId),
    queryFn: ({ signal }) => apiRequest(`${school(schoolId)}/terms/${encodeURIComponent(termId)}/ranking`, siteRankingSchema, { signal }),
  });
}

export function useRankSites(schoolId: string, termId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sites: string[]) => apiRequest(`${school(schoolId)}/terms/${encodeURIComponent(termId)}/ranking`, siteRankingSchema, { method: 'PUT', body: { sites } }),
    onSuccess: (data) => queryClient.setQueryData(keys.ranking(schoolId, termId), data),
  });
}
