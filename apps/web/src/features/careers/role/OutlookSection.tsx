import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/page';
import { Section } from '../../../components/section';
import type { JobRoleProfile, SourcedFact, UsOutlook } from '@modality/contracts';
import { formatFigure, usd, valueOf, vintagesOf } from '../career-view';
import { Fact, FigureChart } from '../facts';

const OUTLOOK_ROWS: readonly { key: keyof UsOutlook; label: string }[] = [
  { key: 'medianAnnualWage', label: 'Median annual pay' },
  { key: 'p10AnnualWage', label: 'Lowest 10 % earn less than' },
  { key: 'p90AnnualWage', label: 'Highest 10 % earn more than' },
  { key: 'medianHourlyWage', label: 'Median hourly pay' },
  { key: 'employment', label: 'Employment' },
  { key: 'projectedChangePct', label: 'Projected change in employment' },
  { key: 'numericChange', label: 'Projected change (jobs)' },
  { key: 'annualOpenings', label: 'Openings a year' },
];

function isFact(value: unknown): value is SourcedFact {
  return typeof value === 'object' && value !== null && 'confidence' in value && 'value' in value;
}

const HEADING = 'outlook-heading';

/** Pay and outlook (US): a chart of the pay figures, then a table of every figure with its source. */
export function OutlookSection({ role }: { role: JobRoleProfile }) {
  return (
    <Section id={HEADING} title="Pay and outlook (United States)" className="mt-6">
      {role.usOutlook === null ? (
        <EmptyState>
          No US occupation code is confirmed for this role, so no US pay or outlook figures are shown.
        </EmptyState>
      ) : (
        <Outlook outlook={role.usOutlook} note={role.outlookNote} />
      )}
    </Section>
  );
}

function Outlook({ outlook: o, note }: { outlook: UsOutlook; note: string | undefined }) {
  const pay = [
    { name: 'Lowest 10 %', fact: o.p10AnnualWage },
    { name: 'Median', fact: o.medianAnnualWage },
    { name: 'Highest 10 %', fact: o.p90AnnualWage },
  ];
  const rows = OUTLOOK_ROWS.flatMap(({ key, label }) => {
    const fact = o[key];
    return isFact(fact) ? [{ key, label, fact }] : [];
  });
  return (
    <>
      <p className="text-sm text-slate-700">
        {o.occupation} (SOC {o.soc}){note === undefined ? '' : `. ${note}`}
      </p>
      <FigureChart
        caption={`Annual pay, ${o.occupation}, United States (${vintagesOf(pay.map((p) => p.fact)) || 'vintage not confirmed'}): ${pay
          .map((p) => `${p.name} ${p.fact.value === null ? 'not confirmed' : formatFigure(p.fact)}`)
          .join(', ')}.`}
        rows={pay.map((p) => ({ level: p.name, pay: valueOf(p.fact) }))}
        series={[{ key: 'pay', name: 'Annual pay (USD)', color: '#0b5566' }]}
        label="level"
        format={usd}
      />
      <DataTable
        className="mt-3"
        aria-labelledby={HEADING}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { header: 'Figure', cell: (r) => r.label },
          { header: 'Value, vintage and source', cell: (r) => <Fact fact={r.fact} /> },
        ]}
      />
    </>
  );
}
