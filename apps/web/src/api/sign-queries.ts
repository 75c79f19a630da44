import { clinicalLogEntrySchema, signRequestViewSchema } from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GradeInput } from './clinical-log-queries';
import { apiRequest } from './client';

const signKey = (token: string) => ['sign-request', token] as const;

/** The entry behind a one-time sign link (public: the link is the secret). */
export function useSignRequest(token: string) {
  return useQuery({
    queryKey: signKey(token),
    queryFn: ({ signal }) => apiRequest(`/v1/sign/${encodeURIComponent(token)}`, signRequestViewSchema, { signal }),
    retry: false,
  });
}

/** Signs the entry behind the link: works once. */
export function useSignWithLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; arrtNumber: string; present: true; grade?: GradeInput }) =>
      apiRequest(`/v1/sign/${encodeURIComponent(token)}`, clinicalLogEntrySchema, { method: 'POST', body }),
    onSuccess: () => queryClient.removeQueries({ queryKey: signKey(token) }),
  });
}
