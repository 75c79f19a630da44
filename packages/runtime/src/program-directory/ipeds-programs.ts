import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ProgramDataset, ProgramRow } from '@modality/app';
import { parse } from 'csv-parse/sync';

/** The programs reported to IPEDS for 2023-24, shipped in `packages/runtime/data/` (its README says how they were made). */
export const IPEDS_PROGRAMS_FILE = fileURLToPath(new URL('../../data/ipeds-imaging-programs-2023-24.csv', import.meta.url));

/** The dataset's name in the directory; its digest decides whether a start loads it again. */
export const IPEDS_DATASET_NAME = 'ipeds-completions-2023-24';

/** The columns read (the file also has the awards of the four earlier years). */
type Row = Record<'unitid' | 'cip' | 'cip_title' | 'awlevel' | 'credential_level' | 'institution' | 'city' | 'jurisdiction' | 'discipline' | 'award' | 'url' | 'awards_2023_24', string>;

/**
 * One IPEDS row as a directory program. Its id keeps the form of the published import file
 * (`other:IPEDS-<unitid>-<cip digits>-<award level>`) so a directory that imported that file is updated,
 * not doubled. The accreditor is `other` because IPEDS records no accreditation.
 */
export function ipedsProgram(row: Row): ProgramRow {
  const programId = `IPEDS-${row.unitid}-${row.cip.replace('.', '')}-${row.awlevel}`;
  const awards = Number(row.awards_2023_24);
  if (!/^\d{6}$/.test(row.unitid) || !/^51\.\d{4}$/.test(row.cip) || !Number.isInteger(awards) || row.awards_2023_24 === '') {
    throw new Error(`the IPEDS program file has a malformed row: ${JSON.stringify(row)}`);
  }
  return {
    id: `other:${programId}`,
    accreditor: 'other',
    accreditorProgramId: programId,
    name: `${row.cip_title} (${row.credential_level})`,
    institution: row.institution,
    discipline: row.discipline,
    award: row.award,
    jurisdiction: row.jurisdiction,
    city: row.city === '' ? null : row.city,
    lengthMonths: null,
    url: row.url === '' ? null : row.url,
    demo: false,
    comment: "Reported to IPEDS under the college's own classification; not an accreditation record. The link is the college's home page.",
    outcome: { awards, academicYear: '2023-24' },
  };
}

/**
 * Reads the shipped IPEDS program file: the programs, and the dataset record (name, SHA-256 of the file,
 * row count) that makes loading it again a no-op.
 *
 * @example
 * const { dataset, programs } = await readIpedsPrograms(); // programs.length === 1725
 */
export async function readIpedsPrograms(file: string = IPEDS_PROGRAMS_FILE): Promise<{ dataset: ProgramDataset; programs: ProgramRow[] }> {
  const text = await readFile(file, 'utf8');
  const rows = parse<Row>(text, { columns: true, skip_empty_lines: true });
  const programs = rows.map(ipedsProgram);
  const digest = createHash('sha256').update(text).digest('hex');
  return { dataset: { name: IPEDS_DATASET_NAME, digest, rows: programs.length }, programs };
}
