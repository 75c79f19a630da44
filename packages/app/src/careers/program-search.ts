import type { Deps } from '../deps.js';
import { pageOf, pageRequest, type Page, type PageInput } from '../pagination/cursor.js';
import type { ProgramFilter, ProgramRow } from '../ports/index.js';

/** A search of the program directory: any of the filters (all must match), and the page. */
export interface ProgramSearch extends PageInput {
  readonly discipline?: string | undefined;
  readonly award?: string | undefined;
  readonly jurisdiction?: string | undefined;
  readonly accreditor?: string | undefined;
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

/**
 * Programs of the directory matching every given filter, in id order, a page at a time (demo rows are
 * marked `demo: true`). Open to everyone: the directory is public.
 *
 * @example
 * await searchPrograms(deps, { discipline: 'radiography', jurisdiction: 'us-tx', limit: 20 }) // { items: [...], nextCursor: '…' | null }
 */
export async function searchPrograms(deps: Pick<Deps, 'store'>, search: ProgramSearch): Promise<Page<ProgramRow>> {
  const rows = await deps.store.programs.search(filterOf(search), pageRequest(search));
  return pageOf(rows, search.limit);
}
