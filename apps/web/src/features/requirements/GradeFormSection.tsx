import { useId, useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useProgramGradeForm, useSaveProgramGradeForm, type ProgramGradeForm } from '../../api/grade-form-queries';
import { Field, Input } from '../../components/field';
import { Card, ErrorAlert, Loading } from '../../components/page';

type Draft = { readonly key: number; readonly label: string; readonly required: boolean };

/** Whose form it is, in words. */
const formWords = (current: ProgramGradeForm): string =>
  current.usesDefault ? 'Your program has no grade form of its own: competency attempts are graded on Modality’s default form.' : `Competency attempts are graded on your program’s own form, version ${String(current.version ?? 1)}.`;

function CriteriaList({ current }: { current: ProgramGradeForm }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5 break-words" aria-label="Criteria of the grade form">
      {current.form.criteria.map((c) => (
        <li key={c.code}>
          {c.label} {c.required ? '(must be met to pass)' : '(does not decide pass or fail)'}
        </li>
      ))}
    </ul>
  );
}

/** The director's editor: criteria with their words and whether each must be met; saving makes a new version. */
function GradeFormEditor({ schoolId, current }: { schoolId: string; current: ProgramGradeForm }) {
  const save = useSaveProgramGradeForm(schoolId);
  const [drafts, setDrafts] = useState<readonly Draft[]>(current.form.criteria.map((c, i) => ({ key: i, label: c.label, required: c.required })));
  const [next, setNext] = useState(current.form.criteria.length);
  const id = useId();
  const errorsFor = (path: string) => (isApiProblem(save.error) ? save.error.fieldErrors.filter((e) => e.path === path).map((e) => e.message) : []);
  const change = (key: number, patch: Partial<Draft>) => setDrafts(drafts.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ criteria: drafts.map((d) => ({ label: d.label, required: d.required })) });
  };
  const saved = save.data ?? current;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-t`} data-testid="grade-form-editor">
      <h3 id={`${id}-t`} className="mt-3 font-semibold">
        Change the form
      </h3>
      <p className="text-sm text-slate-700">An attempt passes when every criterion marked “must be met to pass” is met. Grades already given keep the form they were given on.</p>
      <ol className="mt-2 space-y-3">
        {drafts.map((d, i) => (
          <li key={d.key} className="rounded-md border border-slate-300 p-3">
            <Field label={`Criterion ${String(i + 1)}`} error={errorsFor(`criteria[${String(i)}].label`)}>
              <Input value={d.label} onChange={(e) => change(d.key, { label: e.target.value })} />
            </Field>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <label className="flex items-center gap-2">
                <input type="checkbox" checked={d.required} onChange={(e) => change(d.key, { required: e.target.checked })} />
                <span>Must be met to pass</span>
              </label>
              <button type="button" className="btn btn-secondary text-sm" onClick={() => setDrafts(drafts.filter((x) => x.key !== d.key))}>
                Remove<span className="sr-only"> criterion {String(i + 1)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      {errorsFor('criteria').length > 0 ? <ErrorAlert>{errorsFor('criteria').join('; ')}</ErrorAlert> : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            setDrafts([...drafts, { key: next, label: '', required: true }]);
            setNext(next + 1);
          }}
        >
          Add a criterion
        </button>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          Save grade form
        </button>
      </div>
      <div aria-live="polite" className="mt-2">
        {save.isSuccess ? <p>Saved as version {String(saved.version ?? 1)}. Attempts signed from now on are graded on it.</p> : null}
        {save.isError && (!isApiProblem(save.error) || save.error.fieldErrors.length === 0) ? <ErrorAlert>{describeError(save.error)}</ErrorAlert> : null}
      </div>
    </form>
  );
}

/**
 * The competency grade form of the program, on the Requirements page: whose form it is now and its criteria;
 * the program director changes it, instructors read it.
 */
export function GradeFormSection({ schoolId, editable }: { schoolId: string; editable: boolean }) {
  const current = useProgramGradeForm(schoolId);
  const id = useId();
  if (current.isPending) return <Loading what="the grade form" />;
  if (current.isError) return <ErrorAlert>{describeError(current.error)}</ErrorAlert>;
  return (
    <Card className="mt-4">
      <section aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`} className="text-lg font-semibold">
          Competency grade form
        </h2>
        <p className="mt-1" data-testid="grade-form-whose">
          {formWords(current.data)}
        </p>
        <p className="mt-1 text-sm text-slate-700">{current.data.form.note}</p>
        <CriteriaList current={current.data} />
        {editable ? <GradeFormEditor key={current.data.form.id} schoolId={schoolId} current={current.data} /> : <p className="mt-2 text-sm text-slate-700">Only the program director changes the form.</p>}
      </section>
    </Card>
  );
}
