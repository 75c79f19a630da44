import { useId, useRef, useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import type { PersonRecordData } from '../../api/queries';
import {
  recordFileUrl,
  useDeleteRecordFile,
  useRecordFiles,
  useUploadRecordFile,
  type RecordFile,
  type RecordFileSubject,
} from '../../api/record-file-queries';
import type { DisplayNames } from '../../catalogue/display-names';
import { useDisplayNames } from '../../catalogue/use-display-names';
import { DataTable } from '../../components/data-table';
import { Field, Input, Select } from '../../components/field';
import { EmptyState, ErrorAlert } from '../../components/page';
import { Section } from '../../components/section';

/** The largest file the server keeps (5 MiB); checked here too, so a big file is refused before it is sent. */
const MAX_BYTES = 5 * 1024 * 1024;

function describeSubject(subject: RecordFileSubject, names: DisplayNames): string {
  return subject.section === 'ce'
    ? `${subject.title} (${subject.completedOn})`
    : names.credential(subject.credential);
}

function sizeInWords(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The entries a file can be kept for: each CE activity and each credential held, by name. */
function subjectsOf(
  record: PersonRecordData,
  names: DisplayNames,
): { key: string; label: string; subject: RecordFileSubject }[] {
  return [
    ...(record.ce ?? []).map((a) => ({
      key: `ce|${a.title}|${a.completedOn}`,
      label: `CE certificate: ${a.title} (${a.completedOn})`,
      subject: { section: 'ce' as const, title: a.title, completedOn: a.completedOn },
    })),
    ...(record.credentials ?? []).map((c) => ({
      key: `credentials|${c.credential}`,
      label: `Card or certificate: ${names.credential(c.credential)}`,
      subject: { section: 'credentials' as const, credential: c.credential },
    })),
  ].filter((s, i, all) => all.findIndex((o) => o.key === s.key) === i);
}

/**
 * Certificates and licence cards kept on the record: each downloadable by whoever may read the record;
 * with `canChange`, a form to keep another (PDF, PNG or JPEG up to 5 MiB, for one CE activity or credential)
 * and a delete per file.
 */
export function RecordFilesSection({
  personId,
  record,
  canChange,
}: {
  personId: string;
  record: PersonRecordData;
  canChange: boolean;
}) {
  const id = useId();
  const names = useDisplayNames();
  const files = useRecordFiles(personId);
  const upload = useUploadRecordFile(personId);
  const remove = useDeleteRecordFile(personId);
  const subjects = subjectsOf(record, names);
  const [subjectKey, setSubjectKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const chosen = subjects.find((s) => s.key === subjectKey) ?? subjects[0];

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const file = fileRef.current?.files?.[0];
    if (file === undefined) return setError('Choose a file first.');
    if (file.size > MAX_BYTES)
      return setError(`“${file.name}” is ${sizeInWords(file.size)}; at most 5 MB can be kept.`);
    if (chosen === undefined) return setError('Add the CE activity or credential first, then keep its file.');
    setError(null);
    upload.mutate(
      { file, subject: chosen.subject },
      {
        onSuccess: (kept) => {
          setSaved(`Kept “${kept.fileName}” for ${describeSubject(kept.subject, names)}.`);
          if (fileRef.current !== null) fileRef.current.value = '';
        },
        onError: (e) =>
          setError(
            isApiProblem(e) && e.fieldErrors.length > 0
              ? e.fieldErrors.map((i) => i.message).join(' ')
              : `The file was not kept. ${describeError(e)}`,
          ),
      },
    );
  };

  const list = files.data?.items ?? [];
  return (
    <Section id="record-files" title="Certificates on file">
      {files.isError ? (
        <ErrorAlert>The files could not be loaded. {describeError(files.error)}</ErrorAlert>
      ) : null}
      {list.length === 0 ? (
        <EmptyState>No certificates or cards kept here yet.</EmptyState>
      ) : (
        <DataTable
          caption={`${list.length} ${list.length === 1 ? 'file' : 'files'}`}
          rows={list}
          rowKey={(f) => f.id}
          columns={[
            { header: 'File', className: 'font-medium', cell: (f: RecordFile) => f.fileName },
            { header: 'For', cell: (f: RecordFile) => describeSubject(f.subject, names) },
            { header: 'Size', numeric: true, cell: (f: RecordFile) => sizeInWords(f.size) },
            {
              header: 'Actions',
              className: 'no-print',
              cell: (f: RecordFile) => (
                <span className="flex flex-wrap gap-2">
                  <a className="btn btn-secondary" href={recordFileUrl(personId, f.id)} download={f.fileName}>
                    Download <span className="sr-only">{f.fileName}</span>
                  </a>
                  {canChange ? (
                    <button
                      type="button"
                      className="btn btn-secondary"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(f.id)}
                    >
                      Delete <span className="sr-only">{f.fileName}</span>
                    </button>
                  ) : null}
                </span>
              ),
            },
          ]}
        />
      )}
      {canChange ? (
        <form
          onSubmit={onSubmit}
          noValidate
          aria-labelledby={`${id}-title`}
          className="no-print mt-4 space-y-4 rounded-md border border-slate-300 p-4"
        >
          <h3 id={`${id}-title`} className="text-lg font-semibold">
            Keep a certificate or card
          </h3>
          <div className="grid gap-4 md:grid-cols-2">
            <Field label="For">
              <Select
                name="subject"
                value={chosen?.key ?? ''}
                onChange={(e) => setSubjectKey(e.target.value)}
              >
                {subjects.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="File" hint="A PDF, PNG or JPEG of at most 5 MB." error={error ?? undefined}>
              <Input ref={fileRef} name="file" type="file" accept="application/pdf,image/png,image/jpeg" />
            </Field>
          </div>
          <button type="submit" className="btn" disabled={upload.isPending || subjects.length === 0}>
            {upload.isPending ? 'Keeping…' : 'Keep this file'}
          </button>
          <div aria-live="polite">
            {saved === null ? null : <p className="text-sm font-semibold">{saved}</p>}
          </div>
        </form>
      ) : null}
    </Section>
  );
}
