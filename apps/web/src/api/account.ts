import {
  accountDeletedSchema,
  emailVerifiedSchema,
  mailboxSchema,
  mySessionsSchema,
  passwordChangedSchema,
  passwordResetRequestedSchema,
  reminderSettingsSchema,
  sessionsEndedSchema,
  verificationSentSchema,
  type ReminderSettings,
} from '@modality/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { apiRequest, apiUrl } from './client';
import { queryKeys, rememberSession } from './queries';

/** Asks for a reset link by mail (the answer is the same whether or not the address has an account). */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      apiRequest('/v1/auth/password-reset', passwordResetRequestedSchema, { method: 'POST', body: { email } }),
  });
}

/** Sets a new password with the token of a reset link; every session ends, this one included. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      apiRequest('/v1/auth/password-reset/confirm', passwordChangedSchema, { method: 'POST', body }),
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.me[0] });
      rememberSession(queryClient, null);
    },
  });
}

/** Confirms the e-mail address with the token of a verification link. */
export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      apiRequest('/v1/auth/verify-email', emailVerifiedSchema, { method: 'POST', body: { token } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });
}

/** Mails the signed-in person a new verification link. */
export function useResendVerification() {
  return useMutation({
    mutationFn: () => apiRequest('/v1/me/email-verification', verificationSentSchema, { method: 'POST' }),
  });
}

/** The demo's local mailbox (the route exists only on the demo). */
export const devMailQueryOptions = queryOptions({
  queryKey: ['dev-mail'],
  queryFn: ({ signal }) => apiRequest('/v1/dev/mail', mailboxSchema, { signal }),
  refetchInterval: 3000,
});

/** The signed-in person's sessions. */
export const mySessionsQueryOptions = queryOptions({
  queryKey: ['me', 'sessions'],
  queryFn: ({ signal }) => apiRequest('/v1/me/sessions', mySessionsSchema, { signal }),
});

/** Ends one of my other sessions. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/v1/me/sessions/${encodeURIComponent(id)}`, sessionsEndedSchema, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mySessionsQueryOptions.queryKey }),
  });
}

/** Ends every session of mine, this one too, and goes to the sign-in page. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: () => apiRequest('/v1/me/sessions/sign-out-everywhere', sessionsEndedSchema, { method: 'POST' }),
    onSuccess: async () => {
      rememberSession(queryClient, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.me[0] });
      await router.navigate({ to: '/sign-in' });
    },
  });
}

/** The address of "download my data" (a link: the browser saves the JSON file). */
export const MY_DATA_URL = apiUrl('/v1/me/data');

/** Deletes my account (confirmed with the password); the session ends with it. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (password: string) =>
      apiRequest('/v1/me', accountDeletedSchema, { method: 'DELETE', body: { password } }),
    onSuccess: async () => {
      rememberSession(queryClient, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.me[0] });
      await router.navigate({ to: '/sign-in' });
    },
  });
}

/** Which renewal reminders I get. */
export const myRemindersQueryOptions = queryOptions({
  queryKey: ['me', 'reminders'],
  queryFn: ({ signal }) => apiRequest('/v1/me/reminders', reminderSettingsSchema, { signal }),
});

/** Chooses my renewal reminders. */
export function useSetReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: ReminderSettings['days']) =>
      apiRequest('/v1/me/reminders', reminderSettingsSchema, { method: 'PUT', body: { days } }),
    onSuccess: (data) => queryClient.setQueryData(myRemindersQueryOptions.queryKey, data),
  });
}
