import { useState } from 'react';
import { useClinicalEntryHistory, useDeleteClinicalEntry, type ClinicalEntry } from '../../api/clinical-log-queries';
import { describeError } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/page';
import { LogEntryForm } from './LogEntryForm';

/** The entry's history in words: logged, edited, sign links made or withdrawn, signed. */
function EntryHistory({ entryId }: { entryId: string }) {
  const history = useClinicalEntryHistory(entryId, true);
  if (history.isPending) return <Loading what="the history" />;
  if (history.isError) return <ErrorAlert>{describeError(history.error)}</ErrorAlert>;
  return (
    <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm" aria-label="History of this entry" data-testid="entry-history">
      {history.data.history.map((h, i) => (
        <li key={`${h.at}-${String(i)}`} className="break-words">
          {h.words}
        </li>
      ))}
    </ol>
  );
}

/**
 * What the student can do with an entry: read its history; while it is unsigned, change it (its pending
 * sign links stop working, so a signer always sees what they sign) or delete it.
 */
export function EntryActions({ entry }: { entry: ClinicalEntry }) {
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const remove = useDeleteClinicalEntry(entry.id);
  const unsigned = entry.signedBy === null;
  return (
    <div className="mt-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn btn-secondary" aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
          {showHistory ? 'Hide history' : 'History'}
        </button>
        {unsigned && !editing ? (
          <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
            Edit
          </button>
        ) : null}
        {unsigned && !confirmDelete ? (
          <button type="button" className="btn btn-secondary" onClick={() => setConfirmDelete(true)}>
            Delete
          </button>
        ) : null}
        {unsigned && confirmDelete ? (
          <>
            <button type="button" className="btn btn-primary" disabled={remove.isPending} onClick={() => remove.mutate()}>
              Yes, delete this entry
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </>
        ) : null}
      </div>
      {remove.isError ? <ErrorAlert>{describeError(remove.error)}</ErrorAlert> : null}
      {unsigned && editing ? (
        <div className="mt-2">
          <p className="text-sm text-slate-700">Saving a change stops any sign-off link you made for this entry: ask for a new one afterwards.</p>
          <LogEntryForm entry={entry} onDone={() => setEditing(false)} />
        </div>
      ) : null}
      {showHistory ? <EntryHistory entryId={entry.id} /> : null}
    </div>
  );
}
