import { cohortSchema, programEffectivenessSchema, studentLeftSchema } from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

/** A school's current students with progress and risks (program director and instructors). */
export function useCohort(schoolId: string) {
  return useQuery({
    queryKey: ['cohort', schoolId],
    queryFn: ({ signal }) => apiRequest(`/v1/schools/${encodeURIComponent(schoolId)}/cohort`, cohortSchema, { signal }),
  });
}

/** A school's JRCERT program effectiveness figures with sample sizes. */
export function useProgramEffectiveness(schoolId: string) {
  return useQuery({
    queryKey: ['program-effectiveness', schoolId],
    queryFn: ({ signal }) => apiRequest(`/v1/schools/${encodeURIComponent(schoolId)}/program-effectiveness`, programEffectivenessSchema, { signal }),
  });
}

/** The program director records that a student graduated or withdrew; the cohort and the figures are read again. */
export function useRecordLeaver(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { userId: string; outcome: 'graduated' | 'withdrew'; leftOn: string; employedOn?: string; notSeeking?: boolean }) =>
      apiRequest(`/v1/schools/${encodeURIComponent(schoolId)}/leavers`, studentLeftSchema, { method: 'POST', body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['cohort', schoolId] });
      await queryClient.invalidateQueries({ queryKey: ['program-effectiveness', schoolId] });
    },
  });
}
