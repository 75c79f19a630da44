import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useAskForPostprimaryLink, type PostprimaryEntry } from '../../api/postprimary-queries';
import { Field, Input } from '../../components/field';
import { ErrorAlert } from '../../components/page';
import { QrCode } from '../clinical/QrCode';
import { when } from '../clinical/clinical-words';

/**
 * Asks for the entry's next signature by a one-time link: the verifying technologist's while it is unverified,
 * then the clinical supervisor's review. Shows the link and its code, and mails it when an address is given.
 */
export function AskForPostprimaryLink({ entry }: { entry: PostprimaryEntry }) {
  const ask = useAskForPostprimaryLink(entry.id);
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const who = entry.verifiedBy === null ? 'verifying technologist' : 'clinical supervisor';
  const emailError = isApiProblem(ask.error) ? ask.error.fieldErrors.filter((e) => e.path === 'email').map((e) => e.message) : [];

  if (!open) {
    return (
      <button type="button" className="btn btn-secondary mt-2" onClick={() => setOpen(true)}>
        {entry.verifiedBy === null ? 'Ask for verification' : 'Ask for the supervisor’s review'}
      </button>
    );
  }
  if (ask.isSuccess) {
    const { url, expiresAt, mailedTo } = ask.data;
    return (
      <div className="mt-3 space-y-2" data-testid="postprimary-link">
        <p role="status">
          {mailedTo === null ? `Show this link or its code to the ${who}.` : `The link was mailed to ${mailedTo}. You can also show it here.`} It works once, until {when(expiresAt)}.
        </p>
        <p className="break-all">
          <a href={url} className="underline">
            {url}
          </a>
        </p>
        <QrCode text={url} label={`Code of the link for the ${who}, ${entry.procedureName}`} />
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
      <Field label={`E-mail address of the ${who} (optional)`} hint="Leave empty to show the link and its code here instead." error={emailError}>
        <Input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      </Field>
      {ask.isError && emailError.length === 0 ? <ErrorAlert>{describeError(ask.error)}</ErrorAlert> : null}
      <button type="submit" className="btn btn-primary" disabled={ask.isPending}>
        {email.trim() === '' ? 'Make a link' : 'Mail a link'}
      </button>
    </form>
  );
}
