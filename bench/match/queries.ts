import { readRow, seededRng, type CandidateRecord, type Posting } from '@modality/matching';
import type { Dataset } from './dataset.js';

export const QUERY_CLASSES = ['typical', 'broad', 'narrow', 'candidate-to-postings'] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];
export type PostingClass = Exclude<QueryClass, 'candidate-to-postings'>;
export const POSTING_QUERY_CLASSES = ['typical', 'broad', 'narrow'] as const satisfies readonly PostingClass[];

/** One list of queries per class. */
export interface QueryLists {
  posting: Record<PostingClass, Posting[]>;
  candidates: CandidateRecord[];
}

/** The queries every peer runs, in this order: the warm-up lists, then the timed lists. */
export interface QuerySet {
  warmup: QueryLists;
  timed: QueryLists;
}

/** `count` items of `list` from `start`, wrapping around when the list is shorter (small datasets). */
function cycle<T>(list: readonly T[], start: number, count: number): T[] {
  if (list.length === 0) throw new RangeError('a query class has no postings in this dataset');
  return Array.from({ length: count }, (_, i) => list[(start + i) % list.length] as T);
}

/**
 * The query set: per posting class (by construction: narrow includes the generator's 'empty' class), the
 * first `timed` postings of the class are timed and the next `warmup` ones warm up, so no timed query has
 * run before (a class with too few postings wraps around). Candidates for candidate → postings are
 * seeded random rows, warm-up ones drawn after the timed ones.
 */
export function querySet(ds: Dataset, timed: number, warmup: number, seed: number): QuerySet {
  const byClass = (labels: string[]): Posting[] => ds.postings.filter((_, i) => labels.includes(ds.classes[i] ?? ''));
  const classes: Record<PostingClass, Posting[]> = { typical: byClass(['typical']), broad: byClass(['broad']), narrow: byClass(['narrow', 'empty']) };
  const r = seededRng(seed, 900);
  const rows = Array.from({ length: timed + warmup }, () => readRow(ds.cols, r.int(ds.cols.n)));
  const lists = (start: number, count: number, rowsFrom: number): QueryLists => ({
    posting: { typical: cycle(classes.typical, start, count), broad: cycle(classes.broad, start, count), narrow: cycle(classes.narrow, start, count) },
    candidates: rows.slice(rowsFrom, rowsFrom + count),
  });
  return { timed: lists(0, timed, 0), warmup: lists(timed, warmup, timed) };
}

/** The query of list `cls` at position i. */
export function queriesOf(l: QueryLists, cls: QueryClass): readonly (Posting | CandidateRecord)[] {
  return cls === 'candidate-to-postings' ? l.candidates : l.posting[cls];
}

type CandidateJson = Omit<CandidateRecord, 'modalityQuarters' | 'procedures'> & { modalityQuarters: [number, number][]; procedures: [number, number][] };

/** JSON text of a query set (candidate maps as entry lists), for the peer processes. */
export function querySetToJson(qs: QuerySet): string {
  const lists = (l: QueryLists): unknown => ({ posting: l.posting, candidates: l.candidates.map((c) => ({ ...c, modalityQuarters: [...c.modalityQuarters], procedures: [...c.procedures] })) });
  return JSON.stringify({ warmup: lists(qs.warmup), timed: lists(qs.timed) });
}

export function querySetFromJson(text: string): QuerySet {
  const raw = JSON.parse(text) as Record<'warmup' | 'timed', { posting: QueryLists['posting']; candidates: CandidateJson[] }>;
  const lists = (l: (typeof raw)['timed']): QueryLists => ({
    posting: l.posting,
    candidates: l.candidates.map((c) => ({ ...c, modalityQuarters: new Map(c.modalityQuarters), procedures: new Map(c.procedures) })),
  });
  return { warmup: lists(raw.warmup), timed: lists(raw.timed) };
}
