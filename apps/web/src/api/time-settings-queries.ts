import { timeSettingsSchema } from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

export type TimeSettings = z.output<typeof timeSettingsSchema>;

const key = (schoolId: string) => ['time-settings', schoolId] as const;
const url = (schoolId: string) => `/v1/schools/${encodeURIComponent(schoolId)}/time-settings`;

/** The school's time settings and the sourced hour limits (program director). */
export function useTimeSettings(schoolId: string) {
  return useQuery({ queryKey: key(schoolId), queryFn: ({ signal }) => apiRequest(url(schoolId), timeSettingsSchema, { signal }) });
}

export function useSaveTimeSettings(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { timeZone: string; weeklyDidacticHours: unknown; eveningStartsAt: string; eveningEndsAt: string; lateAfterMinutes: unknown }) =>
      apiRequest(url(schoolId), timeSettingsSchema, { method: 'PUT', body }),
    onSuccess: (data) => queryClient.setQueryData(key(schoolId), data),
  });
}
