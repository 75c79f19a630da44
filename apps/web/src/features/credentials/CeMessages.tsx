import type { Ref } from 'react';
import type { CeErrors } from './ce-form';

/** What an added activity was, and what it counted towards (one line per cycle whose total moved). */
export interface CeOutcome {
  readonly title: string;
  readonly worth: string;
  readonly completedOn: string;
  readonly changes: readonly string[];
}

/**
 * Why the activity was not added: how many fields need attention, and the errors that name no field.
 * It takes focus when no field does.
 */
export function CeErrorSummary({ errors, ref }: { errors: CeErrors; ref: Ref<HTMLDivElement> }) {
  const invalidFields = Object.values(errors.fields).filter((list) => list.length > 0).length;
  return (
    <div
      ref={ref}
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
  );
}

/** "Added …", and what the activity changed in the cycles in force (or that it changed none). */
export function CeAdded({ outcome }: { outcome: CeOutcome }) {
  return (
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
          It does not change any cycle in force now (it may fall outside the cycle dates, or be of a kind or
          category these rules do not count).
        </p>
      ) : (
        <ul className="mt-1 list-disc pl-6">
          {outcome.changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
