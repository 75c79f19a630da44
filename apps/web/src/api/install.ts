import { healthSchema } from '@modality/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './client';

/**
 * `GET /api/health`: which install this is — above all whether it is the demo (fictitious data). It does
 * not change while the server runs, so it is fetched once and kept.
 */
export const installQueryOptions = queryOptions({
  queryKey: ['install'],
  queryFn: ({ signal }) => apiRequest('/health', healthSchema, { signal }),
  staleTime: Infinity,
  gcTime: Infinity,
});

/** Whether this install is the demo; `false` until the server has said so. */
export function useIsDemo(): boolean {
  return useQuery(installQueryOptions).data?.demo === true;
}
