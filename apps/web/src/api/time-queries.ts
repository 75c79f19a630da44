import { myTimeSchema, schoolHourWarningsSchema, timeExceptionSchema, timeExceptionsSchema, timeRecordSchema } from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

const myTimeKey = ['clinical-time', 'mine'] as const;
const reviewKey = ['clinical-time', 'review'] as const;

/** A point the browser reported, when the student allowed it. */
export interface Point {
  readonly latitude: number;
  readonly longitude: number;
}

/** The signed-in student's records, hours and warnings. */
export function useMyTime() {
  return useQuery({ queryKey: myTimeKey, queryFn: ({ signal }) => apiRequest('/v1/clinical/time/mine', myTimeSchema, { signal }) });
}

export function useClockIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { site: string; location?: Point }) => apiRequest('/v1/clinical/time/clock-in', timeRecordSchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myTimeKey }),
  });
}

export function useClockOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { location?: Point }) => apiRequest('/v1/clinical/time/clock-out', timeRecordSchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myTimeKey }),
  });
}

/** The school's records waiting for a decision (instructors, program director). */
export function useTimeExceptions() {
  return useQuery({ queryKey: [...reviewKey, 'exceptions'], queryFn: ({ signal }) => apiRequest('/v1/clinical/time/exceptions', timeExceptionsSchema, { signal }) });
}

/** The hour-limit warnings of the school's students. */
export function useSchoolHourWarnings() {
  return useQuery({ queryKey: [...reviewKey, 'warnings'], queryFn: ({ signal }) => apiRequest('/v1/clinical/time/warnings', schoolHourWarningsSchema, { signal }) });
}

export function useDecideTimeException() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; decision: 'approved' | 'rejected'; reason?: string }) =>
      apiRequest(`/v1/clinical/time/exceptions/${encodeURIComponent(id)}/decision`, timeExceptionSchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKey }),
  });
}
