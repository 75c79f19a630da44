import type { ImportResult } from '@modality/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { recordQueryOptions, useImportRecord, useMe, usePeople, type ImportTarget } from '../../api/queries';
import { Field, Input, Select, Textarea } from '../../components/field';
import { Card, ErrorAlert, PageHeading } from '../../components/page';
import { buildPreview, describeJsonError } from './map-errors';
import { ErrorSummary, RecordPreviewView } from './RecordPreviewView';

const route = getRouteApi('/app/import');

const COUNT_WORDS: readonly [keyof ImportResult['counts'], string, string][] = [
  ['credentials', 'credential', 'credentials'],
  ['ce', 'CE activity', 'CE activities'],
  ['clinical', 'clinical log entry', 'clinical log entries'],
  ['exams', 'exam', 'exams'],
  ['education', 'education entry', 'education entries'],
];

/** "Imported: 3 credentials, 12 CE activities, …" or "No change: …". */
export function describeImport(result: ImportResult): string {
  if (!result.changed) return 'No change: this record was already stored.';
  const parts = COUNT_WORDS.map(([key, one, many]) => {
    const n = result.counts[key];
    return `${n} ${n === 1 ? one : many}`;
  });
  return `Imported: ${parts.join(', ')}.`;
}

type Parsed =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

function parseJson(text: string): Parsed {
  if (text.trim() === '')
    return { ok: false, message: 'Paste a person record or choose a .json file first.' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: describeJsonError(text, error) };
  }
}

const ME = 'me';

export function ImportPage() {
  const search = route.useSearch();
  const me = useMe();
  const { can } = me;
  const queryClient = useQueryClient();
  const people = usePeople(can.importForOthers);
  const importRecord = useImportRecord();
  const id = useId();
  const summaryHeadingId = `${id}-summary`;
  const textRef = useRef<HTMLTextAreaElement>(null);

  const [text, setText] = useState('');
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<unknown>(undefined);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [targetValue, setTargetValue] = useState<string>(
    can.importForOthers && search.person !== undefined ? search.person : can.ownRecord ? ME : '',
  );

  const others = (people.data?.pages.flatMap((p) => p.items) ?? []).filter((p) => !p.isSelf);
  const target: ImportTarget | null =
    targetValue === ME
      ? { kind: 'me' }
      : targetValue === ''
        ? null
        : { kind: 'person', personId: targetValue };
  const targetName =
    target?.kind === 'person'
      ? (others.find((p) => p.id === target.personId)?.name ?? 'the chosen person')
      : null;

  const problem = isApiProblem(importRecord.error) ? importRecord.error : null;
  const fieldErrors = useMemo(() => (problem?.status === 400 ? problem.fieldErrors : []), [problem]);
  const preview = useMemo(
    () => (fieldErrors.length > 0 ? buildPreview(submitted, fieldErrors, `${id}-preview`) : null),
    [fieldErrors, submitted, id],
  );

  // Land keyboard and screen-reader users on the list of problems when it appears.
  useEffect(() => {
    if (preview !== null) document.getElementById(summaryHeadingId)?.focus();
  }, [preview, summaryHeadingId]);

  const reset = () => {
    setSyntaxError(null);
    importRecord.reset();
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    reset();
    try {
      setText(await file.text());
      setFileNote(
        `Loaded ${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB). Check it below, then import.`,
      );
    } catch {
      setFileNote(null);
      setSyntaxError(`The file ${file.name} could not be read.`);
    }
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    if (target === null) {
      setSyntaxError('Choose whose record to import into.');
      return;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      setSyntaxError(parsed.message);
      textRef.current?.focus();
      return;
    }
    setSubmitted(parsed.value);
    importRecord.mutate({ target, record: parsed.value });
  };

  const loadCurrent = async () => {
    const personId = target?.kind === 'person' ? target.personId : me.personId;
    if (personId === null) return;
    reset();
    try {
      const record = await queryClient.query(recordQueryOptions(personId));
      setText(JSON.stringify(record, null, 2));
      setFileNote('Loaded the record as it is stored now. Edit it, then import.');
    } catch (error) {
      setSyntaxError(`The current record could not be loaded: ${describeError(error)}`);
    }
  };

  const result = importRecord.data;
  const canLoadCurrent = target?.kind === 'person' || (target?.kind === 'me' && me.personId !== null);

  return (
    <>
      <PageHeading title="Import record" />
      <p className="mt-1 max-w-3xl text-slate-700">
        Paste a person record in the <code>modality/person-record@1</code> JSON format, or choose a{' '}
        <code>.json</code> file. The import replaces the stored record; importing the same file again changes
        nothing. Nothing is stored if any field is wrong.
      </p>

      {preview === null ? null : (
        <div className="mt-4">
          <ErrorSummary preview={preview} headingId={summaryHeadingId} />
        </div>
      )}

      <Card className="mt-4">
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {can.importForOthers ? (
            <Field label="Whose record">
              <Select
                className="max-w-md"
                value={targetValue}
                onChange={(e) => {
                  setTargetValue(e.target.value);
                  reset();
                }}
              >
                {can.ownRecord ? (
                  <option value={ME}>My own record</option>
                ) : (
                  <option value="">Choose a person…</option>
                )}
                {others.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
                {search.person !== undefined &&
                !others.some((p) => p.id === search.person) &&
                targetValue === search.person ? (
                  <option value={search.person}>Person {search.person}</option>
                ) : null}
              </Select>
            </Field>
          ) : null}

          <div>
            <Field label="Choose a .json file">
              <Input
                type="file"
                accept=".json,application/json"
                className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:font-semibold"
                onChange={(e) => void onFile(e)}
              />
            </Field>
            {fileNote === null ? null : (
              <p role="status" className="mt-1 text-sm text-slate-800">
                {fileNote}
              </p>
            )}
          </div>

          <Field
            label="Person record (JSON)"
            hint={
              <>
                Starts with <code>{'{ "format": "modality/person-record@1", "person": { … } }'}</code>.
              </>
            }
            error={syntaxError ?? undefined}
            alert
          >
            <Textarea
              ref={textRef}
              className="h-72 font-mono text-sm"
              spellCheck={false}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                if (syntaxError !== null) setSyntaxError(null);
              }}
            />
          </Field>

          <div className="flex flex-wrap gap-2">
            <button type="submit" className="btn" disabled={importRecord.isPending}>
              {importRecord.isPending
                ? 'Importing…'
                : targetName === null
                  ? 'Import record'
                  : `Import record for ${targetName}`}
            </button>
            {canLoadCurrent ? (
              <button type="button" className="btn btn-secondary" onClick={() => void loadCurrent()}>
                Start from the stored record
              </button>
            ) : null}
          </div>
        </form>
      </Card>

      <div aria-live="polite" className="mt-4">
        {result === undefined ? null : (
          <div role="status" className="rounded-md border border-green-700 bg-green-50 p-4 text-green-900">
            <p className="font-semibold" data-testid="import-result">
              {describeImport(result)}
            </p>
            <p className="mt-1">
              {target?.kind === 'person' ? (
                <Link to="/people/$personId" params={{ personId: result.personId }}>
                  View the record
                </Link>
              ) : (
                <Link to="/record">View my record</Link>
              )}
            </p>
          </div>
        )}
      </div>
      {importRecord.isError && problem?.status !== 400 ? (
        <ErrorAlert>The record was not imported. {describeError(importRecord.error)}</ErrorAlert>
      ) : null}
      {importRecord.isError && problem?.status === 400 && fieldErrors.length === 0 ? (
        <ErrorAlert>The record was not imported. {describeError(importRecord.error)}</ErrorAlert>
      ) : null}

      {preview === null ? null : <RecordPreviewView preview={preview} />}
    </>
  );
}
