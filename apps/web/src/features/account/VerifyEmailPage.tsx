import { getRouteApi, Link } from '@tanstack/react-router';
import { describeError, isApiProblem } from '../../api/client';
import { useVerifyEmail } from '../../api/account';
import { Frame } from '../../components/AppLayout';
import { Card, ErrorAlert, PageHeading } from '../../components/page';

const route = getRouteApi('/verify-email');

/**
 * Confirms an e-mail address with the token from a verification mail. It waits for a click rather than
 * confirming on load, so that a mail scanner opening the link does not confirm for the person.
 */
export function VerifyEmailPage() {
  const { token } = route.useSearch();
  const verify = useVerifyEmail();
  const failure =
    isApiProblem(verify.error) && verify.error.status === 400
      ? 'This confirmation link does not work any more (it was used, or it is older than 7 days). Ask for a new one on your account page.'
      : describeError(verify.error);

  return (
    <Frame>
      <div className="mx-auto max-w-md">
        <Card>
          <PageHeading title="Confirm your e-mail address" />
          {verify.isSuccess ? (
            <div role="status" className="mt-4 space-y-3">
              <p>Thank you: your e-mail address is confirmed.</p>
              <p>
                <Link to="/">Go to Modality</Link>
              </p>
            </div>
          ) : token === undefined ? (
            <p className="mt-4">This page needs the link from a confirmation mail.</p>
          ) : (
            <div className="mt-4 space-y-4">
              <p>Confirm that this address is yours, so that your reminders and reset links reach you.</p>
              <div aria-live="assertive">{verify.isError ? <ErrorAlert>{failure}</ErrorAlert> : null}</div>
              <button
                type="button"
                className="btn w-full justify-center"
                disabled={verify.isPending}
                onClick={() => verify.mutate(token)}
              >
                {verify.isPending ? 'Confirming…' : 'Confirm my e-mail address'}
              </button>
            </div>
          )}
        </Card>
      </div>
    </Frame>
  );
}
