import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useResetPassword } from '../../api/account';
import { Frame } from '../../components/AppLayout';
import { Field, Input } from '../../components/field';
import { Card, ErrorAlert, PageHeading } from '../../components/page';

const route = getRouteApi('/reset-password');

function resetMessage(error: unknown): string {
  if (isApiProblem(error) && error.status === 400) {
    const token = error.fieldErrors.find((e) => e.path === 'token');
    if (token !== undefined) return 'This reset link does not work any more (it was used, or its 30 minutes are over). Ask for a new one.';
    return error.fieldErrors.map((e) => `${e.path === 'password' ? 'New password' : e.path}: ${e.message}`).join('; ');
  }
  return describeError(error);
}

/** Chooses a new password with the token from a reset mail. */
export function ResetPasswordPage() {
  const { token } = route.useSearch();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    reset.mutate({ token: token ?? '', password });
  };

  return (
    <Frame>
      <div className="mx-auto max-w-md">
        <Card>
          <PageHeading title="Choose a new password" />
          {reset.isSuccess ? (
            <div role="status" className="mt-4 space-y-3">
              <p>Your password is changed, and you are signed out everywhere.</p>
              <p>
                <Link to="/sign-in">Sign in with your new password</Link>
              </p>
            </div>
          ) : token === undefined ? (
            <p className="mt-4">
              This page needs the link from a reset mail. <Link to="/forgot-password">Ask for a reset link</Link>.
            </p>
          ) : (
            <form className="mt-4 space-y-4" onSubmit={onSubmit} noValidate>
              <Field label="New password" hint="At least 10 characters">
                <Input
                  name="password"
                  type="password"
                  autoComplete="new-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              </Field>
              <Field label="New password again" error={mismatch ? 'The two passwords are not the same' : undefined}>
                <Input
                  name="repeat"
                  type="password"
                  autoComplete="new-password"
                  required
                  value={repeat}
                  onChange={(e) => setRepeat(e.target.value)}
                />
              </Field>
              <div aria-live="assertive">
                {reset.isError ? (
                  <ErrorAlert>
                    {resetMessage(reset.error)} <Link to="/forgot-password">Ask for a new link</Link>.
                  </ErrorAlert>
                ) : null}
              </div>
              <button type="submit" className="btn w-full justify-center" disabled={reset.isPending}>
                {reset.isPending ? 'Saving…' : 'Save the new password'}
              </button>
            </form>
          )}
        </Card>
      </div>
    </Frame>
  );
}
