import { useQuery } from '@tanstack/react-query';
import { describeError } from '../../api/client';
import { mySessionsQueryOptions, useEndSession, useResendVerification, useSignOutEverywhere } from '../../api/account';
import { useMe } from '../../api/queries';
import { DataTable } from '../../components/data-table';
import { Card, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { deviceName } from './device-name';

/** An instant in the reader's own words and time zone. */
function when(iso: string | null): string {
  return iso === null ? '—' : new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Where the person is signed in, with a way to end any session, or all of them. */
function SessionsSection() {
  const sessions = useQuery(mySessionsQueryOptions);
  const end = useEndSession();
  const everywhere = useSignOutEverywhere();
  return (
    <Card>
      <h2 className="text-lg font-semibold" id="sessions-heading">
        Where you are signed in
      </h2>
      {sessions.isPending ? <Loading what="your sessions" /> : null}
      {sessions.isError ? <ErrorAlert>{describeError(sessions.error)}</ErrorAlert> : null}
      {sessions.data === undefined ? null : (
        <DataTable
          aria-labelledby="sessions-heading"
          className="mt-2"
          rows={sessions.data.sessions}
          rowKey={(s) => s.id}
          columns={[
            { header: 'Browser', cell: (s) => `${deviceName(s.userAgent)}${s.current ? ' (this one)' : ''}` },
            { header: 'Signed in', cell: (s) => when(s.createdAt) },
            { header: 'Last used', cell: (s) => when(s.lastSeenAt) },
            {
              header: 'End it',
              cell: (s) =>
                s.current ? (
                  'Use “Sign out”'
                ) : (
                  <button
                    type="button"
                    className="btn btn-secondary"
                    onClick={() => end.mutate(s.id)}
                    disabled={end.isPending}
                    aria-label={`Sign out ${deviceName(s.userAgent)}, signed in ${when(s.createdAt)}`}
                  >
                    Sign out
                  </button>
                ),
            },
          ]}
        />
      )}
      {end.isError ? <ErrorAlert>{describeError(end.error)}</ErrorAlert> : null}
      <div className="mt-3">
        <button type="button" className="btn" onClick={() => everywhere.mutate()} disabled={everywhere.isPending}>
          {everywhere.isPending ? 'Signing out…' : 'Sign out everywhere'}
        </button>
        <p className="mt-1 text-sm text-slate-700">Ends every session above, this one included.</p>
        {everywhere.isError ? <ErrorAlert>{describeError(everywhere.error)}</ErrorAlert> : null}
      </div>
    </Card>
  );
}

/** The e-mail address and whether it is confirmed, with a way to get a new confirmation mail. */
function EmailSection() {
  const me = useMe();
  const resend = useResendVerification();
  return (
    <Card>
      <h2 className="text-lg font-semibold">E-mail address</h2>
      <p className="mt-2 break-words">
        <strong>{me.user.email}</strong>{' '}
        {me.user.emailVerified ? (
          <span data-testid="email-state">(confirmed)</span>
        ) : (
          <span data-testid="email-state">(not confirmed yet)</span>
        )}
      </p>
      {me.user.emailVerified ? null : (
        <div className="mt-3 space-y-2">
          <p>Open the link in the mail we sent to confirm it, so that reminders and reset links reach you.</p>
          {resend.isSuccess ? (
            <p role="status">A new confirmation mail is on its way.</p>
          ) : (
            <button type="button" className="btn btn-secondary" onClick={() => resend.mutate()} disabled={resend.isPending}>
              {resend.isPending ? 'Sending…' : 'Send the confirmation mail again'}
            </button>
          )}
          {resend.isError ? <ErrorAlert>{describeError(resend.error)}</ErrorAlert> : null}
        </div>
      )}
    </Card>
  );
}

/** "Your account": the address and its confirmation, and where you are signed in. */
export function AccountPage() {
  return (
    <div className="space-y-4">
      <PageHeading title="Your account" />
      <EmailSection />
      <SessionsSection />
    </div>
  );
}
