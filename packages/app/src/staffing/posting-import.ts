import { DomainError, ValidationError } from '@modality/domain';
import type { StaffingDeps } from '../deps.js';
import type { PostingRow } from '../ports/index.js';
import { postingOrganisationNamed } from './posting-access.js';
import { changedPostingRow, newPostingRow, type PostingInput } from './posting-write.js';

/** One posting of an import file: its line (CSV) or position (JSON) and the posting, keyed by its reference. */
export interface PostingImportItem {
  readonly line: number;
  readonly posting: PostingInput & { readonly reference: string };
}

/** A row that the import refused, by line, with every reason. */
export interface PostingImportRejection {
  readonly line: number;
  readonly reasons: readonly string[];
}

/** What an import did: counts, or — when any row was refused — nothing written and every refusal. */
export interface PostingImportReport {
  readonly inserted: number;
  readonly updated: number;
  readonly rejected: readonly PostingImportRejection[];
}

/**
 * Imports postings for one organisation (named by id or exact name) as one transaction: every posting is placed and checked first,
 * and if any is refused nothing is written and each refusal is returned by line. A posting is keyed by the
 * organisation's reference, so importing the same file again updates the same postings instead of adding
 * copies. For operators (the `modality postings import` command).
 *
 * @example
 * await importPostings(deps, { organisation: 'Northstar Imaging Staffing (fictitious)', items }) // { inserted: 3, updated: 0, rejected: [] }
 */
export async function importPostings(deps: StaffingDeps, input: { readonly organisation: string; readonly items: readonly PostingImportItem[] }): Promise<PostingImportReport> {
  const org = await postingOrganisationNamed(deps, input.organisation, 'organisation');
  return deps.store.transaction(async (tx) => {
    const rejected: PostingImportRejection[] = [];
    const writes: Array<{ kind: 'insert' | 'update'; row: PostingRow }> = [];
    const seen = new Map<string, number>();
    for (const { line, posting } of input.items) {
      const dup = seen.get(posting.reference);
      if (dup !== undefined) {
        rejected.push({ line, reasons: [`reference: ${JSON.stringify(posting.reference)} is also on line ${dup}`] });
        continue;
      }
      seen.set(posting.reference, line);
      try {
        const existing = await tx.postings.findByReference(org.id, posting.reference);
        if (existing === undefined) writes.push({ kind: 'insert', row: newPostingRow(deps, org, posting, null) });
        else writes.push({ kind: 'update', row: changedPostingRow(deps, existing, posting) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        rejected.push({ line, reasons: error instanceof ValidationError ? error.issues.map((i) => `${i.path}: ${i.message}`) : [error.message] });
      }
    }
    if (rejected.length > 0) return { inserted: 0, updated: 0, rejected };
    for (const w of writes) await (w.kind === 'insert' ? tx.postings.insert(w.row) : tx.postings.update(w.row));
    const at = deps.clock.now().toISOString();
    await tx.audit.append({ at, actorUserId: null, organisationId: org.id, action: 'postings.imported', subjectPersonId: null, details: { postings: writes.length } });
    return { inserted: writes.filter((w) => w.kind === 'insert').length, updated: writes.filter((w) => w.kind === 'update').length, rejected: [] };
  });
}
