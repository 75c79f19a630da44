import {
  postprimaryEntriesSchema,
  postprimaryEntrySchema,
  postprimaryLinkSchema,
  postprimaryLinkViewSchema,
  postprimaryProgressSchema,
  postprimaryQueueSchema,
  type newPostprimaryEntrySchema,
} from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from './client';

export type PostprimaryDiscipline = 'ct' | 'mr';
export type PostprimaryEntry = z.output<typeof postprimaryEntrySchema>;
export type PostprimaryProgress = z.output<typeof postprimaryProgressSchema>;
export type NewPostprimaryEntry = z.input<typeof newPostprimaryEntrySchema>;

const keys = {
  entries: (d: PostprimaryDiscipline) => ['postprimary', 'entries', d] as const,
  progress: (d: PostprimaryDiscipline) => ['postprimary', 'progress', d] as const,
  link: (token: string) => ['postprimary-link', token] as const,
};

/** The signed-in technologist's log of a discipline, oldest first. */
export function usePostprimaryEntries(discipline: PostprimaryDiscipline) {
  return useQuery({ queryKey: keys.entries(discipline), queryFn: ({ signal }) => apiRequest(`/v1/postprimary/entries?discipline=${discipline}`, postprimaryEntriesSchema, { signal }) });
}

/** Progress against the discipline's requirements (with the list of procedures and the flag). */
export function usePostprimaryProgress(discipline: PostprimaryDiscipline) {
  return useQuery({ queryKey: keys.progress(discipline), queryFn: ({ signal }) => apiRequest(`/v1/postprimary/progress?discipline=${discipline}`, postprimaryProgressSchema, { signal }) });
}

/** Logs a procedure; the list and progress are read again. */
export function useLogPostprimaryEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPostprimaryEntry) => apiRequest('/v1/postprimary/entries', postprimaryEntrySchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['postprimary'] }),
  });
}

/** A one-time link for the entry's next signature (verifier, then supervisor), optionally mailed. */
export function useAskForPostprimaryLink(entryId: string) {
  return useMutation({
    mutationFn: (email: string | undefined) =>
      apiRequest(`/v1/postprimary/entries/${encodeURIComponent(entryId)}/links`, postprimaryLinkSchema, { method: 'POST', body: email === undefined ? {} : { email } }),
  });
}

/** The entry behind a verify or review link (public: the link is the secret). */
export function usePostprimaryLink(token: string) {
  return useQuery({
    queryKey: keys.link(token),
    queryFn: ({ signal }) => apiRequest(`/v1/postprimary/links/${encodeURIComponent(token)}`, postprimaryLinkViewSchema, { signal }),
    retry: false,
  });
}

export type VerifierStatement = { name: string; arrtNumber: string; registered: true; inPerson: true };
export type SupervisorStatement = { name: string; facility: string; checked: true };

/** A verifier's or a supervisor's answer. */
export type PostprimaryAnswer = { step: 'verify'; body: VerifierStatement } | { step: 'review'; body: SupervisorStatement };

/** Verifies or reviews the entry behind the link: works once. */
export function useAnswerPostprimaryLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: PostprimaryAnswer) =>
      apiRequest(`/v1/postprimary/links/${encodeURIComponent(token)}/${answer.step}`, postprimaryEntrySchema, { method: 'POST', body: answer.body }),
    onSuccess: () => queryClient.removeQueries({ queryKey: keys.link(token) }),
  });
}

export type PostprimaryQueue = z.output<typeof postprimaryQueueSchema>;

/** The entries waiting for the signed-in user's verification or review (links mailed to their address). */
export function usePostprimaryQueue() {
  return useQuery({ queryKey: ['postprimary-waiting'], queryFn: ({ signal }) => apiRequest('/v1/postprimary/waiting', postprimaryQueueSchema, { signal }) });
}

/** Verifies or reviews an entry of the signed-in user's queue; the queue is read again. */
export function useAnswerFromQueue(entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: PostprimaryAnswer) =>
      apiRequest(`/v1/postprimary/waiting/${encodeURIComponent(entryId)}/${answer.step}`, postprimaryEntrySchema, { method: 'POST', body: answer.body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['postprimary-waiting'] }),
  });
}
