import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useSignIn } from '../../api/queries';
import { Frame } from '../../components/AppLayout';
import { Field, Input } from '../../components/field';
import { Card, ErrorAlert, PageHeading } from '../../components/page';
import { safeRedirect } from '../../safe-redirect';

const route = getRouteApi('/sign-in');

function signInMessage(error: unknown): string {
  if (isApiProblem(error)) {
    if (error.status === 401) return 'The e-mail address or password is not right.';
    if (error.status === 429) return 'Too many sign-in attempts. Wait a minute, then try again.';
    if (error.status === 400 && error.fieldErrors.length > 0) {
      return error.fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ');
    }
  }
  return describeError(error);
}

export function SignInPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate({ href: safeRedirect(search.redirect) }) },
    );
  };

  return (
    <Frame>
      <div className="mx-auto max-w-md">
        <Card>
          <PageHeading title="Sign in" />
          <form className="mt-4 space-y-4" onSubmit={onSubmit} noValidate>
            <Field label="E-mail address">
              <Input
                name="email"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                aria-invalid={signIn.isError ? true : undefined}
              />
            </Field>
            <Field label="Password">
              <Input
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={signIn.isError ? true : undefined}
              />
            </Field>
            <div aria-live="assertive">
              {signIn.isError ? <ErrorAlert>{signInMessage(signIn.error)}</ErrorAlert> : null}
            </div>
            <button type="submit" className="btn w-full justify-center" disabled={signIn.isPending}>
              {signIn.isPending ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
          <p className="mt-4 text-sm">
            <Link to="/forgot-password">Forgot your password?</Link>
          </p>
          <p className="mt-2 text-sm">
            New here, or invited by your organisation? <Link to="/sign-up">Create an account</Link>.
          </p>
        </Card>
      </div>
    </Frame>
  );
}
