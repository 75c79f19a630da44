import { useId, useRef, useState, type SubmitEvent } from 'react';
import { isApiProblem } from '../../api/client';
import { useCatalogue } from '../../api/catalogue';
import { useRecordEntryChange } from '../../api/record-entry-queries';
import { Field, Input, Select } from '../../components/field';
import {
  buildEntry,
  entryFields,
  placeIssues,
  valuesOf,
  withDefaults,
  type EntryErrors,
  type EntryValues,
  type FormSection,
} from './entry-form';
import { refusalWords } from './refusal-words';

const NOUNS: Readonly<Record<FormSection, string>> = {
  credentials: 'credential or licence',
  education: 'program or degree',
  exams: 'examination',
};

/**
 * Adds one entry to a section of a person's record, or (given its `entryId` and the stored `entry`) changes it.
 * The fields are checked with the section's contract before anything is sent; the server's refusals land
 * on the same fields, and the first field in error takes focus.
 */
export function EntryForm({
  personId,
  section,
  entryId,
  entry,
  onDone,
}: {
  personId: string;
  section: FormSection;
  entryId?: string | undefined;
  entry?: Readonly<Record<string, unknown>> | undefined;
  onDone: () => void;
}) {
  const id = useId();
  const catalogue = useCatalogue();
  const fields = entryFields(section, catalogue);
  const change = useRecordEntryChange(personId);
  const [values, setValues] = useState<EntryValues>(() => valuesOf(fields, entry));
  const [errors, setErrors] = useState<EntryErrors>({});
  const [formErrors, setFormErrors] = useState<readonly string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const editing = entryId !== undefined;
  const shown = withDefaults(fields, values);

  const focusFirst = (found: EntryErrors) => {
    requestAnimationFrame(() => {
      const first = fields.find((f) => (found[f.name]?.length ?? 0) > 0);
      const control = first === undefined ? null : formRef.current?.elements.namedItem(first.name);
      if (control instanceof HTMLElement) control.focus();
    });
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = buildEntry(section, fields, values, entry);
    if (!built.ok) {
      setErrors(built.errors);
      setFormErrors(built.form);
      focusFirst(built.errors);
      return;
    }
    setErrors({});
    setFormErrors([]);
    const request = editing
      ? { kind: 'replace' as const, section, entryId, entry: built.entry }
      : { kind: 'add' as const, section, entry: built.entry };
    change.mutate(request, {
      onSuccess: onDone,
      onError: (error) => {
        if (isApiProblem(error) && error.status === 400 && error.fieldErrors.length > 0) {
          const placed = placeIssues(fields, error.fieldErrors);
          setErrors(placed.errors);
          setFormErrors(placed.form);
          focusFirst(placed.errors);
        } else if (isApiProblem(error) && error.status === 403) {
          setFormErrors(['You may read this record but not change it.']);
        } else {
          setFormErrors([refusalWords(error, 'Nothing was saved.')]);
        }
      },
    });
  };

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      className="no-print mt-4 space-y-4 rounded-md border border-slate-300 p-4"
    >
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {editing ? `Change this ${NOUNS[section]}` : `Add a ${NOUNS[section]}`}
      </h3>
      {formErrors.length === 0 ? null : (
        <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">
          {formErrors.join(' ')}
        </div>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        {fields.map((f) => (
          <Field
            key={f.name}
            label={f.optional === true ? `${f.label} (optional)` : f.label}
            hint={f.hint}
            error={errors[f.name]}
          >
            {f.type === 'select' ? (
              <Select
                name={f.name}
                value={shown[f.name] ?? ''}
                onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
              >
                {f.optional === true ? <option value="">Not given</option> : null}
                {(f.groups ?? []).map((g) =>
                  g.label === '' ? (
                    g.choices.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))
                  ) : (
                    <optgroup key={g.label} label={g.label}>
                      {g.choices.map((c) => (
                        <option key={c.value} value={c.value}>
                          {c.label}
                        </option>
                      ))}
                    </optgroup>
                  ),
                )}
              </Select>
            ) : (
              <Input
                name={f.name}
                value={shown[f.name] ?? ''}
                autoComplete="off"
                inputMode={f.type === 'date' ? 'numeric' : undefined}
                onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
              />
            )}
          </Field>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn" disabled={change.isPending}>
          {change.isPending ? 'Saving…' : editing ? 'Save changes' : `Add ${NOUNS[section]}`}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
