import type { Plan } from '../../../api/queries';
import { Card } from '../../../components/page';
import { Section } from '../../../components/section';
import { SourceLink } from '../facts';
import { PlanAlternatives } from './PlanAlternatives';
import { PlanTimeline } from './PlanTimeline';
import { PlanTotals } from './PlanTotals';

/** A plan: its warnings, totals, the steps in order, what is already done, alternatives and sources. */
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
      <PlanWarnings warnings={plan.warnings} />
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
            <PlanTotals totals={plan.totals} />
          </Card>
          <h3 className="mt-4 text-lg font-semibold" id="steps-heading">
            Steps, in order
          </h3>
          <PlanTimeline steps={plan.steps} labelledBy="steps-heading" />
        </>
      ) : null}
      {plan.satisfied.length === 0 ? null : (
        <Section title="Already done" level={3} className="mt-4">
          <ul className="ml-5 list-disc" data-testid="plan-satisfied">
            {plan.satisfied.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong> — {s.reason}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <PlanAlternatives plan={plan} />
      <Section title="Sources" level={3} className="mt-4">
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
      </Section>
    </article>
  );
}

function PlanWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="mt-3 rounded-md border border-amber-600 bg-amber-50 p-3" data-testid="plan-warnings">
      <h3 className="font-semibold">Warnings</h3>
      <ul className="ml-5 list-disc">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
