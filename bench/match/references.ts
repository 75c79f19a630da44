import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRow, referenceMatch, referencePostings, type CandidateRecord, type ReferenceRanking } from '@modality/matching';
import type { RefAnswer } from './check.js';
import type { Dataset } from './dataset.js';
import { QUERY_CLASSES, type QueryClass, type QuerySet } from './queries.js';

/** The reference's answers to every timed query, by class, in timed order. */
export type References = Record<QueryClass, RefAnswer[]>;

const toRef = (r: ReferenceRanking): RefAnswer => ({ ids: r.ids, scores: r.scores, totalQualified: r.totalQualified, nearMissCount: r.nearMisses.size });

/** Every candidate as a record object, as the brute-force reference reads them. */
export function allRecords(ds: Dataset): CandidateRecord[] {
  const out: CandidateRecord[] = [];
  for (let i = 0; i < ds.cols.n; i++) out.push(readRow(ds.cols, i));
  return out;
}

/**
 * Brute-force answers (`referenceMatch` / `referencePostings` of @modality/matching: one object per
 * candidate, every rule as written, a full sort) for the timed queries whose position i has
 * i % parts === part; the other positions stay empty, for a parallel run to fill.
 */
export function computeReferences(ds: Dataset, qs: QuerySet, k: number, part = 0, parts = 1): Record<QueryClass, (RefAnswer | null)[]> {
  const records = allRecords(ds);
  const mine = <T>(list: readonly T[], f: (x: T) => RefAnswer): (RefAnswer | null)[] => list.map((x, i) => (i % parts === part ? f(x) : null));
  return {
    typical: mine(qs.timed.posting.typical, (p) => toRef(referenceMatch(records, p, k))),
    broad: mine(qs.timed.posting.broad, (p) => toRef(referenceMatch(records, p, k))),
    narrow: mine(qs.timed.posting.narrow, (p) => toRef(referenceMatch(records, p, k))),
    'candidate-to-postings': mine(qs.timed.candidates, (c) => toRef(referencePostings(ds.postings, c, k))),
  };
}

/** Merges the parts of a parallel run; throws if a position was left empty. */
export function mergeReferences(parts: readonly Record<QueryClass, (RefAnswer | null)[]>[]): References {
  const out = {} as References;
  for (const cls of QUERY_CLASSES) {
    const n = parts[0]?.[cls].length ?? 0;
    out[cls] = Array.from({ length: n }, (_, i) => {
      const found = parts.map((p) => p[cls][i]).find((r) => r !== null && r !== undefined);
      if (found === undefined || found === null) throw new Error(`reference answer missing for ${cls} #${i}`);
      return found;
    });
  }
  return out;
}

/** The cache file of a query set's reference answers: keyed by the dataset's hashes, k and the timed query ids. */
export function referenceCachePath(ds: Dataset, qs: QuerySet, k: number): string {
  const key = JSON.stringify({ files: ds.manifest.files, k, posting: Object.values(qs.timed.posting).map((l) => l.map((p) => p.id)), candidates: qs.timed.candidates.map((c) => c.id) });
  return join(ds.dir, `reference-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.json`);
}

export function readCachedReferences(path: string): References | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as References) : null;
}

export function writeCachedReferences(path: string, refs: References): void {
  writeFileSync(path, JSON.stringify(refs));
}
