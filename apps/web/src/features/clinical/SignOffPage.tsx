import { useState } from 'react';
import { useEntriesToSign, useSignInApp, type EntryToSign } from '../../api/clinical-log-queries';
import { describeError, isApiProblem } from '../../api/client';
import { useMe } from '../../api/queries';
import { Field, Input } from '../../components/field';
import { EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { ClinicalEntrySummary } from './ClinicalEntryItem';
import { gradeBody, gradeComplete, GradeFormFields, noAnswers, type GradeAnswers } from './GradeFormFields';

/** One unsigned entry with its signing form: the statement of presence, an optional ARRT number. */
function EntryToSignItem({ item, signerName, onSigned }: { item: EntryToSign; signerName: string; onSigned: (words: string) => void }) {
  const sign = useSignInApp();
  const [present, setPresent] = useState(false);
  const [arrtNumber, setArrtNumber] = useState('');
  const [answers, setAnswers] = useState<GradeAnswers>(noAnswers);
  const form = item.gradeForm;
  const ready = present && (form === null || gradeComplete(form, answers));
  const gradeErrors = isApiProblem(sign.error) ? sign.error.fieldErrors.filter((e) => e.path.startsWith('grade')).map((e) => e.message) : [];
  const arrtError = isApiProblem(sign.error) ? sign.error.fieldErrors.filter((e) => e.path === 'arrtNumber').map((e) => e.message) : [];
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3" data-testid="entry-to-sign">
      <p className="break-words">
        <strong>{item.studentName}</strong> · {item.schoolName}
      </p>
      <ClinicalEntrySummary entry={item.entry} />
      <form
        className="mt-3 space-y-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready) return;
          sign.mutate(
            { entryId: item.entry.id, arrtNumber, ...(form === null ? {} : { grade: gradeBody(form, answers) }) },
            { onSuccess: (entry) => onSigned(`You signed ${entry.procedureName} for ${item.studentName}.`) },
          );
        }}
      >
        {form === null ? null : <GradeFormFields form={form} answers={answers} onChange={setAnswers} error={gradeErrors} />}
        <label className="flex items-start gap-2">
          <input type="checkbox" checked={present} onChange={(e) => setPresent(e.target.checked)} className="mt-1" />
          <span>I was physically present when {item.studentName} did this procedure.</span>
        </label>
        <Field label="Your ARRT ID number (optional)" error={arrtError}>
          <Input value={arrtNumber} onChange={(e) => setArrtNumber(e.target.value)} inputMode="numeric" />
        </Field>
        {sign.isError && arrtError.length === 0 && gradeErrors.length === 0 ? <ErrorAlert>{describeError(sign.error)}</ErrorAlert> : null}
        <button type="submit" className="btn btn-primary" disabled={!ready || sign.isPending}>
          Sign as {signerName}
        </button>
      </form>
    </li>
  );
}

/**
 * For a clinical instructor or program director: the unsigned entries of their schools' students, each
 * signed in the app as themselves. A signed entry leaves the list and can no longer be changed.
 */
export function SignOffPage() {
  const me = useMe();
  const toSign = useEntriesToSign();
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <PageHeading title="Sign clinical entries" />
      <p className="mt-2">Entries your students logged and nobody has signed yet, oldest first. Sign only what you saw.</p>
      {done === null ? null : (
        <p role="status" className="mt-3 rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {done}
        </p>
      )}
      {toSign.isPending ? <Loading what="the entries to sign" /> : null}
      {toSign.isError ? <ErrorAlert>{describeError(toSign.error)}</ErrorAlert> : null}
      {toSign.isSuccess && toSign.data.entries.length === 0 ? <EmptyState>No entry is waiting for a signature.</EmptyState> : null}
      <ul className="mt-4 space-y-3" aria-label="Entries waiting for a signature">
        {toSign.data?.entries.map((item) => <EntryToSignItem key={item.entry.id} item={item} signerName={me.user.name} onSigned={setDone} />)}
      </ul>
    </>
  );
}
