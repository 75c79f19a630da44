import type { CalendarDate, PersonRecord } from '@modality/domain';
import { evaluate, type PostprimaryLogEntry, type Verdict } from '@modality/rules';
import type { Deps } from '../deps.js';

/** Verdicts kept per node; a record's verdict is asked for again and again (the record page, its calendar). */
const MEMO_LIMIT = 2_000;

/** The memo of each set of dependencies (one per server or command), so tests never share one. */
const memos = new WeakMap<Deps['hasher'], Map<string, Verdict>>();

/**
 * The rules engine's verdict on `record` as of `asOf`, remembered by the record's content: the engine is
 * pure, so the same record, day and target always give the same verdict, and a changed record (any entry,
 * a signature) is a different key. Nothing goes stale and nothing needs telling when a record changes; the
 * oldest entries are dropped beyond {@link MEMO_LIMIT}. The verdict returned may be shared: never mutate it.
 *
 * @example
 * memoisedVerdict(deps, record, calendarDate('2026-11-30'), undefined) // same object as evaluate(…) gave the first time
 */
export function memoisedVerdict(
  deps: Pick<Deps, 'hasher'>,
  record: PersonRecord,
  asOf: CalendarDate,
  target: string | undefined,
  postprimaryLog?: readonly PostprimaryLogEntry[],
): Verdict {
  let memo = memos.get(deps.hasher);
  if (memo === undefined) {
    memo = new Map();
    memos.set(deps.hasher, memo);
  }
  // The log is part of the key: a new signature on it is a different verdict.
  const key = `${asOf}\u0000${target ?? ''}\u0000${deps.hasher.digest(JSON.stringify(record))}\u0000${postprimaryLog === undefined ? '' : deps.hasher.digest(JSON.stringify(postprimaryLog))}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const verdict = evaluate(record, asOf, { ...(target === undefined ? {} : { target }), ...(postprimaryLog === undefined ? {} : { postprimaryLog }) });
  if (memo.size >= MEMO_LIMIT) {
    const oldest = memo.keys().next();
    if (oldest.done !== true) memo.delete(oldest.value);
  }
  memo.set(key, verdict);
  return verdict;
}
