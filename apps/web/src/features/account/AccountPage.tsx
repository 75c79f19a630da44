import { describeError } from '../../api/client';
import { useResendVerification } from '../../api/account';
import { useMe } from '../../api/queries';
import { Card, ErrorAlert, PageHeading } from '../../components/page';

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

/** "Your account": the address and its confirmation. */
export function AccountPage() {
  return (
    <div className="space-y-4">
      <PageHeading title="Your account" />
      <EmailSection />
    </div>
  );
}
