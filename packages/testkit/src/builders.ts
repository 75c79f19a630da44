import type { ProgramRow } from '@modality/app';

/**
 * A fictitious JRCERT associate program of the directory, marked demo.
 *
 * @example
 * programRow('A1', 'radiography', 'us-tx').id // 'jrcert:A1'
 */
export function programRow(id: string, discipline: string, jurisdiction: string, over: Partial<ProgramRow> = {}): ProgramRow {
  return {
    id: `jrcert:${id}`,
    accreditor: 'jrcert',
    accreditorProgramId: id,
    name: `DEMO ${id}`,
    institution: 'Harbor Valley College (fictitious)',
    discipline,
    award: 'associate',
    jurisdiction,
    city: null,
    lengthMonths: null,
    url: null,
    demo: true,
    comment: null,
    outcome: null,
    ...over,
  };
}
