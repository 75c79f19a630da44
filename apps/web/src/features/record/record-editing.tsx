import type { RecordSectionName } from '@modality/contracts';
import { useState } from 'react';

import type { PersonRecordData } from '../../api/queries';
import { useRecordEntryChange } from '../../api/record-entry-queries';
import { CeEntryForm } from './CeEntryForm';
import { EntryForm } from './EntryForm';
import { PersonDetailsForm } from './PersonDetailsForm';
import { refusalWords } from './refusal-words';
import type { RecordEditing } from './RecordView';

type Open = { readonly section: RecordSectionName | 'person'; readonly entryId?: string };

const ADD_LABELS: Partial<Record<RecordSectionName, string>> = {
  credentials: 'Add a credential or licence',
  ce: 'Add a CE activity',
  exams: 'Add an examination',
  education: 'Add a program or degree',
};

function entryWithId(
  record: PersonRecordData,
  section: RecordSectionName,
  entryId: string,
): Readonly<Record<string, unknown>> | undefined {
  const list: readonly (Readonly<Record<string, unknown>> & { readonly id?: string | undefined })[] = record[section] ?? [];
  return list.find((e) => e.id === entryId);
}

/**
 * The record page's editing: one form open at a time (adding to a section, or changing one entry), and a
 * delete that asks once before it deletes. The clinical log is kept by the clinical pages and the import,
 * so here its entries can only be deleted.
 */
export function useRecordEditing(
  personId: string,
  record: PersonRecordData,
): RecordEditing & { readonly failure: string | null } {
  const [open, setOpen] = useState<Open | null>(null);
  const [confirming, setConfirming] = useState<Open | null>(null);
  const change = useRecordEntryChange(personId);
  const close = () => setOpen(null);
  const failure = change.isError ? refusalWords(change.error, 'The entry was not deleted.') : null;

  const form = (section: RecordSectionName, entryId?: string) => {
    const entry = entryId === undefined ? undefined : entryWithId(record, section, entryId);
    const key = `${section}-${entryId ?? 'new'}`;
    if (section === 'ce') {
      const activity = entryId === undefined ? undefined : record.ce?.find((a) => a.id === entryId);
      return <CeEntryForm key={key} personId={personId} entryId={entryId} activity={activity} onDone={close} />;
    }
    if (section === 'clinical') return null;
    return (
      <EntryForm key={key} personId={personId} section={section} entryId={entryId} entry={entry} onDone={close} />
    );
  };

  return {
    failure,
    personEnd:
      open?.section === 'person' ? (
        <PersonDetailsForm personId={personId} person={record.person} onDone={close} />
      ) : (
        <button
          type="button"
          className="btn btn-secondary no-print mt-3"
          onClick={() => setOpen({ section: 'person' })}
        >
          Change the details
        </button>
      ),
    rowActions: (section, entryId, label) => {
      if (entryId === undefined) return null;
      if (confirming?.section === section && confirming.entryId === entryId) {
        return (
          <span className="flex flex-wrap gap-2">
            <button
              type="button"
              className="btn btn-danger"
              disabled={change.isPending}
              onClick={() =>
                change.mutate({ kind: 'delete', section, entryId }, { onSettled: () => setConfirming(null) })
              }
            >
              Yes, delete <span className="sr-only">{label}</span>
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setConfirming(null)}>
              Keep it
            </button>
          </span>
        );
      }
      return (
        <span className="flex flex-wrap gap-2">
          {section === 'clinical' ? null : (
            <button type="button" className="btn btn-secondary" onClick={() => setOpen({ section, entryId })}>
              Change <span className="sr-only">{label}</span>
            </button>
          )}
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setConfirming({ section, entryId })}
          >
            Delete <span className="sr-only">{label}</span>
          </button>
        </span>
      );
    },
    sectionEnd: (section) => {
      if (open?.section === section) return form(section, open.entryId);
      const label = ADD_LABELS[section];
      if (label === undefined) return null;
      return (
        <button
          type="button"
          className="btn btn-secondary no-print mt-3"
          onClick={() => setOpen({ section })}
        >
          {label}
        </button>
      );
    },
  };
}
