import {
  ceQuestionListSchema,
  recordEntryResultSchema,
  type CeQuestion,
  type ImportResult,
  type RecordSectionName,
} from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import { queryKeys } from './queries';

/** One change a record form makes: add an entry to a section, replace the one with `entryId`, or delete it. */
export type RecordEntryChange =
  | { readonly kind: 'add'; readonly section: RecordSectionName; readonly entry: unknown }
  | {
      readonly kind: 'replace';
      readonly section: RecordSectionName;
      readonly entryId: string;
      readonly entry: unknown;
    }
  | { readonly kind: 'delete'; readonly section: RecordSectionName; readonly entryId: string };

/**
 * `POST /people/{id}/{section}`, `PUT` or `DELETE /people/{id}/{section}/{entryId}` (by the entry's own id,
 * so a change made elsewhere meanwhile cannot shift it onto another entry); after a change the record, its
 * verdicts and the people list are fetched again.
 */
export function useRecordEntryChange(personId: string) {
  const queryClient = useQueryClient();
  const base = `/v1/people/${encodeURIComponent(personId)}`;
  return useMutation({
    mutationFn: (change: RecordEntryChange): Promise<ImportResult> => {
      switch (change.kind) {
        case 'add':
          return apiRequest(`${base}/${change.section}`, recordEntryResultSchema, {
            method: 'POST',
            body: change.entry,
          });
        case 'replace':
          return apiRequest(`${base}/${change.section}/${encodeURIComponent(change.entryId)}`, recordEntryResultSchema, {
            method: 'PUT',
            body: change.entry,
          });
        case 'delete':
          return apiRequest(`${base}/${change.section}/${encodeURIComponent(change.entryId)}`, recordEntryResultSchema, {
            method: 'DELETE',
          });
      }
    },
    // Fetched again after a refusal too: an entry gone or changed elsewhere shows as it now is.
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.verdicts(personId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.record(personId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.people }),
      ]);
    },
  });
}

export type { CeQuestion };

/**
 * `GET /people/{id}/ce-questions`: what the CE form asks about an activity, from the rules of the
 * credentials the person holds; fetched again when the record changes (a licence added brings its questions).
 */
export function useCeQuestions(personId: string): readonly CeQuestion[] {
  return (
    useQuery({
      queryKey: [...queryKeys.record(personId), 'ce-questions'],
      queryFn: ({ signal }) =>
        apiRequest(`/v1/people/${encodeURIComponent(personId)}/ce-questions`, ceQuestionListSchema, {
          signal,
        }),
    }).data?.items ?? []
  );
}
