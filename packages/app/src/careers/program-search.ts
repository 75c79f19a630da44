import { accreditorDirectory, IPEDS_COMPLETIONS_2023_24, type AccreditorDirectory } from '@modality/knowledge';
import type { Deps } from '../deps.js';
import { pageOf, pageRequest, type Page, type PageInput } from '../pagination/cursor.js';
import type { ProgramFilter, ProgramOutcome, ProgramRow } from '../ports/index.js';

/** A search of the program directory: any of the filters (all must match), and the page. */
export interface ProgramSearch extends PageInput {
  readonly discipline?: string | undefined;
  readonly award?: string | undefined;
  readonly jurisdiction?: string | undefined;
  readonly accreditor?: string | undefined;
}

/** A program as people read it: its outcome with the source, and where to check its accreditation. */
export interface ProgramListing extends Omit<ProgramRow, 'outcome'> {
  readonly outcome: (ProgramOutcome & { readonly publisher: string; readonly sourceUrl: string }) | null;
  /** The discipline's accreditor directory: the place to check accreditation (never claimed from IPEDS). */
  readonly accreditationDirectory: AccreditorDirectory | null;
}

/** The filters that were given (an absent filter matches every program). */
function filterOf(search: ProgramSearch): ProgramFilter {
  const { discipline, award, jurisdiction, accreditor } = search;
  return {
    ...(discipline === undefined ? {} : { discipline }),
    ...(award === undefined ? {} : { award }),
    ...(jurisdiction === undefined ? {} : { jurisdiction }),
    ...(accreditor === undefined ? {} : { accreditor }),
  };
}

/** Adds the outcome's source and the accreditor directory to a stored program. */
export function programListing(row: ProgramRow): ProgramListing {
  // Only the IPEDS load writes outcomes, so the one source is known from the academic year.
  const source = row.outcome?.academicYear === IPEDS_COMPLETIONS_2023_24.academicYear ? IPEDS_COMPLETIONS_2023_24 : undefined;
  return {
    ...row,
    outcome: row.outcome === null ? null : { ...row.outcome, publisher: source?.publisher ?? 'not recorded', sourceUrl: source?.sourceUrl ?? '' },
    accreditationDirectory: accreditorDirectory(row.discipline) ?? null,
  };
}

/**
 * Programs of the directory matching every given filter, in id order, a page at a time (demo rows are
 * marked `demo: true`). Open to everyone: the directory is public.
 *
 * @example
 * await searchPrograms(deps, { discipline: 'radiography', jurisdiction: 'us-tx', limit: 20 }) // { items: [...], nextCursor: '…' | null }
 */
export async function searchPrograms(deps: Pick<Deps, 'store'>, search: ProgramSearch): Promise<Page<ProgramListing>> {
  const rows = await deps.store.programs.search(filterOf(search), pageRequest(search));
  const page = pageOf(rows, search.limit);
  return { ...page, items: page.items.map(programListing) };
}
