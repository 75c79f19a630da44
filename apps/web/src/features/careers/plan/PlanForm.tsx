import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { useRoles } from '../../../api/queries';
import { Field, Select } from '../../../components/field';
import { JurisdictionOptions } from '../JurisdictionOptions';

export type PlanStart = 'blank' | 'record';

/**
 * The plan's question: a role, where, and whether to start from nothing or from the reader's record.
 * Submitting puts the question in the address (`/plan?target=…&in=…&from=…`), which makes the plan.
 */
export function PlanForm({
  initial,
  personId,
  signedIn,
}: {
  initial: { target: string; in: string; from: PlanStart };
  /** The reader's record, if any: "My record" needs one. */
  personId: string | null;
  signedIn: boolean;
}) {
  const navigate = useNavigate();
  const roles = useRoles();
  const [target, setTarget] = useState(initial.target);
  const [where, setWhere] = useState(initial.in);
  const [from, setFrom] = useState<PlanStart>(initial.from);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate({ to: '/plan', search: { target, in: where, from } });
  };

  return (
    <>
      <form
        onSubmit={onSubmit}
        className="no-print mt-4 flex flex-wrap items-end gap-3"
        aria-label="Plan a path"
      >
        <Field label="Target role">
          <Select value={target} onChange={(e) => setTarget(e.target.value)}>
            {(roles.data?.items ?? []).map((r) => (
              <option key={r.code} value={r.code}>
                {r.title}
              </option>
            ))}
            {roles.data === undefined ? <option value={target}>{target}</option> : null}
          </Select>
        </Field>
        <Field label="Where">
          <Select value={where} onChange={(e) => setWhere(e.target.value)} required>
            {where === '' ? (
              <option value="" disabled>
                Choose where you want to work
              </option>
            ) : null}
            <JurisdictionOptions />
          </Select>
        </Field>
        <fieldset>
          <legend className="font-medium">Start from</legend>
          <div className="flex gap-4 py-2">
            <label className="flex items-center gap-1">
              <input
                type="radio"
                name="plan-from"
                value="blank"
                checked={from === 'blank'}
                onChange={() => setFrom('blank')}
              />
              A blank start
            </label>
            <label className="flex items-center gap-1">
              <input
                type="radio"
                name="plan-from"
                value="record"
                checked={from === 'record'}
                disabled={personId === null}
                onChange={() => setFrom('record')}
              />
              My record
            </label>
          </div>
        </fieldset>
        <button type="submit" className="btn">
          Make the plan
        </button>
      </form>
      {personId === null ? (
        <p className="no-print mt-2 text-sm text-slate-700">
          {signedIn ? (
            <>
              You have no record yet: <Link to="/import">import one</Link> to plan from it.
            </>
          ) : (
            <>
              <Link to="/sign-in" search={{ redirect: '/plan' }}>
                Sign in
              </Link>{' '}
              to plan from your own record.
            </>
          )}
        </p>
      ) : null}
    </>
  );
}
