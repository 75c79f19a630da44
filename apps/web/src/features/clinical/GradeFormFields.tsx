import type { GradeForm } from '../../api/clinical-log-queries';
import { Field, Textarea } from '../../components/field';

/** What the signer has filled in: each criterion met (true), not met (false) or not answered yet. */
export interface GradeAnswers {
  readonly met: Readonly<Record<string, boolean>>;
  readonly comments: string;
}

export const noAnswers: GradeAnswers = { met: {}, comments: '' };

/** Every criterion answered: the form can be signed. */
export const gradeComplete = (form: GradeForm, answers: GradeAnswers): boolean => form.criteria.every((c) => answers.met[c.code] !== undefined);

/** Whether the attempt passes as filled in: every required criterion met. */
export const gradePasses = (form: GradeForm, answers: GradeAnswers): boolean => form.criteria.every((c) => !c.required || answers.met[c.code] === true);

/** The grade as the API takes it. */
export const gradeBody = (form: GradeForm, answers: GradeAnswers) => ({
  // The form's id lets the API refuse a grade filled in on a form the program has since replaced.
  form: form.id,
  criteria: form.criteria.map((c) => ({ code: c.code, met: answers.met[c.code] === true })),
  ...(answers.comments.trim() === '' ? {} : { comments: answers.comments }),
});

/**
 * The grade form of a competency attempt: each criterion met or not met, then comments. It says whose form it
 * is (Modality's default, not a regulation, or the program's own and its version) and whether the attempt passes as filled in.
 */
export function GradeFormFields({ form, answers, onChange, error }: { form: GradeForm; answers: GradeAnswers; onChange: (next: GradeAnswers) => void; error: readonly string[] }) {
  const complete = gradeComplete(form, answers);
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-3" data-testid="grade-form">
      <legend className="px-1 font-semibold">Competency grade: {form.name}</legend>
      <p className="text-sm text-slate-700">{form.note}</p>
      {form.criteria.map((c) => (
        <fieldset key={c.code} className="break-words">
          <legend className="font-medium">
            {c.label}
            {c.required ? null : <span className="font-normal text-slate-700"> (does not decide pass or fail)</span>}
          </legend>
          <div className="flex flex-wrap gap-4">
            {[true, false].map((met) => (
              <label key={String(met)} className="flex items-center gap-2">
                <input type="radio" name={`grade-${c.code}`} checked={answers.met[c.code] === met} onChange={() => onChange({ ...answers, met: { ...answers.met, [c.code]: met } })} />
                <span>{met ? 'Met' : 'Not met'}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <Field label="Comments (optional)" error={error}>
        <Textarea value={answers.comments} onChange={(e) => onChange({ ...answers, comments: e.target.value })} rows={3} />
      </Field>
      <p aria-live="polite" className="font-medium" data-testid="grade-outcome">
        {complete ? (gradePasses(form, answers) ? 'As filled in, the attempt passes.' : 'As filled in, the attempt does not pass: a required criterion is not met.') : 'Mark every criterion met or not met.'}
      </p>
    </fieldset>
  );
}
