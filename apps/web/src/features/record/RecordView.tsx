import { findCredential } from '@modality/knowledge';
import type { ReactNode } from 'react';
import type { PersonRecordData } from '../../api/queries';
import { EmptyState } from '../../components/page';

const DASH = (
  <>
    <span aria-hidden="true">—</span>
    <span className="sr-only">not given</span>
  </>
);

function orDash(value: string | number | undefined): ReactNode {
  return value === undefined || value === '' ? DASH : value;
}

function credentialName(code: string): string {
  return findCredential(code)?.name ?? 'Not in the catalogue';
}

function credentialLabel(code: string): string {
  const entry = findCredential(code);
  return entry?.abbreviation !== undefined ? `${entry.name} — ${entry.abbreviation}` : (entry?.name ?? code);
}

const STATUS_STYLES: Readonly<Record<string, string>> = {
  active: 'bg-green-100 text-green-900 border-green-700',
  probation: 'bg-amber-100 text-amber-950 border-amber-700',
  lapsed: 'bg-red-100 text-red-900 border-red-700',
  retired: 'bg-slate-100 text-slate-900 border-slate-600',
};

function StatusBadge({ status }: { status: string | undefined }) {
  if (status === undefined) return DASH;
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STATUS_STYLES[status] ?? ''}`}
    >
      {status}
    </span>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-2 overflow-x-auto">{children}</div>
    </section>
  );
}

function sum(values: readonly (number | undefined)[]): number {
  return values.reduce<number>((total, v) => total + (v ?? 0), 0);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A person record, read-only: who, credentials, CE, clinical log, exams and education, as tables with
 * captions (they print as a CE transcript).
 */
export function RecordView({ record }: { record: PersonRecordData }) {
  const { person } = record;
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
          {person.country}
          {person.region === undefined ? null : ` (${person.region})`}
        </dd>
      </dl>

      <Section id="record-credentials" title="Credentials">
        {credentials.length === 0 ? (
          <EmptyState>No certifications, registrations or licences recorded.</EmptyState>
        ) : (
          <table className="data-table">
            <caption>{plural(credentials.length, 'credential', 'credentials')} held now or before</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Credential</th>
                <th scope="col">Earned</th>
                <th scope="col">Status</th>
                <th scope="col">CE cycle</th>
                <th scope="col">Expires</th>
                <th scope="col">Number</th>
              </tr>
            </thead>
            <tbody>
              {credentials.map((c, i) => (
                <tr key={`${c.credential}-${i}`}>
                  <th scope="row" className="font-mono font-semibold">
                    {c.credential}
                  </th>
                  <td>{credentialLabel(c.credential)}</td>
                  <td>{c.earnedOn}</td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td>{c.cycle === undefined ? DASH : `${c.cycle.start} to ${c.cycle.end}`}</td>
                  <td>{orDash(c.expiresOn)}</td>
                  <td>{orDash(c.number)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="record-ce" title="Continuing education">
        {ce.length === 0 ? (
          <EmptyState>No continuing-education activities recorded.</EmptyState>
        ) : (
          <table className="data-table">
            <caption>
              {plural(ce.length, 'activity', 'activities')}, {plural(ceCredits, 'credit', 'credits')} in all
            </caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Completed</th>
                <th scope="col" className="num">
                  Credits
                </th>
                <th scope="col">Category</th>
                <th scope="col">Kind</th>
                <th scope="col">Topics</th>
              </tr>
            </thead>
            <tbody>
              {ce.map((a, i) => (
                <tr key={`${a.title}-${a.completedOn}-${i}`}>
                  <th scope="row" className="font-medium">
                    {a.title}
                    {a.forCredential === undefined ? null : (
                      <span className="block text-xs font-normal text-slate-700">for {a.forCredential}</span>
                    )}
                  </th>
                  <td>{a.completedOn}</td>
                  <td className="num">
                    {a.credits ??
                      (a.semesterCredits !== undefined
                        ? `${a.semesterCredits} semester`
                        : a.quarterCredits !== undefined
                          ? `${a.quarterCredits} quarter`
                          : DASH)}
                  </td>
                  <td>{orDash(a.category)}</td>
                  <td>{orDash(a.kind)}</td>
                  <td>{a.topics === undefined || a.topics.length === 0 ? DASH : a.topics.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="record-clinical" title="Clinical log">
        {clinical.length === 0 ? (
          <EmptyState>No clinical procedures logged.</EmptyState>
        ) : (
          <table className="data-table">
            <caption>
              {plural(procedures, 'procedure', 'procedures')} in {plural(clinical.length, 'entry', 'entries')}
            </caption>
            <thead>
              <tr>
                <th scope="col">Procedure</th>
                <th scope="col">Performed</th>
                <th scope="col" className="num">
                  Count
                </th>
                <th scope="col" className="num">
                  Hours
                </th>
                <th scope="col">Verified by</th>
                <th scope="col">Simulated</th>
              </tr>
            </thead>
            <tbody>
              {clinical.map((c, i) => (
                <tr key={`${c.procedure}-${c.performedOn}-${i}`}>
                  <th scope="row" className="font-mono font-medium">
                    {c.procedure}
                  </th>
                  <td>{c.performedOn}</td>
                  <td className="num">{c.count ?? 1}</td>
                  <td className="num">{orDash(c.hours)}</td>
                  <td>{c.verifiedBy ?? 'Not verified'}</td>
                  <td>{c.simulated === true ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="record-exams" title="Exams">
        {exams.length === 0 ? (
          <EmptyState>No examinations recorded.</EmptyState>
        ) : (
          <table className="data-table">
            <caption>{plural(exams.length, 'examination', 'examinations')}</caption>
            <thead>
              <tr>
                <th scope="col">Exam</th>
                <th scope="col">Name</th>
                <th scope="col">Window opens</th>
                <th scope="col">Taken</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {exams.map((e, i) => (
                <tr key={`${e.exam}-${i}`}>
                  <th scope="row" className="font-mono font-medium">
                    {e.exam}
                  </th>
                  <td>{credentialName(e.exam)}</td>
                  <td>{orDash(e.windowStart)}</td>
                  <td>{orDash(e.takenOn)}</td>
                  <td>{orDash(e.result)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="record-education" title="Education">
        {education.length === 0 ? (
          <EmptyState>No programs or degrees recorded.</EmptyState>
        ) : (
          <table className="data-table">
            <caption>{plural(education.length, 'program or degree', 'programs and degrees')}</caption>
            <thead>
              <tr>
                <th scope="col">Discipline</th>
                <th scope="col">Kind</th>
                <th scope="col">Award</th>
                <th scope="col">Country</th>
                <th scope="col">Approved by</th>
                <th scope="col">Started</th>
                <th scope="col">Completed</th>
              </tr>
            </thead>
            <tbody>
              {education.map((e, i) => (
                <tr key={`${e.discipline}-${i}`}>
                  <th scope="row" className="font-medium">
                    {e.discipline}
                  </th>
                  <td>{e.kind}</td>
                  <td>{e.award}</td>
                  <td>{e.country}</td>
                  <td>
                    {e.approvedBy === undefined || e.approvedBy.length === 0 ? DASH : e.approvedBy.join(', ')}
                  </td>
                  <td>{orDash(e.startedOn)}</td>
                  <td>{orDash(e.completedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </div>
  );
}
