import { NotFoundError } from '@modality/domain';
import { CRITERIA, matchCandidate, PostingIndex, type Posting } from '@modality/matching';
import type { Principal } from '../auth/principal.js';
import type { StaffingDeps } from '../deps.js';
import type { PostingRow } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import { factsOf, profileOf } from './candidate-profile.js';
import { encodeCandidate, encodePosting } from './match-encoding.js';
import { gapWords, requirementWords } from './match-words.js';
import { routeToClose, type RouteToClose } from './near-miss-route.js';
import { viewsOf } from './posting-read.js';
import type { PostingView } from './posting-view.js';
import type { Contributions } from './rank-candidates.js';

/** A posting one qualifies for now, or one requirement short of. */
export interface MyMatch {
  readonly posting: PostingView;
  readonly score: number;
  readonly contributions: Contributions;
  /** Set on a near-miss: the one requirement not met yet, and what is left when the record says. */
  readonly missing: { readonly requirement: string; readonly says: string; readonly left: string | null; readonly route: RouteToClose | null } | null;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Every open posting, a thousand at a time. */
async function openPostings(deps: Pick<StaffingDeps, 'store' | 'clock'>): Promise<PostingRow[]> {
  const out: PostingRow[] = [];
  let after: string | undefined;
  for (;;) {
    const rows = await deps.store.postings.search({ openOn: todayUtc(deps) }, { limit: 1000, ...(after === undefined ? {} : { after }) });
    out.push(...rows);
    const last = rows.at(-1);
    if (rows.length < 1000 || last === undefined) return out;
    after = last.id;
  }
}

/**
 * The open postings one qualifies for now (best first, explained), and those one is a single requirement
 * short of, with what is left — from one's own record and preferences, whether or not the profile is on.
 */
export async function myMatches(deps: StaffingDeps, principal: Principal, options: { readonly k: number }): Promise<{ matches: MyMatch[]; nearMisses: MyMatch[] }> {
  const personId = principal.personId;
  if (personId === null) throw new NotFoundError('profile', 'of this account (matches are worked out from your record; add your record first)');
  const asOf = todayUtc(deps);
  const { profile, facts, record } = await deps.store.transaction(async (tx) => ({ profile: await profileOf(deps, tx, personId), facts: await factsOf(tx, personId, asOf), record: await tx.people.getRecord(personId) }));
  const rows = await openPostings(deps);
  const encoded: Posting[] = [];
  const rowOf = new Map<number, PostingRow>();
  rows.forEach((row, i) => {
    const e = encodePosting(row, i + 1);
    if ('posting' in e) {
      encoded.push(e.posting);
      rowOf.set(i + 1, row);
    }
  });
  if (encoded.length === 0) return { matches: [], nearMisses: [] };
  const result = matchCandidate(PostingIndex.build(encoded), encodeCandidate(profile, facts, 1, asOf), { k: options.k, nearMisses: Math.min(options.k, 20) });
  const postingOf = new Map(encoded.map((p) => [p.id, p]));
  const ids = [...result.matches, ...result.nearMisses].map((m) => m.id);
  const views = new Map((await viewsOf(deps, ids.flatMap((id) => rowOf.get(id) ?? []))).map((v) => [v.id, v]));
  const contributions = (c: readonly number[]) => Object.fromEntries(CRITERIA.map((k, i) => [k, round(c[i] ?? 0)])) as Contributions;
  const view = (id: number) => views.get(rowOf.get(id)?.id ?? '');
  return {
    matches: result.matches.flatMap((m) => {
      const posting = view(m.id);
      return posting === undefined ? [] : [{ posting, score: round(m.score), contributions: contributions(m.contributions), missing: null }];
    }),
    nearMisses: result.nearMisses.flatMap((m) => {
      const posting = view(m.id);
      const p = postingOf.get(m.id);
      const row = rowOf.get(m.id);
      if (posting === undefined || p === undefined || row === undefined) return [];
      const route = record === undefined ? null : routeToClose(record, row, m.failed.requirement.kind, asOf);
      return [{ posting, score: round(m.score), contributions: contributions(m.contributions), missing: { requirement: m.failed.requirement.kind, says: requirementWords(p, m.failed.requirement), left: gapWords(m.failed), route } }];
    }),
  };
}
