import { catalogueSchema, type Catalogue } from '@modality/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './client';

/**
 * `GET /api/v1/catalogue`: credential and jurisdiction names, and the CE rules in force on `asOf` (the
 * server's today when absent) with their units in words. It changes only with a new release, so it is
 * fetched once per session and kept (never stale, never collected).
 */
export function catalogueQueryOptions(asOf?: string) {
  return queryOptions({
    queryKey: ['catalogue', asOf ?? 'today'],
    queryFn: ({ signal }): Promise<Catalogue> =>
      apiRequest('/v1/catalogue', catalogueSchema, { query: { asOf }, signal }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The catalogue for `asOf` (today when absent); `undefined` while it loads. */
export function useCatalogue(asOf?: string): Catalogue | undefined {
  return useQuery(catalogueQueryOptions(asOf)).data;
}
