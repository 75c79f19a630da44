import type { Plan } from '../../../api/queries';
import { formatCosts, formatDuration } from '../career-view';

/** How many steps, how long and how much in all; known figures only, and it says when some are unknown. */
export function PlanTotals({ totals }: { totals: Plan['totals'] }) {
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
