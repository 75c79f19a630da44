import { programGradeFormSchema, type NewProgramGradeForm, type ProgramGradeFormView } from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

export type ProgramGradeForm = ProgramGradeFormView;

const path = (schoolId: string) => `/v1/schools/${encodeURIComponent(schoolId)}/grade-form`;
const key = (schoolId: string) => ['grade-form', schoolId] as const;

/** The form the school's competency attempts are graded on: its own version, or Modality's default. */
export function useProgramGradeForm(schoolId: string) {
  return useQuery({ queryKey: key(schoolId), queryFn: ({ signal }) => apiRequest(path(schoolId), programGradeFormSchema, { signal }) });
}

/** Saves the school's form as a new version (program director); entries to sign are read again. */
export function useSaveProgramGradeForm(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewProgramGradeForm) => apiRequest(path(schoolId), programGradeFormSchema, { method: 'PUT', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(key(schoolId), saved);
      void queryClient.invalidateQueries({ queryKey: ['clinical'] });
    },
  });
}
