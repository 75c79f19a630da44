import {
  clinicalEntriesSchema,
  clinicalLogEntrySchema,
  clinicalProgressSchema,
  clinicalSitesSchema,
  entriesToSignSchema,
  procedureCatalogueSchema,
  signRequestSchema,
  type newClinicalEntrySchema,
} from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from './client';

export type ClinicalEntry = z.output<typeof clinicalLogEntrySchema>;
export type ClinicalProgress = z.output<typeof clinicalProgressSchema>;
export type ProcedureCatalogue = z.output<typeof procedureCatalogueSchema>;
export type NewClinicalEntry = z.input<typeof newClinicalEntrySchema>;
export type SignRequestLink = z.output<typeof signRequestSchema>;
export type EntryToSign = z.output<typeof entriesToSignSchema>['entries'][number];

const keys = {
  sites: ['clinical', 'sites'] as const,
  procedures: ['clinical', 'procedures'] as const,
  entries: ['clinical', 'entries'] as const,
  progress: ['clinical', 'progress'] as const,
  toSign: ['clinical', 'to-sign'] as const,
};

/** The clinical sites open to the signed-in student. */
export function useClinicalSites() {
  return useQuery({ queryKey: keys.sites, queryFn: ({ signal }) => apiRequest('/v1/clinical/sites', clinicalSitesSchema, { signal }) });
}

/** The procedures a student can log, and the body sections, in words. */
export function useProcedureCatalogue() {
  return useQuery({
    queryKey: keys.procedures,
    queryFn: ({ signal }) => apiRequest('/v1/clinical/procedures', procedureCatalogueSchema, { signal }),
    staleTime: Infinity,
  });
}

/** The signed-in student's own log, oldest first. */
export function useClinicalEntries() {
  return useQuery({ queryKey: keys.entries, queryFn: ({ signal }) => apiRequest('/v1/clinical/entries', clinicalEntriesSchema, { signal }) });
}

/** The student's signed competencies against the (flagged) requirement set. */
export function useClinicalProgress() {
  return useQuery({ queryKey: keys.progress, queryFn: ({ signal }) => apiRequest('/v1/clinical/progress', clinicalProgressSchema, { signal }) });
}

/** Logs a procedure; the list and progress are read again. */
export function useLogClinicalEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewClinicalEntry) => apiRequest('/v1/clinical/entries', clinicalLogEntrySchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clinical'] }),
  });
}

/** Asks for a one-time sign-off link for an unsigned entry, optionally mailed to the technologist. */
export function useAskForSignature(entryId: string) {
  return useMutation({
    mutationFn: (email: string | undefined) =>
      apiRequest(`/v1/clinical/entries/${encodeURIComponent(entryId)}/sign-requests`, signRequestSchema, {
        method: 'POST',
        body: email === undefined ? {} : { email },
      }),
  });
}

/** Unsigned entries of the signer's schools' students. */
export function useEntriesToSign() {
  return useQuery({ queryKey: keys.toSign, queryFn: ({ signal }) => apiRequest('/v1/clinical/to-sign', entriesToSignSchema, { signal }) });
}

/** A clinical instructor or program director signs an entry in the app. */
export function useSignInApp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, arrtNumber }: { entryId: string; arrtNumber?: string }) =>
      apiRequest(`/v1/clinical/entries/${encodeURIComponent(entryId)}/sign`, clinicalLogEntrySchema, {
        method: 'POST',
        body: arrtNumber === undefined || arrtNumber.trim() === '' ? { present: true } : { present: true, arrtNumber },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.toSign }),
  });
}
