import { describeError } from '../../api/client';
import { useDecideTimeException, useSchoolHourWarnings, useTimeExceptions } from '../../api/time-queries';
import { EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { HourWarnings } from './HourWarnings';
import { TimeExceptionItem, timeOf } from './TimeExceptionItem';

/** Instructors and the program director: time records waiting for a decision, and the students' hour warnings. */
export function TimeReviewPage() {
  const exceptions = useTimeExceptions();
  const warnings = useSchoolHourWarnings();
  const decide = useDecideTimeException();
  return (
    <>
      <PageHeading title="Students’ time" />
      <h2 className="mt-4 text-lg font-semibold">Waiting for your decision</h2>
      {exceptions.isPending ? (
        <Loading what="time exceptions" />
      ) : exceptions.isError ? (
        <ErrorAlert>{describeError(exceptions.error)}</ErrorAlert>
      ) : exceptions.data.exceptions.length === 0 ? (
        <EmptyState>No time record is waiting for a decision.</EmptyState>
      ) : (
        <ul aria-label="Time records waiting for a decision" className="mt-2 space-y-3">
          {exceptions.data.exceptions.map((e) => (
            <TimeExceptionItem key={e.id} e={e} decide={decide} />
          ))}
        </ul>
      )}
      {decide.isError ? <ErrorAlert>{describeError(decide.error)}</ErrorAlert> : null}
      {decide.isSuccess ? (
        <p role="status" className="mt-2">
          {decide.data.decision?.decision === 'approved' ? 'Approved' : 'Rejected'}: {decide.data.student.name}’s time on {timeOf(decide.data.clockInAt)}.
        </p>
      ) : null}
      <h2 className="mt-6 text-lg font-semibold">Hour limits of your students</h2>
      {warnings.isPending ? (
        <Loading what="hour warnings" />
      ) : warnings.isError ? (
        <ErrorAlert>{describeError(warnings.error)}</ErrorAlert>
      ) : warnings.data.students.length === 0 ? (
        <EmptyState>No student breaks an hour limit, or is planned to.</EmptyState>
      ) : (
        warnings.data.students.map((s) => (
          <section key={s.student.name} className="mt-3" aria-label={`Hour limits of ${s.student.name}`}>
            <h3 className="font-semibold break-words">{s.student.name}</h3>
            <div className="mt-1">
              <HourWarnings warnings={s.warnings} label={`Hour limit warnings of ${s.student.name}`} />
            </div>
          </section>
        ))
      )}
    </>
  );
}
