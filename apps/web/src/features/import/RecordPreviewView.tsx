import { useState, type MouseEvent } from 'react';
import type { PreviewEntry, PreviewField, PreviewSection, RecordPreview } from './map-errors';

/** Moves focus to the element showing an error, and brings it into view. */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (target === null) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

/**
 * The list of every problem at the top of the page, each a link to the field that has it (the pattern of
 * the GOV.UK error summary). Takes focus when it appears, so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({ preview, headingId }: { preview: RecordPreview; headingId: string }) {
  const count = preview.summary.length;
  return (
    <div
      className="rounded-md border-2 border-red-700 bg-white p-4"
      role="alert"
      aria-labelledby={headingId}
      data-testid="error-summary"
    >
      <h2 id={headingId} tabIndex={-1} className="text-lg font-bold text-red-800 focus:outline-none">
        The record was not imported: {count === 1 ? 'there is 1 problem' : `there are ${count} problems`}
      </h2>
      <p className="mt-1 text-slate-800">Nothing was stored. Fix these in the JSON and import it again.</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {preview.summary.map((item, i) => (
          <li key={`${item.path}-${i}`}>
            <a
              href={`#${item.targetId}`}
              onClick={(e) => focusTarget(e, item.targetId)}
              className="text-red-800"
            >
              <code className="font-semibold">{item.path === '' ? '(the record)' : item.path}</code>:{' '}
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function errorId(id: string): string {
  return `${id}-error`;
}

function ErrorText({
  id,
  messages,
  missing = false,
}: {
  id: string;
  messages: readonly string[];
  missing?: boolean;
}) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="text-sm font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {missing ? 'Missing — ' : null}
      {messages.join('; ')}
    </p>
  );
}

function FieldRow({ field }: { field: PreviewField }) {
  const invalid = field.errors.length > 0;
  return (
    <div className="grid gap-1 sm:grid-cols-[12rem_1fr] sm:items-start sm:gap-3">
      <label htmlFor={field.id} className="pt-2 font-mono text-sm font-semibold break-all">
        {field.key}
      </label>
      <div>
        <input
          id={field.id}
          readOnly
          type="text"
          className="field-input bg-slate-50 font-mono text-sm"
          value={field.value ?? ''}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? errorId(field.id) : undefined}
          data-path={field.path}
        />
        <ErrorText id={errorId(field.id)} messages={field.errors} missing={!field.present} />
      </div>
    </div>
  );
}

function EntryCard({ entry }: { entry: PreviewEntry }) {
  const invalid = entry.errors.length > 0 || entry.fields.some((f) => f.errors.length > 0);
  return (
    <fieldset
      id={entry.id}
      tabIndex={-1}
      className={`mt-3 rounded-md border p-3 ${invalid ? 'border-red-700 bg-red-50/40' : 'border-slate-300'}`}
      aria-describedby={entry.errors.length > 0 ? errorId(entry.id) : undefined}
      data-path={entry.path}
    >
      <legend className="px-1 font-mono font-semibold">
        {entry.title}
        {entry.hint === undefined ? null : (
          <span className="ml-2 font-sans font-normal text-slate-700">{entry.hint}</span>
        )}
      </legend>
      <ErrorText id={errorId(entry.id)} messages={entry.errors} />
      {entry.raw === undefined ? null : (
        <p className="text-sm">
          Submitted value: <code>{entry.raw}</code>
        </p>
      )}
      <div className="space-y-2">
        {entry.fields.map((f) => (
          <FieldRow key={f.id} field={f} />
        ))}
      </div>
    </fieldset>
  );
}

const MAX_VALID_SHOWN = 100;

function SectionBlock({ section }: { section: PreviewSection }) {
  const [showValid, setShowValid] = useState(false);
  const withErrors = section.entries.filter(
    (e) => e.errors.length > 0 || e.fields.some((f) => f.errors.length > 0),
  );
  const valid = section.entries.filter((e) => !withErrors.includes(e));
  const single = section.key === 'record' || section.key === 'person';
  const headingId = `${section.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <h3 id={headingId} className="text-lg font-semibold">
        {section.title}
        {section.path === '' ? null : (
          <code className="ml-2 text-sm font-normal text-slate-700">{section.path}</code>
        )}
      </h3>
      <div
        id={section.id}
        tabIndex={-1}
        aria-describedby={section.errors.length > 0 ? errorId(section.id) : undefined}
      >
        <ErrorText id={errorId(section.id)} messages={section.errors} />
        {section.raw === undefined ? null : (
          <p className="text-sm">
            Submitted value: <code>{section.raw}</code>
          </p>
        )}
      </div>
      {(single ? section.entries : withErrors).map((entry) => (
        <EntryCard key={entry.id} entry={entry} />
      ))}
      {!single && valid.length > 0 ? (
        <div className="mt-2">
          <p className="text-sm text-slate-700">
            {withErrors.length === 0 ? 'All' : 'The other'} {valid.length}{' '}
            {valid.length === 1 ? 'entry has' : 'entries have'} no problems.{' '}
            <button
              type="button"
              className="underline"
              aria-expanded={showValid}
              onClick={() => setShowValid((v) => !v)}
            >
              {showValid ? 'Hide them' : 'Show them'}
            </button>
          </p>
          {showValid
            ? valid.slice(0, MAX_VALID_SHOWN).map((entry) => <EntryCard key={entry.id} entry={entry} />)
            : null}
          {showValid && valid.length > MAX_VALID_SHOWN ? (
            <p className="mt-2 text-sm text-slate-700">… and {valid.length - MAX_VALID_SHOWN} more.</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** The submitted record, laid out by section and entry, each error beside the field it names. */
export function RecordPreviewView({ preview }: { preview: RecordPreview }) {
  const recordHasErrors = preview.sections.some(
    (s) =>
      s.key === 'record' &&
      s.entries.some((e) => e.errors.length > 0 || e.fields.some((f) => f.errors.length > 0)),
  );
  return (
    <section aria-labelledby="submitted-heading" className="mt-8">
      <h2 id="submitted-heading" className="text-xl font-semibold">
        What you submitted
      </h2>
      <p className="text-sm text-slate-700">
        Each problem is shown next to the field it is about. Fields are shown as JSON values.
      </p>
      {preview.sections
        .filter((s) => s.key !== 'record' || recordHasErrors)
        .map((section) => (
          <SectionBlock key={section.id} section={section} />
        ))}
    </section>
  );
}
