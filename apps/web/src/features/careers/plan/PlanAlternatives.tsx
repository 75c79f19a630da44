import type { Plan } from '../../../api/queries';
import { DataTable } from '../../../components/data-table';
import { Section } from '../../../components/section';
import { formatCosts, formatDuration } from '../career-view';

const HEADING = 'alternatives-heading';

/** The other routes to the same role, ranked by time and by cost (unknowns left out, never guessed). */
export function PlanAlternatives({ plan }: { plan: Plan }) {
  const { routes, byTime, byCost } = plan.alternatives;
  if (routes.length === 0) return null;
  const rank = (order: readonly string[], id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? '—' : String(i + 1);
  };
  const ordered = [...routes].sort((a, b) => byTime.indexOf(a.id) - byTime.indexOf(b.id));
  return (
    <Section id={HEADING} title="Alternatives" level={3} className="mt-4">
      <DataTable
        aria-labelledby={HEADING}
        data-testid="plan-alternatives"
        rows={ordered}
        rowKey={(r) => r.id}
        columns={[
          {
            header: 'Route',
            cell: (r) => (
              <>
                {r.title}
                {plan.route?.id === r.id ? (
                  <span className="block text-xs font-normal">(the plan above)</span>
                ) : null}
              </>
            ),
          },
          { header: 'Steps left', numeric: true, cell: (r) => r.totals.steps },
          {
            header: 'Time',
            cell: (r) => (
              <>
                {r.totals.duration === null ? 'unknown' : formatDuration(r.totals.duration)}
                {r.totals.durationComplete || r.totals.duration === null ? '' : ' + unknown'}
              </>
            ),
          },
          {
            header: 'Cost',
            cell: (r) => (
              <>
                {formatCosts(r.totals.cost)}
                {r.totals.costComplete || r.totals.cost.length === 0 ? '' : ' + unknown'}
              </>
            ),
          },
          { header: 'Rank by time', numeric: true, cell: (r) => rank(byTime, r.id) },
          { header: 'Rank by cost', numeric: true, cell: (r) => rank(byCost, r.id) },
        ]}
      />
      <p className="mt-1 text-sm text-slate-700">
        Where: {plan.target.jurisdictionName}. Unknown durations and costs are left out of the totals, never
        guessed.
      </p>
    </Section>
  );
}
