import type { RecordSectionName } from '@modality/contracts';
import type { ReactNode } from 'react';
import type { PersonRecordData } from '../../api/queries';
import type { DisplayNames } from '../../catalogue/display-names';
import { useDisplayNames } from '../../catalogue/use-display-names';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/page';
import { Section } from '../../components/section';
import { StatusBadge, type Tone } from '../../components/status-badge';
import { ceTopicName, disciplineName, procedureName } from '@modality/contracts';

type RecordCredential = NonNullable<PersonRecordData['credentials']>[number];
type CeActivity = NonNullable<PersonRecordData['ce']>[number];
type ClinicalEntry = NonNullable<PersonRecordData['clinical']>[number];
type Exam = NonNullable<PersonRecordData['exams']>[number];
type Education = NonNullable<PersonRecordData['education']>[number];
type CredentialStatus = NonNullable<RecordCredential['status']>;

const DASH = (
  <>
    <span aria-hidden="true">—</span>
    <span className="sr-only">not given</span>
  </>
);

function orDash(value: string | number | undefined): ReactNode {
  return value === undefined || value === '' ? DASH : value;
}

const STATUS_TONES: Readonly<Record<CredentialStatus, Tone>> = {
  active: 'good',
  probation: 'warning',
  lapsed: 'bad',
  retired: 'neutral',
};

function sum(values: readonly (number | undefined)[]): number {
  return values.reduce<number>((total, v) => total + (v ?? 0), 0);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const credentialColumns = (names: DisplayNames): readonly Column<RecordCredential>[] => [
  { header: 'Credential', className: 'font-semibold', cell: (c) => names.credential(c.credential, { abbreviation: true }) },
  { header: 'Earned', cell: (c) => c.earnedOn },
  {
    header: 'Status',
    cell: (c) =>
      c.status === undefined ? DASH : <StatusBadge tone={STATUS_TONES[c.status]}>{c.status}</StatusBadge>,
  },
  { header: 'CE cycle', cell: (c) => (c.cycle === undefined ? DASH : `${c.cycle.start} to ${c.cycle.end}`) },
  { header: 'Expires', cell: (c) => orDash(c.expiresOn) },
  { header: 'Number', cell: (c) => orDash(c.number) },
];

const ceColumns = (names: DisplayNames): readonly Column<CeActivity>[] => [
  {
    header: 'Title',
    className: 'font-medium',
    cell: (a) => (
      <>
        {a.title}
        {a.forCredential === undefined ? null : (
          <span className="block text-xs font-normal text-slate-700">for {names.credential(a.forCredential)}</span>
        )}
      </>
    ),
  },
  { header: 'Completed', cell: (a) => a.completedOn },
  {
    header: 'Credits',
    numeric: true,
    cell: (a) =>
      a.credits ??
      (a.semesterCredits !== undefined
        ? `${a.semesterCredits} semester`
        : a.quarterCredits !== undefined
          ? `${a.quarterCredits} quarter`
          : DASH),
  },
  { header: 'Category', cell: (a) => orDash(a.category) },
  { header: 'Kind', cell: (a) => orDash(a.kind) },
  {
    header: 'Topics',
    cell: (a) => (a.topics === undefined || a.topics.length === 0 ? DASH : a.topics.map(ceTopicName).join(', ')),
  },
];

const CLINICAL_COLUMNS: readonly Column<ClinicalEntry>[] = [
  { header: 'Procedure', className: 'font-medium', cell: (c) => procedureName(c.procedure) },
  { header: 'Performed', cell: (c) => c.performedOn },
  { header: 'Count', numeric: true, cell: (c) => c.count ?? 1 },
  { header: 'Hours', numeric: true, cell: (c) => orDash(c.hours) },
  { header: 'Verified by', cell: (c) => c.verifiedBy ?? 'Not verified' },
  { header: 'Simulated', cell: (c) => (c.simulated === true ? 'Yes' : 'No') },
];

const examColumns = (names: DisplayNames): readonly Column<Exam>[] => [
  { header: 'Exam', className: 'font-medium', cell: (e) => names.credential(e.exam) },
  { header: 'Window opens', cell: (e) => orDash(e.windowStart) },
  { header: 'Taken', cell: (e) => orDash(e.takenOn) },
  { header: 'Result', cell: (e) => orDash(e.result) },
];

const EDUCATION_COLUMNS: readonly Column<Education>[] = [
  { header: 'Discipline', className: 'font-medium', cell: (e) => disciplineName(e.discipline) },
  { header: 'Kind', cell: (e) => e.kind },
  { header: 'Award', cell: (e) => e.award },
  { header: 'Country', cell: (e) => e.country },
  {
    header: 'Approved by',
    // The accrediting bodies' codes are their acronyms (JRCERT, JRCNMT, CAAHEP), written as the bodies write them.
    cell: (e) => (e.approvedBy === undefined || e.approvedBy.length === 0 ? DASH : e.approvedBy.map((a) => a.toUpperCase()).join(', ')),
  },
  { header: 'Started', cell: (e) => orDash(e.startedOn) },
  { header: 'Completed', cell: (e) => orDash(e.completedOn) },
];

/** What the record page adds when the viewer may change the record: per-row actions and a form per section. */
export interface RecordEditing {
  /**
   * The last cell of an entry's row ("Change", "Delete"), for the entry with this id (none: an entry the
   * record forms do not change, e.g. a signed clinical-log entry); `label` names it for a screen reader.
   */
  readonly rowActions: (section: RecordSectionName, entryId: string | undefined, label: string) => ReactNode;
  /** Shown at the end of a section: its "Add" button, or the open form. */
  readonly sectionEnd: (section: RecordSectionName) => ReactNode;
  /** Shown under who the record is about: a "Change" button, or the open form. */
  readonly personEnd: ReactNode;
}

/** The columns with an actions column appended when the record can be changed. */
function withActions<Row extends { readonly id?: string | undefined }>(
  columns: readonly Column<Row>[],
  editing: RecordEditing | undefined,
  section: RecordSectionName,
  label: (row: Row) => string,
): readonly Column<Row>[] {
  if (editing === undefined) return columns;
  return [
    ...columns,
    { header: 'Change', className: 'no-print', cell: (row) => editing.rowActions(section, row.id, label(row)) },
  ];
}

/**
 * A person record, read-only unless `editing` is given: who, credentials, CE, clinical log, exams and education, as tables with
 * captions (they print as a CE transcript).
 */
export function RecordView({ record, editing }: { record: PersonRecordData; editing?: RecordEditing }) {
  const { person } = record;
  const names = useDisplayNames();
  const credentials = record.credentials ?? [];
  const ce = record.ce ?? [];
  const clinical = record.clinical ?? [];
  const exams = record.exams ?? [];
  const education = record.education ?? [];
  const ceCredits = sum(ce.map((a) => a.credits));
  const procedures = sum(clinical.map((c) => c.count ?? 1));

  return (
    <div>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-semibold">Name</dt>
        <dd>{person.name}</dd>
        <dt className="font-semibold">Born</dt>
        <dd>{person.birthDate}</dd>
        <dt className="font-semibold">Lives in</dt>
        <dd>
          {person.region === undefined ? person.country : `${names.jurisdiction(person.region)}, ${person.country}`}
        </dd>
      </dl>
      {editing?.personEnd}

      <Section id="record-credentials" title="Credentials">
        {credentials.length === 0 ? (
          <EmptyState>No certifications, registrations or licences recorded.</EmptyState>
        ) : (
          <DataTable
            caption={`${plural(credentials.length, 'credential', 'credentials')} held now or before`}
            rows={credentials}
            rowKey={(c, i) => `${c.credential}-${i}`}
            columns={withActions(credentialColumns(names), editing, 'credentials', (c) =>
              names.credential(c.credential),
            )}
          />
        )}
        {editing?.sectionEnd('credentials')}
      </Section>

      <Section id="record-ce" title="Continuing education">
        {ce.length === 0 ? (
          <EmptyState>No continuing-education activities recorded.</EmptyState>
        ) : (
          <DataTable
            caption={`${plural(ce.length, 'activity', 'activities')}, ${plural(ceCredits, 'credit', 'credits')} in all`}
            rows={ce}
            rowKey={(a, i) => `${a.title}-${a.completedOn}-${i}`}
            columns={withActions(ceColumns(names), editing, 'ce', (a) => a.title)}
          />
        )}
        {editing?.sectionEnd('ce')}
      </Section>

      <Section id="record-clinical" title="Clinical log">
        {clinical.length === 0 ? (
          <EmptyState>No clinical procedures logged.</EmptyState>
        ) : (
          <DataTable
            caption={`${plural(procedures, 'procedure', 'procedures')} in ${plural(clinical.length, 'entry', 'entries')}`}
            rows={clinical}
            rowKey={(c, i) => `${c.procedure}-${c.performedOn}-${i}`}
            columns={withActions(CLINICAL_COLUMNS, editing, 'clinical', (c) => procedureName(c.procedure))}
          />
        )}
        {editing?.sectionEnd('clinical')}
      </Section>

      <Section id="record-exams" title="Exams">
        {exams.length === 0 ? (
          <EmptyState>No examinations recorded.</EmptyState>
        ) : (
          <DataTable
            caption={plural(exams.length, 'examination', 'examinations')}
            rows={exams}
            rowKey={(e, i) => `${e.exam}-${i}`}
            columns={withActions(examColumns(names), editing, 'exams', (e) => names.credential(e.exam))}
          />
        )}
        {editing?.sectionEnd('exams')}
      </Section>

      <Section id="record-education" title="Education">
        {education.length === 0 ? (
          <EmptyState>No programs or degrees recorded.</EmptyState>
        ) : (
          <DataTable
            caption={plural(education.length, 'program or degree', 'programs and degrees')}
            rows={education}
            rowKey={(e, i) => `${e.discipline}-${i}`}
            columns={withActions(
              EDUCATION_COLUMNS,
              editing,
              'education',
              (e) => `${disciplineName(e.discipline)} ${e.award}`,
            )}
          />
        )}
        {editing?.sectionEnd('education')}
      </Section>
    </div>
  );
}
