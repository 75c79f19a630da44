import { Link } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useRequestPasswordReset } from '../../api/account';
import { Frame } from '../../components/AppLayout';
import { Field, Input } from '../../components/field';
import { Card, ErrorAlert, PageHeading } from '../../components/page';

function requestMessage(error: unknown): string {
  if (isApiProblem(error) && error.status === 429) return 'Too many requests. Wait a minute, then try again.';
  if (isApiProblem(error) && error.status === 400) return 'Enter the e-mail address of your account.';
  return describeError(error);
}

/** Asks for a password-reset link by mail. */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate(email.trim());
  };

  return (
    <Frame>
      <div className="mx-auto max-w-md">
        <Card>
          <PageHeading title="Forgot your password?" />
          {request.isSuccess ? (
            <div role="status" className="mt-4 space-y-3">
              <p>
                If an account uses <strong>{email.trim()}</strong>, a mail with a link to choose a new password is
                on its way. The link works once, for 30 minutes.
              </p>
              <p>
                <Link to="/sign-in">Back to sign in</Link>
              </p>
            </div>
          ) : (
            <form className="mt-4 space-y-4" onSubmit={onSubmit} noValidate>
              <p>We will mail you a link to choose a new password.</p>
              <Field label="E-mail address">
                <Input
                  name="email"
                  type="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                  aria-invalid={request.isError ? true : undefined}
                />
              </Field>
              <div aria-live="assertive">
                {request.isError ? <ErrorAlert>{requestMessage(request.error)}</ErrorAlert> : null}
              </div>
              <button type="submit" className="btn w-full justify-center" disabled={request.isPending}>
                {request.isPending ? 'Sending…' : 'Mail me a reset link'}
              </button>
            </form>
          )}
        </Card>
      </div>
    </Frame>
  );
}
