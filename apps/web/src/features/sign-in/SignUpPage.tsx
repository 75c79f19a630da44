import { getRouteApi, Link } from '@tanstack/react-router';
import { useId, useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useSignUp } from '../../api/queries';
import { Frame } from '../../components/AppLayout';
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
  const id = useId();

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
      { onSuccess: () => void navigate({ to: '/' }) },
    );
  };

  const field = (
    key: string,
    label: string,
    input: {
      type: string;
      autoComplete: string;
      value: string;
      set: (v: string) => void;
      required: boolean;
      hint?: string;
    },
  ) => {
    const error = errorFor(key);
    const describedBy = [
      input.hint === undefined ? null : `${id}-${key}-hint`,
      error === undefined ? null : `${id}-${key}-error`,
    ]
      .filter((x) => x !== null)
      .join(' ');
    return (
      <div>
        <label htmlFor={`${id}-${key}`} className="block font-medium">
          {label}
          {input.required ? null : <span className="font-normal text-slate-700"> (optional)</span>}
        </label>
        {input.hint === undefined ? null : (
          <p id={`${id}-${key}-hint`} className="text-sm text-slate-700">
            {input.hint}
          </p>
        )}
        <input
          id={`${id}-${key}`}
          name={key}
          type={input.type}
          autoComplete={input.autoComplete}
          required={input.required}
          className="field-input mt-1"
          value={input.value}
          onChange={(e) => input.set(e.target.value)}
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={describedBy === '' ? undefined : describedBy}
        />
        {error === undefined ? null : (
          <p id={`${id}-${key}-error`} className="mt-1 text-sm font-medium text-red-800">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <Frame>
      <div className="mx-auto max-w-md">
        <Card>
          <PageHeading title="Create an account" />
          <form className="mt-4 space-y-4" onSubmit={onSubmit} noValidate>
            {field('name', 'Full name', {
              type: 'text',
              autoComplete: 'name',
              value: name,
              set: setName,
              required: true,
            })}
            {field('email', 'E-mail address', {
              type: 'email',
              autoComplete: 'email',
              value: email,
              set: setEmail,
              required: true,
            })}
            {field('password', 'Password', {
              type: 'password',
              autoComplete: 'new-password',
              value: password,
              set: setPassword,
              required: true,
              hint: 'At least 10 characters.',
            })}
            {field('invitationToken', 'Invitation token', {
              type: 'text',
              autoComplete: 'off',
              value: invitation,
              set: setInvitation,
              required: false,
              hint: 'If your organisation invited you, paste the token it gave you.',
            })}
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
