import type { RecordSectionName } from '@modality/contracts';
import { useState } from 'react';
import { describeError } from '../../api/client';
import type { PersonRecordData } from '../../api/queries';
import { useRecordEntryChange } from '../../api/record-entry-queries';
import { CeEntryForm } from './CeEntryForm';
import { EntryForm } from './EntryForm';
import { PersonDetailsForm } from './PersonDetailsForm';
import type { RecordEditing } from './RecordView';

type Open = { readonly section: RecordSectionName | 'person'; readonly index?: number };

const ADD_LABELS: Partial<Record<RecordSectionName, string>> = {
  credentials: 'Add a credential or licence',
  ce: 'Add a CE activity',
  exams: 'Add an examination',
  education: 'Add a program or degree',
};

function entryAt(
  record: PersonRecordData,
  section: RecordSectionName,
  index: number,
): Readonly<Record<string, unknown>> | undefined {
  const list: readonly object[] = record[section] ?? [];
  return list[index] as Readonly<Record<string, unknown>> | undefined;
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
  const failure = change.isError ? `The entry was not deleted. ${describeError(change.error)}` : null;

  const form = (section: RecordSectionName, index?: number) => {
    const entry = index === undefined ? undefined : entryAt(record, section, index);
    const key = `${section}-${index ?? 'new'}`;
    if (section === 'ce') {
      const activity = index === undefined ? undefined : record.ce?.[index];
      return <CeEntryForm key={key} personId={personId} index={index} activity={activity} onDone={close} />;
    }
    if (section === 'clinical') return null;
    return (
      <EntryForm key={key} personId={personId} section={section} index={index} entry={entry} onDone={close} />
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
    rowActions: (section, index, label) => {
      if (confirming?.section === section && confirming.index === index) {
        return (
          <span className="flex flex-wrap gap-2">
            <button
              type="button"
              className="btn btn-danger"
              disabled={change.isPending}
              onClick={() =>
                change.mutate({ kind: 'delete', section, index }, { onSettled: () => setConfirming(null) })
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
            <button type="button" className="btn btn-secondary" onClick={() => setOpen({ section, index })}>
              Change <span className="sr-only">{label}</span>
            </button>
          )}
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setConfirming({ section, index })}
          >
            Delete <span className="sr-only">{label}</span>
          </button>
        </span>
      );
    },
    sectionEnd: (section) => {
      if (open?.section === section) return form(section, open.index);
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
