import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent, type ReactNode, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { catalogueQueryOptions } from '../../api/catalogue';
import { queryKeys, useAddCeActivity, type Verdict } from '../../api/queries';
import { useDisplayNames } from '../../catalogue/use-display-names';
import { Field, Input, Select } from '../../components/field';
import {
  CE_CATEGORIES,
  CE_KIND_LABELS,
  CE_KINDS,
  EMPTY_CE_FORM,
  firstInvalidField,
  forCredentialOptions,
  groupIssues,
  hasErrors,
  NO_ERRORS,
  splitTopics,
  validateCeForm,
  visibleFields,
  describeWorth,
  type CeErrors,
  type CeField,
  type CeFormValues,
} from './ce-form';
import { describeEarnedChange, earnedChanges } from './verdict-view';

interface Outcome {
  readonly title: string;
  readonly worth: string;
  readonly completedOn: string;
  readonly changes: string[];
}

/**
 * Adds one CE activity to a person's record (`POST /api/v1/people/{id}/ce`). The fields are checked with
 * the contract's own schema before anything is sent; the server's errors land on the same fields. After
 * a success the verdict is fetched again, and the message says what the activity counted towards.
 */
export function AddCeForm({ personId, asOf }: { personId: string; asOf: string | undefined }) {
  const id = useId();
  const queryClient = useQueryClient();
  const add = useAddCeActivity(personId);
  const names = useDisplayNames();
  const [values, setValues] = useState<CeFormValues>(EMPTY_CE_FORM);
  const [errors, setErrors] = useState<CeErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const shown = visibleFields(values.kind);

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
        // The units of the verdict's day, fetched for the cards above.
        const rules =
          after === undefined
            ? undefined
            : queryClient.getQueryData(catalogueQueryOptions(after.asOf).queryKey);
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

  const invalidFields = Object.values(errors.fields).filter((list) => list.length > 0).length;

  /** The props that bind a control to its value in the form (its `name` is how focus finds it). */
  const bind = (name: CeField) => ({
    name,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => set(name, e.target.value),
  });
  const field = (name: CeField, label: string, control: ReactNode, hint?: string) =>
    shown.has(name) ? (
      <Field label={label} hint={hint} error={errors.fields[name]}>
        {control}
      </Field>
    ) : null;

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
        {hasErrors(errors) ? (
          <div
            ref={summaryRef}
            tabIndex={-1}
            role="alert"
            className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800"
          >
            <p className="font-semibold">
              The activity was not added.
              {invalidFields === 0
                ? ''
                : invalidFields === 1
                  ? ' One field needs attention.'
                  : ` ${invalidFields} fields need attention.`}
            </p>
            {errors.form.length === 0 ? null : (
              <ul className="list-disc pl-6">
                {errors.form.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </div>
        ) : null}

        <div className="grid gap-4 md:grid-cols-2">
          {field('title', 'Title', <Input {...bind('title')} />)}
          {field(
            'completedOn',
            'Completed on',
            <Input {...bind('completedOn')} inputMode="numeric" autoComplete="off" />,
            'A date as YYYY-MM-DD, e.g. 2026-03-14.',
          )}
          {field(
            'kind',
            'Kind of activity',
            <Select {...bind('kind')}>
              {CE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CE_KIND_LABELS[k]}
                </option>
              ))}
            </Select>,
          )}
          {field(
            'credits',
            'Credits',
            <Input {...bind('credits')} inputMode="decimal" />,
            'In the unit of the approver (ARRT credit, ARDMS CME, contact hour), e.g. 1.5.',
          )}
          {field(
            'semesterCredits',
            'Semester credits (or give quarter credits)',
            <Input {...bind('semesterCredits')} inputMode="decimal" />,
          )}
          {field(
            'quarterCredits',
            'Quarter credits (optional)',
            <Input {...bind('quarterCredits')} inputMode="decimal" />,
          )}
          {field(
            'category',
            'ARRT category (optional)',
            <Select {...bind('category')}>
              <option value="">None</option>
              {CE_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>,
          )}
          {field(
            'topics',
            'Topics (optional)',
            <Input {...bind('topics')} autoComplete="off" />,
            'Topic codes separated by commas, e.g. ct, radiation-safety. Topic minimums count these.',
          )}
          {field(
            'contentCategory',
            'Content category (optional)',
            <Input {...bind('contentCategory')} />,
            'The structured-education content category, e.g. Safety.',
          )}
          {field(
            'forCredential',
            'For credential (optional)',
            <Select {...bind('forCredential')}>
              <option value="">Not for a particular credential</option>
              {forCredentialOptions(names.holdableCredentials).map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </Select>,
          )}
        </div>
        <button type="submit" className="btn" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add CE activity'}
        </button>
      </form>

      <div aria-live="polite" className="mt-4">
        {outcome === null ? null : (
          <div
            role="status"
            className="rounded-md border border-green-700 bg-green-50 p-4 text-green-900"
            data-testid="ce-added"
          >
            <p className="font-semibold">
              Added “{outcome.title}” ({outcome.worth}, completed {outcome.completedOn}).
            </p>
            {outcome.changes.length === 0 ? (
              <p className="mt-1">
                It does not change any cycle in force now (it may fall outside the cycle dates, or be of a
                kind or category these rules do not count).
              </p>
            ) : (
              <ul className="mt-1 list-disc pl-6">
                {outcome.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {failure === null ? null : (
        <div role="alert" className="mt-4 rounded-md border border-red-700 bg-red-50 p-3 text-red-800">
          {failure}
        </div>
      )}
    </div>
  );
}
