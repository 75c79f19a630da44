import type { CohortStudent } from '@modality/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useRecordLeaver } from '../../api/cohort-queries';
import { Field, Input, Select } from '../../components/field';
import { Card, ErrorAlert } from '../../components/page';

const fieldError = (error: unknown, path: string): string | undefined =>
  isApiProblem(error) ? error.fieldErrors.find((e) => e.path === path)?.message : undefined;

const OUTCOME_WORDS = { graduated: 'Graduated', withdrew: 'Withdrew' } as const;
type Outcome = keyof typeof OUTCOME_WORDS;

/**
 * The program director records that a student graduated or withdrew: the student leaves the cohort and
 * counts in the completion (and, for a graduate, placement) figures.
 */
export function LeaverForm({ schoolId, students }: { schoolId: string; students: readonly CohortStudent[] }) {
  const record = useRecordLeaver(schoolId);
  const id = useId();
  const [userId, setUserId] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('graduated');
  const [leftOn, setLeftOn] = useState('');
  const [employedOn, setEmployedOn] = useState('');
  const [notSeeking, setNotSeeking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = students.find((s) => s.userId === userId)?.name ?? 'The student';
    const graduate = outcome === 'graduated';
    record.mutate(
      { userId, outcome, leftOn, ...(graduate && employedOn !== '' ? { employedOn } : {}), ...(graduate && notSeeking ? { notSeeking } : {}) },
      {
        onSuccess: (r) => {
          setDone(`${name} ${r.outcome === 'graduated' ? 'graduated' : 'withdrew'} on ${r.leftOn}: no longer a current student; the figures below count them.`);
          setUserId('');
          setEmployedOn('');
          setNotSeeking(false);
        },
      },
    );
  };
  const paths = ['userId', 'outcome', 'leftOn', 'employedOn', 'notSeeking'];
  const other = record.isError && paths.every((p) => fieldError(record.error, p) === undefined);
  return (
    <Card className="mt-4">
      <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-t`}>
        <h2 id={`${id}-t`} className="text-lg font-semibold">
          Record that a student left the program
        </h2>
        <p className="mt-1 text-sm text-slate-700">They stop being a member of the school; their record and signed clinical log stay theirs.</p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <Field label="Student" error={fieldError(record.error, 'userId')}>
            <Select value={userId} onChange={(e) => setUserId(e.target.value)}>
              <option value="">Choose a student</option>
              {students.map((s) => (
                <option key={s.userId} value={s.userId}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
          <fieldset>
            <legend className="font-medium">Why they left</legend>
            {(['graduated', 'withdrew'] as const).map((o) => (
              <label key={o} className="mr-4 inline-flex items-center gap-2">
                <input type="radio" name={`${id}-outcome`} value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
                {OUTCOME_WORDS[o]}
              </label>
            ))}
          </fieldset>
          <Field label="Day they left" error={fieldError(record.error, 'leftOn')}>
            <Input type="date" value={leftOn} onChange={(e) => setLeftOn(e.target.value)} />
          </Field>
          {outcome === 'graduated' ? (
            <>
              <Field label="Started work on (if known)" hint="for the job placement rate" error={fieldError(record.error, 'employedOn')}>
                <Input type="date" value={employedOn} onChange={(e) => setEmployedOn(e.target.value)} />
              </Field>
              <label className="flex items-center gap-2 sm:col-span-2">
                <input type="checkbox" checked={notSeeking} onChange={(e) => setNotSeeking(e.target.checked)} />
                Not actively seeking work (not counted in the placement rate)
              </label>
            </>
          ) : null}
        </div>
        <button type="submit" className="btn mt-3" disabled={record.isPending}>
          Record leaving
        </button>
        <div aria-live="polite" className="mt-2">
          {done === null ? null : <p role="status">{done}</p>}
          {other ? <ErrorAlert>{describeError(record.error)}</ErrorAlert> : null}
        </div>
      </form>
    </Card>
  );
}
