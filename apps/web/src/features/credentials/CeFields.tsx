import type { ChangeEvent, ReactNode } from 'react';
import { useDisplayNames } from '../../catalogue/use-display-names';
import { Field, Input, Select } from '../../components/field';
import {
  answer,
  answeredYes,
  CE_CATEGORIES,
  CE_KIND_LABELS,
  CE_KINDS,
  forCredentialOptions,
  visibleFields,
  type CeAnswerable,
  type CeField,
  type CeFieldErrors,
  type CeFormValues,
} from './ce-form';

/** A question the person's own rules ask about an activity (from `GET /people/{id}/ce-questions`). */
export interface CeFieldQuestion extends CeAnswerable {
  readonly question: string;
  readonly credentials: readonly string[];
}

/**
 * The fields of one CE activity, those its kind needs (ce-form.ts `visibleFields`), each a {@link Field}
 * with its errors. Each control is named after its field, which is how the form focuses the first invalid.
 */
export function CeFields({
  values,
  errors,
  onChange,
  questions = [],
}: {
  values: CeFormValues;
  errors: CeFieldErrors;
  onChange: (field: CeField, value: string) => void;
  /** Asked as yes/no checkboxes; a "yes" is kept as the topic the rule counts. */
  questions?: readonly CeFieldQuestion[];
}) {
  const { holdableCredentials } = useDisplayNames();
  const shown = visibleFields(values.kind);
  const bind = (name: CeField) => ({
    name,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onChange(name, e.target.value),
  });
  const field = (name: CeField, label: string, control: ReactNode, hint?: string) =>
    shown.has(name) ? (
      <Field label={label} hint={hint} error={errors[name]}>
        {control}
      </Field>
    ) : null;

  return (
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
      {questions.length === 0 ? null : (
        <fieldset className="md:col-span-2">
          <legend className="font-medium">What your rules ask about this activity</legend>
          <ul className="mt-1 space-y-2">
            {questions.map((q) => (
              <li key={q.topic}>
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={answeredYes(values, q)}
                    onChange={(e) => onChange('topics', answer(values, q, e.target.checked))}
                  />
                  <span>
                    {q.question}
                    <span className="block text-sm text-slate-700">For your {q.credentials.join(', ')}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
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
          {forCredentialOptions(holdableCredentials).map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </Select>,
      )}
    </div>
  );
}
