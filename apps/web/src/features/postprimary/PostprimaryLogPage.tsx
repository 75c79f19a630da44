import { useState } from 'react';
import { describeError } from '../../api/client';
import { usePostprimaryEntries, type PostprimaryDiscipline } from '../../api/postprimary-queries';
import { Field, Select } from '../../components/field';
import { EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { Section } from '../../components/section';
import { AskForPostprimaryLink } from './AskForPostprimaryLink';
import { PostprimaryEntryForm } from './PostprimaryEntryForm';
import { PostprimaryProgressView } from './PostprimaryProgressView';
import { DISCIPLINE_WORDS, statusWords } from './postprimary-words';

/**
 * A registered technologist's postprimary clinical experience log (CT, MR): log a procedure, have a
 * technologist verify it and then the clinical supervisor at the same facility review it, and see progress.
 */
export function PostprimaryLogPage() {
  const [discipline, setDiscipline] = useState<PostprimaryDiscipline>('ct');
  const entries = usePostprimaryEntries(discipline);
  const newestFirst = [...(entries.data?.entries ?? [])].reverse();
  return (
    <>
      <PageHeading title="Postprimary clinical experience" />
      <div className="mt-4 max-w-md">
        <Field label="Discipline">
          <Select value={discipline} onChange={(e) => setDiscipline(e.target.value === 'mr' ? 'mr' : 'ct')}>
            {(Object.keys(DISCIPLINE_WORDS) as PostprimaryDiscipline[]).map((d) => (
              <option key={d} value={d}>
                {DISCIPLINE_WORDS[d]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Section title="Log a procedure">
        <PostprimaryEntryForm key={discipline} discipline={discipline} />
      </Section>
      <Section title="Your procedures">
        <p className="mt-1 text-sm text-slate-700">
          Each procedure is verified by a registered technologist, then reviewed by the clinical supervisor at the same facility. A verified entry can no longer be changed. Newest
          first.
        </p>
        {entries.isPending ? <Loading what="your procedures" /> : null}
        {entries.isError ? <ErrorAlert>{describeError(entries.error)}</ErrorAlert> : null}
        {entries.isSuccess && newestFirst.length === 0 ? <EmptyState>Nothing logged yet.</EmptyState> : null}
        <ul className="mt-3 space-y-3" aria-label="Your postprimary procedures">
          {newestFirst.map((entry) => (
            <li key={entry.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="postprimary-entry">
              <p className="font-medium break-words">
                {entry.procedureName}, {entry.performedOn}
              </p>
              <p className="text-sm break-words">{entry.facility}</p>
              <p className="text-sm text-slate-700">{statusWords(entry)}</p>
              {entry.reviewedBy === null ? <AskForPostprimaryLink entry={entry} /> : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Progress">
        <PostprimaryProgressView discipline={discipline} />
      </Section>
    </>
  );
}
