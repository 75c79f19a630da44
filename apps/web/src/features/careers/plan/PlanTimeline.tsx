import type { PlanStep } from '../../../api/queries';
import { Card } from '../../../components/page';
import { afterTitles, confidenceLabel, formatCost, formatDuration } from '../career-view';
import { SourceLink } from '../facts';

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

/** The steps in order, each with its kind, duration, cost, what it waits for, and its sources. */
export function PlanTimeline({ steps, labelledBy }: { steps: readonly PlanStep[]; labelledBy: string }) {
  return (
    <ol
      className="mt-2 space-y-3 border-l-4 border-brand-700 pl-4"
      aria-labelledby={labelledBy}
      data-testid="plan-steps"
    >
      {steps.map((step, i) => (
        <li key={step.id} data-step-id={step.id} data-after={step.after.join(' ')} className="print-card">
          <StepCard step={step} number={i + 1} steps={steps} />
        </li>
      ))}
    </ol>
  );
}

function StepCard({ step, number, steps }: { step: PlanStep; number: number; steps: readonly PlanStep[] }) {
  const label = confidenceLabel(step.confidence, step.sources[0] ?? null);
  const after = afterTitles(step, steps);
  return (
    <Card>
      <h4 className="font-semibold">
        {number}. {step.title}
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
        <ul className="mt-1 ml-5 list-disc text-sm text-slate-700 [overflow-wrap:anywhere]">
          {step.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}
