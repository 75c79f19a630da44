import { recordFileSubjectSchema } from '@modality/contracts';
import { useRef, useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import type { CeActivityInput } from '../../api/queries';
import { useCeQuestions, useRecordEntryChange } from '../../api/record-entry-queries';
import { useUploadRecordFile } from '../../api/record-file-queries';
import { Field, Input } from '../../components/field';
import { CeFields } from '../credentials/CeFields';
import { CeErrorSummary } from '../credentials/CeMessages';
import {
  EMPTY_CE_FORM,
  firstInvalidField,
  groupIssues,
  hasErrors,
  NO_ERRORS,
  splitTopics,
  validateCeForm,
  type CeErrors,
  type CeField,
  type CeFormValues,
} from '../credentials/ce-form';
import { refusalWords } from './refusal-words';

/** The form's text from a stored activity, to change it. */
export function ceValuesOf(activity: CeActivityInput): CeFormValues {
  const text = (v: string | number | undefined) => (v === undefined ? '' : String(v));
  return {
    title: activity.title,
    completedOn: activity.completedOn,
    kind: activity.kind ?? 'activity',
    credits: text(activity.credits),
    semesterCredits: text(activity.semesterCredits),
    quarterCredits: text(activity.quarterCredits),
    category: activity.category ?? '',
    topics: (activity.topics ?? []).join(', '),
    contentCategory: activity.contentCategory ?? '',
    forCredential: activity.forCredential ?? '',
  };
}

/**
 * Adds a CE activity to the record page's CE section, or (given its `entryId` and the stored `activity`)
 * changes it: the fields and checks of the credentials page's CE form, the record forms' routes.
 */
export function CeEntryForm({
  personId,
  entryId,
  activity,
  onDone,
}: {
  personId: string;
  entryId?: string | undefined;
  activity?: CeActivityInput | undefined;
  onDone: () => void;
}) {
  const change = useRecordEntryChange(personId);
  const upload = useUploadRecordFile(personId);
  const certificateRef = useRef<HTMLInputElement>(null);
  const [certificateError, setCertificateError] = useState<string | null>(null);
  const questions = useCeQuestions(personId);
  const [values, setValues] = useState<CeFormValues>(() =>
    activity === undefined ? EMPTY_CE_FORM : ceValuesOf(activity),
  );
  const [errors, setErrors] = useState<CeErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const editing = entryId !== undefined;

  const focusFirst = (found: CeErrors) =>
    requestAnimationFrame(() => {
      const first = firstInvalidField(found);
      const control = first === undefined ? null : formRef.current?.elements.namedItem(first);
      if (control instanceof HTMLElement) control.focus();
      else summaryRef.current?.focus();
    });

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateCeForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirst(checked.errors);
      return;
    }
    setErrors(NO_ERRORS);
    const request = editing
      ? { kind: 'replace' as const, section: 'ce' as const, entryId, entry: checked.activity }
      : { kind: 'add' as const, section: 'ce' as const, entry: checked.activity };
    change.mutate(request, {
      onSuccess: () => {
        // The activity is saved; its certificate, if one was chosen, is kept for it next.
        const file = certificateRef.current?.files?.[0];
        if (file === undefined) return onDone();
        const subject = recordFileSubjectSchema.parse({
          section: 'ce',
          title: checked.activity.title,
          completedOn: checked.activity.completedOn,
        });
        upload.mutate(
          { file, subject },
          {
            onSuccess: onDone,
            onError: (e) =>
              setCertificateError(
                `The activity was saved, but not its certificate: ${
                  isApiProblem(e) && e.fieldErrors.length > 0
                    ? e.fieldErrors.map((i) => i.message).join(' ')
                    : describeError(e)
                } Keep it again below, under “Certificates on file”.`,
              ),
          },
        );
      },
      onError: (error) => {
        const found: CeErrors =
          isApiProblem(error) && error.status === 400 && error.fieldErrors.length > 0
            ? groupIssues(error.fieldErrors, splitTopics(values.topics))
            : {
                fields: {},
                form: [
                  isApiProblem(error) && error.status === 403
                    ? 'You may read this record but not change it.'
                    : refusalWords(error, 'Nothing was saved.'),
                ],
              };
        setErrors(found);
        focusFirst(found);
      },
    });
  };

  const set = (field: CeField, value: string) => setValues((v) => ({ ...v, [field]: value }));

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={editing ? 'Change this CE activity' : 'Add a CE activity'}
      className="no-print mt-4 space-y-4 rounded-md border border-slate-300 p-4"
    >
      <h3 className="text-lg font-semibold">{editing ? 'Change this CE activity' : 'Add a CE activity'}</h3>
      {hasErrors(errors) ? <CeErrorSummary ref={summaryRef} errors={errors} /> : null}
      <CeFields values={values} errors={errors.fields} onChange={set} questions={questions} />
      {editing ? null : (
        <Field
          label="Certificate (optional)"
          hint="A PDF, PNG or JPEG of at most 5 MB, kept on the record with this activity."
          error={certificateError ?? undefined}
        >
          <Input
            ref={certificateRef}
            name="certificate"
            type="file"
            accept="application/pdf,image/png,image/jpeg"
          />
        </Field>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn" disabled={change.isPending || upload.isPending}>
          {change.isPending ? 'Saving…' : editing ? 'Save changes' : 'Add CE activity'}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
