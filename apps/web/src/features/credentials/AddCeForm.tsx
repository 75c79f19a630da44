import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { catalogueQueryOptions } from '../../api/catalogue';
import { queryKeys, useAddCeActivity, type Verdict } from '../../api/queries';
import { useCeQuestions } from '../../api/record-entry-queries';
import { useDisplayNames } from '../../catalogue/use-display-names';
import {
  describeWorth,
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
} from './ce-form';
import { CeAdded, CeErrorSummary, type CeOutcome } from './CeMessages';
import { CeFields } from './CeFields';
import { describeEarnedChange, earnedChanges } from './verdict-view';

/**
 * Adds one CE activity to a person's record (`POST /api/v1/people/{id}/ce`). The fields are checked with
 * the contract's own schema before anything is sent; the server's errors land on the same fields. After
 * a success the verdict is fetched again, and the message says what the activity counted towards.
 */
export function AddCeForm({ personId, asOf }: { personId: string; asOf: string | undefined }) {
  const id = useId();
  const queryClient = useQueryClient();
  const add = useAddCeActivity(personId);
  const questions = useCeQuestions(personId);
  const names = useDisplayNames();
  const [values, setValues] = useState<CeFormValues>(EMPTY_CE_FORM);
  const [errors, setErrors] = useState<CeErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<CeOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const set = (field: CeField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if ((errors.fields[field]?.length ?? 0) > 0) {
      setErrors((e) => ({ ...e, fields: { ...e.fields, [field]: [] } }));
    }
  };

  const focusFirst = (found: CeErrors) => {
    const first = firstInvalidField(found);
    const control = first === undefined ? null : formRef.current?.elements.namedItem(first);
    if (control instanceof HTMLElement) control.focus();
    else summaryRef.current?.focus();
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(null);
    setFailure(null);
    add.reset();
    const checked = validateCeForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      // After React has rendered the messages, so the field is described by them when it takes focus.
      requestAnimationFrame(() => focusFirst(checked.errors));
      return;
    }
    setErrors(NO_ERRORS);
    const key = queryKeys.verdict(personId, asOf);
    const before = queryClient.getQueryData<Verdict>(key);
    const activity = checked.activity;
    add.mutate(activity, {
      onSuccess: () => {
        const after = queryClient.getQueryData<Verdict>(key);
        // The CE rules of the verdict's day (the cards above fetched them for the same `asOf`).
        const rules = queryClient.getQueryData(catalogueQueryOptions(asOf).queryKey);
        const changes =
          before === undefined || after === undefined
            ? []
            : earnedChanges(before, after, rules).map((c) => describeEarnedChange(c, names));
        setOutcome({
          title: activity.title,
          worth: describeWorth(activity),
          completedOn: activity.completedOn,
          changes,
        });
        setValues(EMPTY_CE_FORM);
      },
      onError: (error) => {
        if (isApiProblem(error) && error.status === 400 && error.fieldErrors.length > 0) {
          const found = groupIssues(error.fieldErrors, splitTopics(values.topics));
          setErrors(found);
          requestAnimationFrame(() => focusFirst(found));
        } else if (isApiProblem(error) && error.status === 403) {
          setFailure('You may read this record but not change it, so the activity was not added.');
        } else {
          setFailure(`The activity was not added. ${describeError(error)}`);
        }
      },
    });
  };

  return (
    <div>
      <form
        ref={formRef}
        onSubmit={onSubmit}
        noValidate
        className="no-print space-y-4"
        aria-describedby={`${id}-intro`}
      >
        <p id={`${id}-intro`} className="text-sm text-slate-700">
          One activity at a time; it is added to the record and every verdict above is worked out again.
          Fields marked “optional” may be left empty.
        </p>
        {hasErrors(errors) ? <CeErrorSummary ref={summaryRef} errors={errors} /> : null}

        <CeFields values={values} errors={errors.fields} onChange={set} questions={questions} />
        <button type="submit" className="btn" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add CE activity'}
        </button>
      </form>

      <div aria-live="polite" className="mt-4">
        {outcome === null ? null : <CeAdded outcome={outcome} />}
      </div>
      {failure === null ? null : (
        <div role="alert" className="mt-4 rounded-md border border-red-700 bg-red-50 p-3 text-red-800">
          {failure}
        </div>
      )}
    </div>
  );
}
