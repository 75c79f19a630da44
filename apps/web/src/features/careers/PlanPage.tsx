import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import {
  meQueryOptions,
  recordQueryOptions,
  usePlan,
  useRoles,
  type Plan,
  type PlanRequest,
  type PlanStep,
} from '../../api/queries';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import {
  afterTitles,
  confidenceLabel,
  formatCosts,
  formatCost,
  formatDuration,
  jurisdictionName,
} from './career-view';
import { JurisdictionOptions } from './CareersPages';
import { SourceLink } from './facts';

const planRoute = getRouteApi('/public/plan');

const KIND_LABELS: Readonly<Record<PlanStep['kind'], string>> = {
  'education-program': 'Education program',
  degree: 'Degree',
  'credential-evaluation': 'Credential evaluation',
  'clinical-experience': 'Clinical experience',
  'structured-education': 'Structured education',
  exam: 'Examination',
  licence: 'Licence',
  registration: 'Registration',
  'language-test': 'Language test',
  visa: 'Visa',
  ce: 'Continuing education',
  other: 'Other',
};

/** "Plan a path": a role and a jurisdiction, from a blank start or from the signed-in person's record. */
export function PlanPage() {
  const search = planRoute.useSearch();
  const navigate = useNavigate();
  const { data: me } = useQuery(meQueryOptions);
  const personId = me?.personId ?? null;
  const roles = useRoles();
  const [target, setTarget] = useState(search.target ?? 'radiographer');
  const [where, setWhere] = useState(search.in ?? 'us-tx');
  const [from, setFrom] = useState<'blank' | 'record'>(search.from ?? 'blank');

  const fromRecord = search.from === 'record' && personId !== null;
  const record = useQuery({ ...recordQueryOptions(personId ?? ''), enabled: fromRecord });
  let request: PlanRequest | null = null;
  if (search.target !== undefined && search.in !== undefined) {
    if (!fromRecord) request = { target: search.target, in: search.in };
    else if (record.data !== undefined)
      request = { target: search.target, in: search.in, record: record.data };
  }
  const plan = usePlan(request, fromRecord ? (personId ?? 'record') : 'blank');

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate({ to: '/plan', search: { target, in: where, from } });
  };

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PageHeading title="Plan a path" />
        {plan.data === undefined ? null : (
          <button type="button" className="btn btn-secondary no-print" onClick={() => window.print()}>
            Print plan
          </button>
        )}
      </div>
      <form
        onSubmit={onSubmit}
        className="no-print mt-4 flex flex-wrap items-end gap-3"
        aria-label="Plan a path"
      >
        <div>
          <label htmlFor="plan-target" className="block font-medium">
            Target role
          </label>
          <select
            id="plan-target"
            className="field-input"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          >
            {(roles.data?.items ?? []).map((r) => (
              <option key={r.code} value={r.code}>
                {r.title}
              </option>
            ))}
            {roles.data === undefined ? <option value={target}>{target}</option> : null}
          </select>
        </div>
        <div>
          <label htmlFor="plan-in" className="block font-medium">
            Where
          </label>
          <select
            id="plan-in"
            className="field-input"
            value={where}
            onChange={(e) => setWhere(e.target.value)}
          >
            <JurisdictionOptions />
          </select>
        </div>
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
          {me === null || me === undefined ? (
            <>
              <Link to="/sign-in" search={{ redirect: '/plan' }}>
                Sign in
              </Link>{' '}
              to plan from your own record.
            </>
          ) : (
            <>
              You have no record yet: <Link to="/import">import one</Link> to plan from it.
            </>
          )}
        </p>
      ) : null}
      <div className="mt-6">
        {search.from === 'record' && personId === null ? (
          <ErrorAlert>
            There is no record to plan from: sign in and import your record, or plan from a blank start.
          </ErrorAlert>
        ) : null}
        {record.isError ? <ErrorAlert>{describeError(record.error)}</ErrorAlert> : null}
        {request === null && search.target === undefined ? (
          <EmptyState>Choose a role and where you want to work, then make the plan.</EmptyState>
        ) : null}
        {(plan.isFetching || record.isFetching) && plan.data === undefined ? (
          <Loading what="the plan" />
        ) : null}
        {plan.isError ? <PlanError error={plan.error} /> : null}
        {plan.data === undefined ? null : <PlanView plan={plan.data} />}
      </div>
    </>
  );
}

function PlanError({ error }: { error: unknown }) {
  return (
    <ErrorAlert>
      <p>{describeError(error)}</p>
      {isApiProblem(error) && error.fieldErrors.length > 0 ? (
        <ul className="mt-1 ml-5 list-disc">
          {error.fieldErrors.map((e) => (
            <li key={`${e.path}-${e.message}`}>
              {e.path === 'target' ? 'Target role' : e.path === 'in' ? 'Where' : e.path}: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </ErrorAlert>
  );
}

function Totals({ totals }: { totals: Plan['totals'] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="plan-totals">
      <dt className="font-medium">Steps</dt>
      <dd>{totals.steps}</dd>
      <dt className="font-medium">Time</dt>
      <dd>
        {totals.duration === null ? 'unknown' : formatDuration(totals.duration)}
        {totals.durationComplete || totals.duration === null
          ? ''
          : ' (known steps only — some durations are unknown)'}
      </dd>
      <dt className="font-medium">Cost</dt>
      <dd>
        {formatCosts(totals.cost)}
        {totals.costComplete || totals.cost.length === 0
          ? ''
          : ' (known costs only — some costs are unknown)'}
      </dd>
    </dl>
  );
}

export function PlanView({ plan }: { plan: Plan }) {
  return (
    <article aria-labelledby="plan-title" data-testid="plan">
      <h2 id="plan-title" className="text-xl font-semibold">
        {plan.target.roleTitle} in {plan.target.jurisdictionName}
        {plan.from === 'record' ? ', from your record' : ', from a blank start'}
      </h2>
      <p className="text-sm text-slate-700">
        As of {plan.asOf}
        {plan.route === null ? '' : ` · route: ${plan.route.title}`}
      </p>
      {plan.warnings.length === 0 ? null : (
        <div className="mt-3 rounded-md border border-amber-600 bg-amber-50 p-3" data-testid="plan-warnings">
          <h3 className="font-semibold">Warnings</h3>
          <ul className="ml-5 list-disc">
            {plan.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {plan.status === 'already-qualified' ? (
        <p className="mt-3 font-semibold" role="status">
          You already hold what this role asks for here.
        </p>
      ) : null}
      {plan.status === 'not-covered' ? (
        <p className="mt-3" role="status">
          The planner does not cover this role in {plan.target.jurisdictionName} yet (see the warnings).
        </p>
      ) : null}
      {plan.status === 'plan' ? (
        <>
          <Card className="mt-3">
            <h3 className="font-semibold">Totals</h3>
            <Totals totals={plan.totals} />
          </Card>
          <h3 className="mt-4 text-lg font-semibold" id="steps-heading">
            Steps, in order
          </h3>
          <Timeline steps={plan.steps} />
        </>
      ) : null}
      {plan.satisfied.length === 0 ? null : (
        <section aria-labelledby="satisfied-heading" className="mt-4">
          <h3 id="satisfied-heading" className="text-lg font-semibold">
            Already done
          </h3>
          <ul className="ml-5 list-disc" data-testid="plan-satisfied">
            {plan.satisfied.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong> — {s.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Alternatives plan={plan} />
      <section aria-labelledby="sources-heading" className="mt-4">
        <h3 id="sources-heading" className="text-lg font-semibold">
          Sources
        </h3>
        {plan.sources.length === 0 ? (
          <p>No sources.</p>
        ) : (
          <ul className="ml-5 list-disc" data-testid="plan-sources">
            {plan.sources.map((s) => (
              <li key={s}>
                <SourceLink url={s}>{s}</SourceLink>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function Timeline({ steps }: { steps: readonly PlanStep[] }) {
  return (
    <ol
      className="mt-2 space-y-3 border-l-4 border-brand-700 pl-4"
      aria-labelledby="steps-heading"
      data-testid="plan-steps"
    >
      {steps.map((step, i) => {
        const label = confidenceLabel(step.confidence);
        const after = afterTitles(step, steps);
        return (
          <li key={step.id} data-step-id={step.id} data-after={step.after.join(' ')} className="print-card">
            <Card>
              <h4 className="font-semibold">
                {i + 1}. {step.title}
              </h4>
              <p className="text-sm text-slate-700">
                {KIND_LABELS[step.kind]}
                {label === null ? '' : ` · ${label}`}
              </p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
                <dt className="font-medium">Duration</dt>
                <dd data-testid="step-duration">{formatDuration(step.duration)}</dd>
                <dt className="font-medium">Cost</dt>
                <dd data-testid="step-cost">{formatCost(step.cost)}</dd>
                <dt className="font-medium">After</dt>
                <dd>{after.length === 0 ? 'nothing — can start now' : after.join('; ')}</dd>
                {step.rules.length === 0 ? null : (
                  <>
                    <dt className="font-medium">Rules</dt>
                    <dd>{step.rules.join(', ')}</dd>
                  </>
                )}
                <dt className="font-medium">Sources</dt>
                <dd>
                  {step.sources.length === 0
                    ? 'none'
                    : step.sources.map((s, j) => (
                        <span key={s}>
                          {j === 0 ? '' : ', '}
                          <SourceLink url={s} />
                        </span>
                      ))}
                </dd>
              </dl>
              {step.duration?.stated === undefined || step.duration.stated === '' ? null : (
                <p className="text-xs text-slate-600">Duration as stated: {step.duration.stated}</p>
              )}
              {step.notes.length === 0 ? null : (
                <ul className="mt-1 ml-5 list-disc text-sm text-slate-700">
                  {step.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )}
            </Card>
          </li>
        );
      })}
    </ol>
  );
}

function Alternatives({ plan }: { plan: Plan }) {
  const { routes, byTime, byCost } = plan.alternatives;
  if (routes.length === 0) return null;
  const rank = (order: readonly string[], id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? '—' : String(i + 1);
  };
  const ordered = [...routes].sort((a, b) => byTime.indexOf(a.id) - byTime.indexOf(b.id));
  return (
    <section aria-labelledby="alternatives-heading" className="mt-4">
      <h3 id="alternatives-heading" className="text-lg font-semibold">
        Alternatives
      </h3>
      <table className="data-table" aria-labelledby="alternatives-heading" data-testid="plan-alternatives">
        <thead>
          <tr>
            <th scope="col">Route</th>
            <th scope="col" className="num">
              Steps left
            </th>
            <th scope="col">Time</th>
            <th scope="col">Cost</th>
            <th scope="col" className="num">
              Rank by time
            </th>
            <th scope="col" className="num">
              Rank by cost
            </th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                {r.title}
                {plan.route?.id === r.id ? (
                  <span className="block text-xs font-normal">(the plan above)</span>
                ) : null}
              </th>
              <td className="num">{r.totals.steps}</td>
              <td>
                {r.totals.duration === null ? 'unknown' : formatDuration(r.totals.duration)}
                {r.totals.durationComplete || r.totals.duration === null ? '' : ' + unknown'}
              </td>
              <td>
                {formatCosts(r.totals.cost)}
                {r.totals.costComplete || r.totals.cost.length === 0 ? '' : ' + unknown'}
              </td>
              <td className="num">{rank(byTime, r.id)}</td>
              <td className="num">{rank(byCost, r.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-sm text-slate-700">
        Where: {jurisdictionName(plan.target.jurisdiction)}. Unknown durations and costs are left out of the
        totals, never guessed.
      </p>
    </section>
  );
}
