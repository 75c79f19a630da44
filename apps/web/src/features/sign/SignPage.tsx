import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useSignRequest, useSignWithLink } from '../../api/sign-queries';
import { Card, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { SignerFields } from './SignerFields';
import { gradeBody, gradeComplete, GradeFormFields, noAnswers, type GradeAnswers } from '../clinical/GradeFormFields';

const ROLE_WORDS = { observed: 'Observed', assisted: 'Assisted', performed: 'Performed' } as const;
const SUPERVISION_WORDS = { direct: 'Direct supervision', indirect: 'Indirect supervision' } as const;

/**
 * The public page behind a one-time sign link: a technologist with no account sees the student's entry and
 * signs it with their name, ARRT number and a statement that they were physically present.
 */
export function SignPage({ token }: { token: string }) {
  const request = useSignRequest(token);
  const sign = useSignWithLink(token);
  const [name, setName] = useState('');
  const [arrtNumber, setArrtNumber] = useState('');
  const [present, setPresent] = useState(false);
  const [answers, setAnswers] = useState<GradeAnswers>(noAnswers);
  const fieldError = (path: string) => (isApiProblem(sign.error) ? sign.error.fieldErrors.filter((e) => e.path === path).map((e) => e.message) : []);

  if (sign.isSuccess) {
    return (
      <>
        <PageHeading title="Signed" />
        <Card className="mt-4">
          <p role="status">
            Thank you. You signed {sign.data.procedureName} on {sign.data.performedOn}
            {sign.data.grade === null ? '' : sign.data.grade.passed ? ': the competency attempt passed' : ': the competency attempt did not pass'}. This link cannot be used again.
          </p>
        </Card>
      </>
    );
  }
  if (request.isPending) return <Loading what="the entry" />;
  if (request.isError) {
    const gone = isApiProblem(request.error) && request.error.status === 410;
    const missing = isApiProblem(request.error) && request.error.status === 404;
    return (
      <>
        <PageHeading title="Sign a clinical entry" />
        <ErrorAlert>
          {gone ? describeError(request.error) : missing ? 'This link is not valid. Check that it was copied whole, or ask the student for a new one.' : describeError(request.error)}
        </ErrorAlert>
      </>
    );
  }
  const { entry, studentName, expiresAt, gradeForm } = request.data;
  const ready = present && (gradeForm === null || gradeComplete(gradeForm, answers));
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!ready) return;
    sign.mutate({ name, arrtNumber, present: true, ...(gradeForm === null ? {} : { grade: gradeBody(gradeForm, answers) }) });
  };
  const gradeErrors = isApiProblem(sign.error) ? sign.error.fieldErrors.filter((e) => e.path.startsWith('grade')).map((e) => e.message) : [];
  return (
    <>
      <PageHeading title="Sign a clinical entry" />
      <Card className="mt-4">
        <dl className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-700">Student</dt>
            <dd className="font-medium break-words">{studentName}</dd>
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
            <dt className="text-sm text-slate-700">Site</dt>
            <dd className="font-medium break-words">{entry.site.name}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">The student</dt>
            <dd className="font-medium">{ROLE_WORDS[entry.role]}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Supervision</dt>
            <dd className="font-medium">{SUPERVISION_WORDS[entry.supervision]}</dd>
          </div>
          {entry.competencyAttempt ? (
            <div className="sm:col-span-2">
              <dt className="text-sm text-slate-700">Competency attempt</dt>
              <dd className="font-medium">Yes: grade it on the form below as part of your signature.</dd>
            </div>
          ) : null}
        </dl>
        <p className="mt-2 text-sm text-slate-700">This link works once, until {new Date(expiresAt).toLocaleString()}.</p>
      </Card>
      <form className="mt-4 space-y-4" onSubmit={onSubmit} noValidate>
        {gradeForm === null ? null : <GradeFormFields form={gradeForm} answers={answers} onChange={setAnswers} error={gradeErrors} />}
        <SignerFields name={name} onName={setName} arrtNumber={arrtNumber} onArrtNumber={setArrtNumber} fieldError={fieldError} />
        <label className="flex items-start gap-2">
          <input type="checkbox" checked={present} onChange={(e) => setPresent(e.target.checked)} className="mt-1" />
          <span>I was physically present when the student did this procedure.</span>
        </label>
        {sign.isError && fieldError('name').length === 0 && fieldError('arrtNumber').length === 0 && gradeErrors.length === 0 ? <ErrorAlert>{describeError(sign.error)}</ErrorAlert> : null}
        <button type="submit" className="btn btn-primary" disabled={!ready || sign.isPending}>
          Sign this entry
        </button>
      </form>
    </>
  );
}
