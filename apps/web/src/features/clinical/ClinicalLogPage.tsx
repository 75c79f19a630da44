import { useClinicalEntries } from '../../api/clinical-log-queries';
import { describeError } from '../../api/client';
import { EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { Section } from '../../components/section';
import { AskForSignature } from './AskForSignature';
import { ClinicalEntrySummary } from './ClinicalEntryItem';
import { ClinicalProgressView } from './ClinicalProgressView';
import { EntryActions } from './EntryActions';
import { LogEntryForm } from './LogEntryForm';

/**
 * The student's clinical log: log a procedure, see each entry with who signed it (or ask for a signature,
 * by a link, its QR code or a mail), and progress against the requirement set.
 */
export function ClinicalLogPage() {
  const entries = useClinicalEntries();
  const newestFirst = [...(entries.data?.entries ?? [])].reverse();
  return (
    <>
      <PageHeading title="My clinical log" />
      <Section title="Log a procedure">
        <LogEntryForm />
      </Section>
      <Section title="Your entries">
        <p className="mt-1 text-sm text-slate-700">
          You can change or delete an entry until it is signed; a signed entry can no longer be changed. A competency attempt that did not pass stays here but does
          not count toward your progress. Newest first.
        </p>
        {entries.isPending ? <Loading what="your entries" /> : null}
        {entries.isError ? <ErrorAlert>{describeError(entries.error)}</ErrorAlert> : null}
        {entries.isSuccess && newestFirst.length === 0 ? <EmptyState>Nothing logged yet.</EmptyState> : null}
        <ul className="mt-3 space-y-3" aria-label="Your clinical log entries">
          {newestFirst.map((entry) => (
            <li key={entry.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="clinical-entry">
              <ClinicalEntrySummary entry={entry} />
              <EntryActions entry={entry} />
              {entry.signedBy === null ? <AskForSignature key={entry.editedAt ?? entry.loggedAt} entryId={entry.id} procedureName={entry.procedureName} /> : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Progress">
        <ClinicalProgressView />
      </Section>
    </>
  );
}
