import type { Cohort, CohortStudent, ProgramEffectiveness } from '@modality/contracts';
import { Link } from '@tanstack/react-router';
import { describeError } from '../../api/client';
import { useCohort, useProgramEffectiveness } from '../../api/cohort-queries';
import { useMe } from '../../api/queries';
import { DataTable, type Column } from '../../components/data-table';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { LeaverForm } from './LeaverForm';

type Rate = ProgramEffectiveness['figures']['fiveYear']['passRate'];
type Year = ProgramEffectiveness['figures']['years'][number];

/** "8 of 10 (80%)", or "not enough data" when nobody counts. */
export function describeRate(r: Rate): string {
  return r.rate === null ? 'not enough data (no one to count)' : `${r.numerator} of ${r.denominator} (${Math.round(r.rate * 100)}%)`;
}

const DISCIPLINE_WORDS: Readonly<Record<string, string>> = {
  radiography: 'Radiography',
  sonography: 'Sonography',
  'nuclear-medicine': 'Nuclear medicine',
  mri: 'Magnetic resonance imaging',
  'radiation-therapy': 'Radiation therapy',
};

const studentColumns: readonly Column<CohortStudent>[] = [
  { header: 'Student', cell: (s) => s.name },
  { header: 'Program', cell: (s) => (s.discipline === null ? 'not in the record' : (DISCIPLINE_WORDS[s.discipline] ?? 'Other')) },
  {
    header: 'Competencies signed',
    cell: (s) =>
      s.progress === null
        ? 'not counted: the program’s requirement set is for another discipline'
        : s.progress.required === null
          ? `${s.progress.done} (requirement not confirmed)`
          : `${s.progress.done} of ${s.progress.required}${s.progress.complete ? ', complete' : ''}`,
  },
  { header: 'Waiting for a signature', cell: (s) => String(s.unsignedEntries), numeric: true },
  { header: 'Expected to finish', cell: (s) => s.expectedCompletionOn ?? 'unknown' },
  {
    header: 'At risk because',
    cell: (s) =>
      s.risks.length === 0 ? (
        'nothing flagged'
      ) : (
        <ul className="list-disc pl-5">
          {s.risks.map((r) => (
            <li key={r.code}>{r.words}</li>
          ))}
        </ul>
      ),
  },
];

const yearColumns: readonly Column<Year>[] = [
  { header: 'Graduation year', cell: (y) => String(y.year) },
  {
    header: 'First-attempt pass within 6 months',
    cell: (y) => `${describeRate(y.passRate)}${y.passPending > 0 ? `; ${y.passPending} still within six months` : ''}${y.noAttemptInWindow > 0 ? `; ${y.noAttemptInWindow} with no attempt in time, not counted` : ''}`,
  },
  {
    header: 'Job placement within 12 months',
    cell: (y) => `${describeRate(y.placementRate)}${y.placementPending > 0 ? `; ${y.placementPending} still within twelve months` : ''}${y.notSeeking > 0 ? `; ${y.notSeeking} not seeking, not counted` : ''}`,
  },
  { header: 'Completion', cell: (y) => describeRate(y.completionRate) },
];

function CohortTable({ cohort }: { cohort: Cohort }) {
  return (
    <Card className="mt-4">
      <h2 className="text-lg font-semibold">Current students</h2>
      <p className="mt-1 text-sm text-slate-700">
        Competencies are counted against “{cohort.requirementSet.name}”, the set your program chose. {cohort.requirementSet.flag}
      </p>
      <p className="mt-1 text-sm text-slate-700" data-testid="cohort-requirements">
        {cohort.requirementSet.simulationCap === null ? 'No cap on simulated competencies is set.' : `Simulated competencies count up to ${String(cohort.requirementSet.simulationCap)}.`}{' '}
        {cohort.requirementSet.localRequirements === 0
          ? 'The program adds no requirements of its own.'
          : `The program adds ${String(cohort.requirementSet.localRequirements)} requirement${cohort.requirementSet.localRequirements === 1 ? '' : 's'} of its own.`}{' '}
        <Link to="/requirements" className="underline">
          Requirements
        </Link>
      </p>
      {cohort.students.length === 0 ? (
        <EmptyState>No current students.</EmptyState>
      ) : (
        <DataTable caption="Current students and what puts them at risk" rows={cohort.students} rowKey={(s, i) => `${s.name}-${String(i)}`} columns={studentColumns} />
      )}
      <details className="mt-3 text-sm text-slate-700">
        <summary>How risks are flagged (Modality&apos;s own rules of thumb, not a regulation)</summary>
        <ul className="mt-2 list-disc pl-5">
          <li>Behind pace: the share of competencies signed trails the share of program time gone by more than {Math.round(cohort.rules.paceMargin * 100)} points. Without an end date in the record, a program is assumed to last {cohort.rules.defaultProgramMonths} months.</li>
          <li>Exam window soon: a window opens within {cohort.rules.examWindowDays} days and competencies are still missing.</li>
          <li>Quiet log: nothing logged for more than {cohort.rules.quietDays} days.</li>
          <li>Unsigned: an entry has waited more than {cohort.rules.unsignedDays} days for a signature.</li>
        </ul>
      </details>
    </Card>
  );
}

function EffectivenessCard({ data }: { data: ProgramEffectiveness }) {
  const five = data.figures.fiveYear;
  return (
    <Card className="mt-4">
      <h2 className="text-lg font-semibold">Program effectiveness (JRCERT)</h2>
      <dl className="mt-2 grid gap-2">
        <div>
          <dt className="font-medium">
            Five-year credentialing exam pass rate, first attempt ({five.firstYear}–{five.lastYear})
          </dt>
          <dd data-testid="five-year-pass">{describeRate(five.passRate)}</dd>
        </div>
        <div>
          <dt className="font-medium">
            Five-year job placement rate ({five.firstYear}–{five.lastYear})
          </dt>
          <dd data-testid="five-year-placement">{describeRate(five.placementRate)}</dd>
        </div>
      </dl>
      <p className="mt-2 text-sm text-slate-700">
        Programs quote a benchmark of {Math.round(data.benchmark.rate * 100)}% for both. {data.benchmark.flag}
      </p>
      <DataTable caption="Each graduation year, with sample sizes" rows={data.figures.years} rowKey={(y) => y.year} columns={yearColumns} />
      {data.leaversWithoutRecord > 0 ? <p className="mt-2 text-sm">{data.leaversWithoutRecord} former students no longer have a record here and are not counted.</p> : null}
      <h3 className="mt-4 font-semibold">What the figures mean, and what is not confirmed</h3>
      <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
        {data.definitions.map((d) => (
          <li key={d.figure}>
            {d.meaning} Source: <a href={d.sourceUrl}>JRCERT program effectiveness FAQ</a>, read {d.readOn}
            {d.confidence === 'unconfirmed' ? ' (not confirmed)' : ''}. {d.modalityChoices.join(' ')}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function SchoolSection({ schoolId }: { schoolId: string }) {
  const me = useMe();
  const director = me.memberships.some((m) => m.organisationId === schoolId && m.role === 'program_director');
  const cohort = useCohort(schoolId);
  const effectiveness = useProgramEffectiveness(schoolId);
  return (
    <section className="mt-6">
      {cohort.isPending ? (
        <Loading what="the cohort" />
      ) : cohort.isError ? (
        <ErrorAlert>The cohort could not be loaded. {describeError(cohort.error)}</ErrorAlert>
      ) : (
        <>
          <h2 className="text-xl font-semibold">{cohort.data.school}</h2>
          <CohortTable cohort={cohort.data} />
          {director && cohort.data.students.length > 0 ? <LeaverForm schoolId={schoolId} students={cohort.data.students} /> : null}
        </>
      )}
      {effectiveness.isPending ? (
        <Loading what="the program effectiveness figures" />
      ) : effectiveness.isError ? (
        <ErrorAlert>The figures could not be loaded. {describeError(effectiveness.error)}</ErrorAlert>
      ) : (
        <EffectivenessCard data={effectiveness.data} />
      )}
    </section>
  );
}

/** The program director's and instructors' view of their school: the cohort and the JRCERT figures. */
export function CohortPage() {
  const me = useMe();
  return (
    <>
      <PageHeading title="Cohort and program effectiveness" />
      {me.can.cohortOf.length === 0 ? (
        <div className="mt-4">
          <EmptyState>Only a school&apos;s program director and instructors see its cohort.</EmptyState>
        </div>
      ) : (
        me.can.cohortOf.map((id) => <SchoolSection key={id} schoolId={id} />)
      )}
    </>
  );
}
