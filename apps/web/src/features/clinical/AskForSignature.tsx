import { useState, type SubmitEvent } from 'react';
import { useAskForSignature } from '../../api/clinical-log-queries';
import { describeError, isApiProblem } from '../../api/client';
import { Field, Input } from '../../components/field';
import { ErrorAlert } from '../../components/page';
import { QrCode } from './QrCode';
import { when } from './clinical-words';

/**
 * Asks for a one-time sign-off link for an unsigned entry: shows the link and its QR code (for the
 * technologist's phone) and, when an address is given, has it mailed there.
 */
export function AskForSignature({ entryId, procedureName }: { entryId: string; procedureName: string }) {
  const ask = useAskForSignature(entryId);
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const emailError = isApiProblem(ask.error) ? ask.error.fieldErrors.filter((e) => e.path === 'email').map((e) => e.message) : [];

  if (!open) {
    return (
      <button type="button" className="btn btn-secondary mt-2" onClick={() => setOpen(true)}>
        Ask for a signature
      </button>
    );
  }
  if (ask.isSuccess) {
    const { url, expiresAt, mailedTo } = ask.data;
    return (
      <div className="mt-3 space-y-2" data-testid="sign-link">
        <p role="status">
          {mailedTo === null ? 'Show this link or its code to the technologist who supervised you.' : `The link was mailed to ${mailedTo}. You can also show it here.`} It works once, until{' '}
          {when(expiresAt)}.
        </p>
        <p className="break-all">
          <a href={url} className="underline">
            {url}
          </a>
        </p>
        <QrCode text={url} label={`Code of the sign-off link for ${procedureName}`} />
      </div>
    );
  }
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = email.trim();
    ask.mutate(address === '' ? undefined : address);
  };
  return (
    <form className="mt-3 space-y-3" onSubmit={onSubmit} noValidate>
      <Field label="Technologist's e-mail address (optional)" hint="Leave empty to show the link and its code here instead." error={emailError}>
        <Input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      </Field>
      {ask.isError && emailError.length === 0 ? <ErrorAlert>{describeError(ask.error)}</ErrorAlert> : null}
      <button type="submit" className="btn btn-primary" disabled={ask.isPending}>
        {email.trim() === '' ? 'Make a sign-off link' : 'Mail a sign-off link'}
      </button>
    </form>
  );
}
