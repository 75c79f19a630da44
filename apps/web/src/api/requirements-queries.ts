import { programRequirementsSchema, type NewProgramRequirements, type ProgramRequirementsView } from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

export type ProgramRequirements = ProgramRequirementsView;

const path = (schoolId: string) => `/v1/schools/${encodeURIComponent(schoolId)}/requirements`;
const key = (schoolId: string) => ['requirements', schoolId] as const;

/** The program's chosen set and version, cap and local requirements, with the sets to choose from. */
export function useProgramRequirements(schoolId: string) {
  return useQuery({ queryKey: key(schoolId), queryFn: ({ signal }) => apiRequest(path(schoolId), programRequirementsSchema, { signal }) });
}

/** Saves the program's choices (program director); progress and the cohort are read again. */
export function useSaveProgramRequirements(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewProgramRequirements) => apiRequest(path(schoolId), programRequirementsSchema, { method: 'PUT', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(key(schoolId), saved);
      void queryClient.invalidateQueries({ queryKey: ['cohort', schoolId] });
    },
  });
}
