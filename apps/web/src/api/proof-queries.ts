import {
  issuableSchema,
  issuedCredentialSchema,
  revokeResultSchema,
  calendarFeedSchema,
  calendarFeedStatusSchema,
  verificationReportSchema,
  walletSchema,
  type VerificationReportBody,
  type WalletBody,
} from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest, apiUrl } from './client';

export type VerificationReport = VerificationReportBody;
export type WalletItem = WalletBody['items'][number];

const keys = {
  wallet: (personId: string) => ['wallet', personId] as const,
  issuable: (personId: string) => ['wallet', personId, 'issuable'] as const,
  calendar: (personId: string) => ['calendar-feed', personId] as const,
};
const person = (personId: string) => `/v1/people/${encodeURIComponent(personId)}`;

/** The credentials a person received, each verified now by the server. */
export function useWallet(personId: string) {
  return useQuery({
    queryKey: keys.wallet(personId),
    queryFn: ({ signal }) => apiRequest(`${person(personId)}/wallet`, walletSchema, { signal }),
  });
}

/** Signed-off clinical entries the viewer may issue to this person, and in whose name. */
export function useIssuable(personId: string) {
  return useQuery({
    queryKey: keys.issuable(personId),
    queryFn: ({ signal }) => apiRequest(`${person(personId)}/issuable`, issuableSchema, { signal }),
  });
}

/** What staff ask to issue: an entry of the person's record, in the name of one of their organisations. */
export interface IssueRequest {
  readonly kind: 'competency' | 'program' | 'ce';
  readonly organisationId: string;
  readonly entry: number;
}

/** Issues a signed credential into the person's wallet; the wallet is fetched again. */
export function useIssueCredential(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: IssueRequest) => apiRequest(`${person(personId)}/vc`, issuedCredentialSchema, { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.wallet(personId) }),
  });
}

/** Revokes a credential the caller's organisation issued; the wallet is checked again. */
export function useRevokeCredential(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentialId: string) => apiRequest(`/v1/vc/${encodeURIComponent(credentialId)}/revoke`, revokeResultSchema, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.wallet(personId) }),
  });
}

/** Verifies any credential (parsed JSON); public, nothing stored. */
export function useVerifyCredential() {
  return useMutation({
    mutationFn: (credential: unknown): Promise<VerificationReport> =>
      apiRequest('/v1/vc/verify', verificationReportSchema, { method: 'POST', body: credential }),
  });
}

/** Whether the person has a live calendar address. */
export function useCalendarFeedStatus(personId: string) {
  return useQuery({
    queryKey: keys.calendar(personId),
    queryFn: ({ signal }) => apiRequest(`${person(personId)}/calendar-feed`, calendarFeedStatusSchema, { signal }),
  });
}

/** Makes a new calendar address (the old one stops working); the address comes back once. */
export function useCreateCalendarFeed(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(`${person(personId)}/calendar-feed`, calendarFeedSchema, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.calendar(personId) }),
  });
}

export function useRevokeCalendarFeed(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest(`${person(personId)}/calendar-feed`, z.object({ revoked: z.number() }), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.calendar(personId) }),
  });
}

/** The address of a CE audit packet PDF (a link, not a fetch). */
export function auditPacketUrl(personId: string, credential: string, cycle: string | undefined): string {
  return apiUrl(`${person(personId)}/audit-packet.pdf`, { credential, cycle });
}
