import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/page';
import { Section } from '../../../components/section';
import type { JobRoleProfile } from '@modality/contracts';
import { Fact } from '../facts';
import { disciplineName } from '@modality/contracts';

const HEADING = 'shortage-heading';

/** Sourced shortage evidence for a role, by region. */
export function ShortageSection({ shortage }: { shortage: JobRoleProfile['shortage'] }) {
  return (
    <Section id={HEADING} title="Shortage evidence" className="mt-6">
      {shortage.length === 0 ? (
        <EmptyState>No sourced shortage evidence for this role.</EmptyState>
      ) : (
        <DataTable
          aria-labelledby={HEADING}
          rows={shortage}
          rowKey={(_, i) => i}
          columns={[
            { header: 'Region', cell: (s) => s.region },
            {
              header: 'What',
              cell: (s) => (
                <>
                  {s.publisher}: {s.indicator.replace('-', ' ')} ({disciplineName(s.modality).toLowerCase()})
                  {s.statement === undefined ? null : <span className="block text-sm">{s.statement}</span>}
                </>
              ),
            },
            { header: 'Value, vintage and source', cell: (s) => <Fact fact={s.fact} /> },
          ]}
        />
      )}
    </Section>
  );
}
