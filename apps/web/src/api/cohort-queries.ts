import { cohortSchema, programEffectivenessSchema } from '@modality/contracts';
import { useQuery } from '@tanstack/react-query';
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
