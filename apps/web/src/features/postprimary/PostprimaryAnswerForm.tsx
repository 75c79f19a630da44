import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import type { PostprimaryAnswer, PostprimaryEntry } from '../../api/postprimary-queries';
import { Field, Input } from '../../components/field';
import { ErrorAlert } from '../../components/page';
import { SignerFields } from '../sign/SignerFields';

export interface PostprimaryAnswerFormProps {
  readonly step: 'verify' | 'review';
  readonly entry: PostprimaryEntry;
  /** The signed-in user's name (recorded with their account), or null from a link with no session. */
  readonly signedInName: string | null;
  readonly onAnswer: (answer: PostprimaryAnswer) => void;
  readonly pending: boolean;
  readonly error: Error | null;
}

/**
 * The verifier's statement (name, ARRT ID number, registered, in person) or the clinical supervisor's (name,
 * the facility, what they checked), from a link or from the signed-in queue alike.
 */
export function PostprimaryAnswerForm({ step, entry, signedInName, onAnswer, pending, error }: PostprimaryAnswerFormProps) {
  const [typedName, setName] = useState('');
  const name = signedInName ?? typedName;
  const [arrtNumber, setArrtNumber] = useState('');
  const [facility, setFacility] = useState('');
  const [attested, setAttested] = useState(false);
  const verify = step === 'verify';
  const fieldError = (path: string) => (isApiProblem(error) ? error.fieldErrors.filter((e) => e.path === path).map((e) => e.message) : []);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!attested) return;
    if (verify) onAnswer({ step: 'verify', body: { name, arrtNumber, registered: true, inPerson: true } });
    else onAnswer({ step: 'review', body: { name, facility, checked: true } });
  };
  const shown = new Set(['name', 'arrtNumber', 'facility']);
  const otherError = error !== null && !(isApiProblem(error) && error.fieldErrors.some((e) => shown.has(e.path)));
  return (
    <form className="mt-4 space-y-4" onSubmit={onSubmit} noValidate>
      {signedInName === null ? null : <p>You are signed in as {signedInName}: your account is recorded with this {verify ? 'verification' : 'review'}.</p>}
      <SignerFields
        name={name}
        onName={setName}
        nameReadOnly={signedInName !== null}
        arrtNumber={verify ? arrtNumber : undefined}
        onArrtNumber={setArrtNumber}
        fieldError={fieldError}
      />
      {verify ? null : (
        <Field label="The facility where you are clinical supervisor" hint={`It must be ${entry.facility}.`} error={fieldError('facility')}>
          <Input value={facility} onChange={(e) => setFacility(e.target.value)} autoComplete="organization" required />
        </Field>
      )}
      <label className="flex items-start gap-2">
        <input type="checkbox" checked={attested} onChange={(e) => setAttested(e.target.checked)} className="mt-1" />
        <span>
          {verify
            ? 'I am an ARRT-registered technologist, and the technologist performed this procedure in person (not remote scanning).'
            : 'I checked their employment or authorisation here, the date worked, and that this facility has the equipment.'}
        </span>
      </label>
      {otherError ? <ErrorAlert>{describeError(error)}</ErrorAlert> : null}
      <button type="submit" className="btn btn-primary" disabled={!attested || pending}>
        {verify ? 'Verify this procedure' : 'Review this procedure'}
      </button>
    </form>
  );
}
