import { useQuery } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useAnswerPostprimaryLink, usePostprimaryLink } from '../../api/postprimary-queries';
import { meQueryOptions } from '../../api/queries';
import { Field, Input } from '../../components/field';
import { Card, ErrorAlert, Loading, PageHeading } from '../../components/page';

/**
 * The public page behind a one-time postprimary link, no account needed: the verifying technologist confirms
 * the procedure was done in person; or, once verified, the clinical supervisor at the same facility reviews it
 * (a second, separate signature by someone else).
 */
export function PostprimaryConfirmPage({ token }: { token: string }) {
  const link = usePostprimaryLink(token);
  const answer = useAnswerPostprimaryLink(token);
  // Signed in, the answer is recorded with the account and its name (the server decides; this only tells).
  const me = useQuery(meQueryOptions).data ?? null;
  const [typedName, setName] = useState('');
  const name = me === null ? typedName : me.user.name;
  const [arrtNumber, setArrtNumber] = useState('');
  const [facility, setFacility] = useState('');
  const [attested, setAttested] = useState(false);
  const fieldError = (path: string) => (isApiProblem(answer.error) ? answer.error.fieldErrors.filter((e) => e.path === path).map((e) => e.message) : []);

  if (answer.isSuccess) {
    const reviewed = answer.data.reviewedBy !== null;
    return (
      <>
        <PageHeading title={reviewed ? 'Reviewed' : 'Verified'} />
        <Card className="mt-4">
          <p role="status">
            Thank you. You {reviewed ? 'reviewed' : 'verified'} {answer.data.procedureName} on {answer.data.performedOn}. This link cannot be used again.
          </p>
        </Card>
      </>
    );
  }
  if (link.isPending) return <Loading what="the procedure" />;
  if (link.isError) {
    const missing = isApiProblem(link.error) && link.error.status === 404;
    return (
      <>
        <PageHeading title="Confirm a clinical procedure" />
        <ErrorAlert>{missing ? 'This link is not valid. Check that it was copied whole, or ask the technologist for a new one.' : describeError(link.error)}</ErrorAlert>
      </>
    );
  }
  const { step, entry, technologistName, expiresAt } = link.data;
  const verify = step === 'verify';
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!attested) return;
    if (verify) answer.mutate({ step: 'verify', body: { name, arrtNumber, registered: true, inPerson: true } });
    else answer.mutate({ step: 'review', body: { name, facility, checked: true } });
  };
  const shown = new Set(['name', 'arrtNumber', 'facility']);
  const otherError = answer.isError && !(isApiProblem(answer.error) && answer.error.fieldErrors.some((e) => shown.has(e.path)));
  return (
    <>
      <PageHeading title={verify ? 'Verify a clinical procedure' : 'Review a clinical procedure'} />
      <Card className="mt-4">
        <dl className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-700">Technologist</dt>
            <dd className="font-medium break-words">{technologistName}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Procedure</dt>
            <dd className="font-medium break-words">{entry.procedureName}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Date</dt>
            <dd className="font-medium">{entry.performedOn}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Facility</dt>
            <dd className="font-medium break-words">{entry.facility}</dd>
          </div>
          {entry.verifiedBy === null ? null : (
            <div>
              <dt className="text-sm text-slate-700">Verified by</dt>
              <dd className="font-medium break-words">{entry.verifiedBy.name}</dd>
            </div>
          )}
        </dl>
        <p className="mt-2 text-sm text-slate-700">This link works once, until {new Date(expiresAt).toLocaleString()}.</p>
      </Card>
      <form className="mt-4 space-y-4" onSubmit={onSubmit} noValidate>
        {me === null ? null : <p>You are signed in as {me.user.name}: your account is recorded with this {verify ? 'verification' : 'review'}.</p>}
        <Field label="Your full name" error={fieldError('name')}>
          <Input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" readOnly={me !== null} required />
        </Field>
        {verify ? (
          <Field label="Your ARRT ID number" error={fieldError('arrtNumber')}>
            <Input value={arrtNumber} onChange={(e) => setArrtNumber(e.target.value)} inputMode="numeric" required />
          </Field>
        ) : (
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
        {otherError ? <ErrorAlert>{describeError(answer.error)}</ErrorAlert> : null}
        <button type="submit" className="btn btn-primary" disabled={!attested || answer.isPending}>
          {verify ? 'Verify this procedure' : 'Review this procedure'}
        </button>
      </form>
    </>
  );
}
