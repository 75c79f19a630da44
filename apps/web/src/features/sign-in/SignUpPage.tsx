import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useSignUp } from '../../api/queries';
import { Frame } from '../../components/AppLayout';
import { Field, Input } from '../../components/field';
import { Card, ErrorAlert, PageHeading } from '../../components/page';

const route = getRouteApi('/sign-up');

export function SignUpPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const signUp = useSignUp();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [invitation, setInvitation] = useState(search.invitation ?? '');

  const fieldErrors = isApiProblem(signUp.error) ? signUp.error.fieldErrors : [];
  const errorFor = (path: string) => fieldErrors.find((e) => e.path === path)?.message;

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const token = invitation.trim();
    signUp.mutate(
      {
        name: name.trim(),
        email: email.trim(),
        password,
        ...(token === '' ? {} : { invitationToken: token }),
      },
      { onSuccess: (me) => void navigate({ to: me.personId === null ? '/welcome' : '/' }) },
    );
  };

  return (
    <Frame>
      <div className="mx-auto max-w-md">
        <Card>
          <PageHeading title="Create an account" />
          <form className="mt-4 space-y-4" onSubmit={onSubmit} noValidate>
            <Field label="Full name" error={errorFor('name')}>
              <Input
                name="name"
                autoComplete="name"
                required
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </Field>
            <Field label="E-mail address" error={errorFor('email')}>
              <Input
                name="email"
                type="email"
                autoComplete="email"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            </Field>
            <Field label="Password" hint="At least 10 characters." error={errorFor('password')}>
              <Input
                name="password"
                type="password"
                autoComplete="new-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </Field>
            <Field
              label={
                <>
                  Invitation token <span className="font-normal text-slate-700">(optional)</span>
                </>
              }
              hint="If your organisation invited you, paste the token it gave you."
              error={errorFor('invitationToken')}
            >
              <Input
                name="invitationToken"
                autoComplete="off"
                value={invitation}
                onChange={(e) => setInvitation(e.target.value)}
              />
            </Field>
            <div aria-live="assertive">
              {signUp.isError ? <ErrorAlert>{describeError(signUp.error)}</ErrorAlert> : null}
            </div>
            <button type="submit" className="btn w-full justify-center" disabled={signUp.isPending}>
              {signUp.isPending ? 'Creating your account…' : 'Create account'}
            </button>
          </form>
          <p className="mt-4 text-sm">
            Already have an account? <Link to="/sign-in">Sign in</Link>.
          </p>
        </Card>
      </div>
    </Frame>
  );
}
