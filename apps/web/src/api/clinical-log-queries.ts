import {
  clinicalEntriesSchema,
  clinicalEntryWithHistorySchema,
  clinicalLogEntrySchema,
  clinicalProgressSchema,
  clinicalSitesSchema,
  entriesToSignSchema,
  procedureCatalogueSchema,
  signRequestSchema,
  type clinicalEntryEditSchema,
  type competencyGradeInputSchema,
  type gradeFormSchema,
  type newClinicalEntrySchema,
} from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

export type ClinicalEntry = z.output<typeof clinicalLogEntrySchema>;
export type ClinicalProgress = z.output<typeof clinicalProgressSchema>;
export type ProcedureCatalogue = z.output<typeof procedureCatalogueSchema>;
export type NewClinicalEntry = z.input<typeof newClinicalEntrySchema>;
export type SignRequestLink = z.output<typeof signRequestSchema>;
export type ClinicalEntryEdit = z.input<typeof clinicalEntryEditSchema>;
export type GradeForm = z.output<typeof gradeFormSchema>;
export type GradeInput = z.input<typeof competencyGradeInputSchema>;
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

/**
 * The procedures of the student's program's discipline (or of `discipline`, for a director choosing local
 * requirements), by section, with whose list it is, in words.
 */
export function useProcedureCatalogue(discipline?: string) {
  return useQuery({
    queryKey: [...keys.procedures, discipline ?? 'mine'],
    queryFn: ({ signal }) => apiRequest(discipline === undefined ? '/v1/clinical/procedures' : `/v1/clinical/procedures?discipline=${encodeURIComponent(discipline)}`, procedureCatalogueSchema, { signal }),
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

/** Changes an unsigned entry (its pending links stop working); the list and progress are read again. */
export function useEditClinicalEntry(entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClinicalEntryEdit) => apiRequest(`/v1/clinical/entries/${encodeURIComponent(entryId)}`, clinicalLogEntrySchema, { method: 'PATCH', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clinical'] }),
  });
}

/** Deletes an unsigned entry. */
export function useDeleteClinicalEntry(entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(`/v1/clinical/entries/${encodeURIComponent(entryId)}`, z.object({ deleted: z.literal(true) }), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clinical'] }),
  });
}

/** One entry with its history in words, read when asked for. */
export function useClinicalEntryHistory(entryId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...keys.entries, entryId, 'history'],
    queryFn: ({ signal }) => apiRequest(`/v1/clinical/entries/${encodeURIComponent(entryId)}`, clinicalEntryWithHistorySchema, { signal }),
    enabled,
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
    mutationFn: ({ entryId, arrtNumber, grade }: { entryId: string; arrtNumber?: string; grade?: GradeInput }) =>
      apiRequest(`/v1/clinical/entries/${encodeURIComponent(entryId)}/sign`, clinicalLogEntrySchema, {
        method: 'POST',
        body: {
          present: true,
          ...(arrtNumber === undefined || arrtNumber.trim() === '' ? {} : { arrtNumber }),
          ...(grade === undefined ? {} : { grade }),
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.toSign }),
  });
}
