import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useLogPostprimaryEntry, usePostprimaryProgress, type PostprimaryDiscipline } from '../../api/postprimary-queries';
import { Field, Input, Select } from '../../components/field';
import { ErrorAlert, Loading } from '../../components/page';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Logs a procedure of the discipline: the day, the facility and the procedure by its name. Nothing about the
 * patient is asked, and there is nowhere to type it.
 */
export function PostprimaryEntryForm({ discipline }: { discipline: PostprimaryDiscipline }) {
  const progress = usePostprimaryProgress(discipline);
  const log = useLogPostprimaryEntry();
  const [performedOn, setPerformedOn] = useState(today);
  const [facility, setFacility] = useState('');
  const [procedure, setProcedure] = useState('');
  const fieldError = (path: string) => (isApiProblem(log.error) ? log.error.fieldErrors.filter((e) => e.path === path).map((e) => e.message) : []);

  if (progress.isPending) return <Loading what="the form" />;
  if (progress.isError) return <ErrorAlert>{describeError(progress.error)}</ErrorAlert>;
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    log.mutate({ discipline, performedOn, facility, procedure }, { onSuccess: () => setProcedure('') });
  };
  const otherErrors = isApiProblem(log.error) && log.error.fieldErrors.length === 0;
  return (
    <form className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2" onSubmit={onSubmit} noValidate>
      <Field label="Date" error={fieldError('performedOn')}>
        <Input type="date" value={performedOn} max={today()} onChange={(e) => setPerformedOn(e.target.value)} required />
      </Field>
      <Field label="Facility" hint="Where you did it; the clinical supervisor who reviews it works there." error={fieldError('facility')}>
        <Input value={facility} onChange={(e) => setFacility(e.target.value)} autoComplete="organization" required />
      </Field>
      <Field label="Procedure" error={fieldError('procedure')} className="md:col-span-2">
        <Select value={procedure} onChange={(e) => setProcedure(e.target.value)} required>
          <option value="">Choose a procedure…</option>
          {progress.data.requirements.procedures.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <p className="text-sm text-slate-700 md:col-span-2">Do not write anything about the patient: the log keeps only the procedure, the day and the facility.</p>
      {log.isError && (otherErrors || !isApiProblem(log.error)) ? <ErrorAlert>{describeError(log.error)}</ErrorAlert> : null}
      {log.isSuccess ? (
        <p role="status" className="md:col-span-2">
          Logged: {log.data.procedureName} on {log.data.performedOn}. Ask a technologist to verify it below.
        </p>
      ) : null}
      <div className="md:col-span-2">
        <button type="submit" className="btn btn-primary" disabled={procedure === '' || facility.trim() === '' || log.isPending}>
          Log this procedure
        </button>
      </div>
    </form>
  );
}
