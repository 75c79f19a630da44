import { useQuery } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import {
  MY_DATA_URL,
  myRemindersQueryOptions,
  mySessionsQueryOptions,
  useDeleteAccount,
  useEndSession,
  useResendVerification,
  useSetReminders,
  useSignOutEverywhere,
} from '../../api/account';
import { REMINDER_DAY_CHOICES, type ReminderSettings } from '@modality/contracts';
import { Field, Input } from '../../components/field';
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

/** Which renewal reminders the person gets by mail: 90, 30 and 7 days before each deadline. */
function RemindersSection() {
  const reminders = useQuery(myRemindersQueryOptions);
  const save = useSetReminders();
  // The boxes show a change at once, while it is saved; once the server has answered they show what it
  // keeps (the change, or the old choice again if saving failed).
  const [pending, setPending] = useState<ReminderSettings['days'] | null>(null);
  const chosen = pending ?? reminders.data?.days ?? [];
  const toggle = (day: (typeof REMINDER_DAY_CHOICES)[number], on: boolean) => {
    const next = REMINDER_DAY_CHOICES.filter((d) => (d === day ? on : chosen.includes(d)));
    setPending(next);
    save.mutate(next, { onSettled: () => setPending(null) });
  };
  return (
    <Card>
      <fieldset>
        <legend className="text-lg font-semibold">Renewal reminders by mail</legend>
        <p className="mt-2 max-w-prose">
          Before each deadline of your credentials (a renewal, the end of a CE probation, CQR), we mail you at the times
          you tick here.
        </p>
        {reminders.isPending ? <Loading what="your reminders" /> : null}
        {reminders.isError ? <ErrorAlert>{describeError(reminders.error)}</ErrorAlert> : null}
        {reminders.data === undefined ? null : (
          <div className="mt-2 space-y-1">
            {REMINDER_DAY_CHOICES.map((day) => (
              <label key={day} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={chosen.includes(day)}
                  disabled={save.isPending}
                  onChange={(e) => toggle(day, e.target.checked)}
                />
                {day} days before
              </label>
            ))}
          </div>
        )}
        <div aria-live="polite" className="mt-2 text-sm">
          {save.isSuccess ? (save.data.days.length === 0 ? 'Saved: no reminders.' : 'Saved.') : null}
        </div>
        {save.isError ? <ErrorAlert>{describeError(save.error)}</ErrorAlert> : null}
      </fieldset>
    </Card>
  );
}

/** A copy of everything held about the person, and who has read their record. */
function DataSection() {
  return (
    <Card>
      <h2 className="text-lg font-semibold">Your data</h2>
      <p className="mt-2 max-w-prose">
        One file (JSON) with your account, your record as you can import it again, and who has read or changed your
        record and when — names and organisations, from the log every reading by staff is written to.
      </p>
      <p className="mt-3">
        <a className="btn btn-secondary" href={MY_DATA_URL} download="my-modality-data.json">
          Download my data
        </a>
      </p>
    </Card>
  );
}

/** Deletes the account and the person's data, after the password is given again. */
function DeleteSection() {
  const remove = useDeleteAccount();
  const [password, setPassword] = useState('');
  const wrongPassword = isApiProblem(remove.error) && remove.error.fieldErrors.some((e) => e.path === 'password');
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    remove.mutate(password);
  };
  return (
    <Card>
      <h2 className="text-lg font-semibold">Delete your account</h2>
      <p className="mt-2 max-w-prose">
        This removes your account, your record and everything in it, your sessions and your mail, at once and for
        good. The log of who read or changed records keeps its lines, but they no longer lead to you. Download your
        data first if you want a copy.
      </p>
      <form className="mt-3 max-w-sm space-y-3" onSubmit={onSubmit} noValidate>
        <Field label="Your password, to confirm" error={wrongPassword ? 'This is not your password; nothing was deleted.' : undefined}>
          <Input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        {remove.isError && !wrongPassword ? <ErrorAlert>{describeError(remove.error)}</ErrorAlert> : null}
        <button type="submit" className="btn btn-danger" disabled={remove.isPending || password === ''}>
          {remove.isPending ? 'Deleting…' : 'Delete my account and my data'}
        </button>
      </form>
    </Card>
  );
}

/** "Your account": the address and its confirmation, reminders, where you are signed in, your data, and deleting it all. */
export function AccountPage() {
  return (
    <div className="space-y-4">
      <PageHeading title="Your account" />
      <EmailSection />
      <RemindersSection />
      <SessionsSection />
      <DataSection />
      <DeleteSection />
    </div>
  );
}
