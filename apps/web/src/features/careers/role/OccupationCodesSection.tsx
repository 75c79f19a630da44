import { DataTable } from '../../../components/data-table';
import { Section } from '../../../components/section';
import type { JobRoleProfile } from '@modality/contracts';
import { confidenceLabel } from '../career-view';
import { SourceLink } from '../facts';

const HEADING = 'codes-heading';

/** The role's codes in occupation classifications (SOC, ISCO, …), each with its source. */
export function OccupationCodesSection({ codes }: { codes: JobRoleProfile['occupationCodes'] }) {
  return (
    <Section id={HEADING} title="Occupation codes" className="mt-6">
      <DataTable
        aria-labelledby={HEADING}
        rows={codes}
        rowKey={(c) => `${c.system}-${c.code ?? 'none'}`}
        columns={[
          { header: 'System', cell: (c) => c.system },
          { header: 'Code', cell: (c) => c.code ?? 'not confirmed' },
          {
            header: 'Title',
            cell: (c) => (
              <>
                {c.title}
                {c.note === undefined ? null : <span className="block text-xs text-slate-600">{c.note}</span>}
              </>
            ),
          },
          {
            header: 'Source',
            cell: (c) => {
              const label = confidenceLabel(c.confidence, c.sourceUrl);
              return (
                <>
                  {c.sourceUrl === null ? 'none' : <SourceLink url={c.sourceUrl} />}
                  {label === null ? null : <span className="block text-xs">{label}</span>}
                </>
              );
            },
          },
        ]}
      />
    </Section>
  );
}
