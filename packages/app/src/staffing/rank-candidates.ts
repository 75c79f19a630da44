import { NotFoundError, type PersonRecord } from '@modality/domain';
import { CRITERIA, matchPosting, type ExplainedMatch, type Posting } from '@modality/matching';
import type { Principal } from '../auth/principal.js';
import type { StaffingDeps } from '../deps.js';
import { actingSideFor, writesPostingsFor } from './posting-access.js';
import { candidateCard, type CandidateCard } from './candidate-profile.js';
import { encodePosting } from './match-encoding.js';
import { gapWords, requirementWords } from './match-words.js';
import { routeGoal, routeTo, type RouteGoal, type RouteToClose } from './near-miss-route.js';
import { todayUtc } from '../verdicts/as-of.js';

/** Per-criterion contributions to a score; they add up to it. */
export type Contributions = Readonly<Record<(typeof CRITERIA)[number], number>>;

/** A ranked candidate: the pre-consent card, the score and what it is made of. */
export interface RankedCandidate {
  readonly candidate: CandidateCard;
  readonly score: number;
  readonly contributions: Contributions;
}

/** A candidate who misses exactly one requirement: which, and what is left to meet it when the record says. */
export interface NearMissCandidate extends RankedCandidate {
  readonly missing: { readonly requirement: string; readonly says: string; readonly left: string | null; readonly route: RouteToClose | null };
}

/** The ranking of a posting's candidates. */
export interface CandidateRankingView {
  readonly posting: { readonly id: string; readonly title: string };
  /** How many candidates meet every requirement (not only the top k). */
  readonly totalQualified: number;
  readonly matches: RankedCandidate[];
  readonly nearMisses: NearMissCandidate[];
  /** "Relaxing X adds N": each requirement whose removal would add candidates, and how many. */
  readonly relaxations: Array<{ readonly requirement: string; readonly says: string; readonly adds: number }>;
  /** Set when the posting asks for a credential the ranking cannot encode, so nobody is ranked. */
  readonly unranked: string | null;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const contributionsOf = (m: ExplainedMatch): Contributions => Object.fromEntries(CRITERIA.map((c, i) => [c, round(m.contributions[i] ?? 0)])) as Contributions;

/**
 * Ranks the candidates who chose to be found for a posting, for its organisation's recruiters and admins
 * and for staffing agencies' (who put candidates forward to other organisations' postings): the top k with per-criterion contributions, the near-misses with their one gap, and what
 * relaxing each requirement would add. Agencies see only candidates who let agencies find them. Nobody's
 * name, e-mail, phone or address is in the answer: a handle, a city, credentials and years.
 *
 * @example
 * await rankCandidates(deps, nina, 'pst_1', { k: 50 }) // { totalQualified: 3, matches: [{ candidate: { handle: 'C-7KQ2-M9XT', … }, score: 6.2, … }], … }
 */
export async function rankCandidates(deps: StaffingDeps, principal: Principal, postingId: string, options: { readonly k: number }): Promise<CandidateRankingView> {
  // The change feed is read while the posting is (one wait instead of two); the read started after this
  // call, so every change committed before it is in the answer. Its outcome is awaited below, or dropped
  // with a refusal (which tells nothing of the index).
  const caughtUp = deps.ranking.current(deps);
  caughtUp.catch(() => undefined);
  const row = await deps.store.postings.findById(postingId);
  const own = row !== undefined && writesPostingsFor(principal, row.organisationId);
  // Agencies rank for other organisations' postings too, once they are open (never their drafts).
  const side = row === undefined || (!own && row.status === 'draft') ? undefined : await actingSideFor(deps, principal, row.organisationId);
  if (row === undefined || side === undefined) throw new NotFoundError('posting', postingId);
  const encoded = encodePosting(row, 1);
  const head = { posting: { id: row.id, title: row.title } };
  if (!('posting' in encoded)) {
    return { ...head, totalQualified: 0, matches: [], nearMisses: [], relaxations: [], unranked: `The ranking does not know ${encoded.unknown.join(', ')} yet, so it cannot rank this posting.` };
  }
  const posting: Posting = encoded.posting;
  await caughtUp;
  const result = matchPosting(deps.ranking.index(side), posting, { k: options.k, nearMisses: Math.min(options.k, 20) });
  const card = (id: number) => {
    const c = deps.ranking.candidate(id);
    return c === undefined ? undefined : candidateCard(c.profile, c.facts);
  };
  const matches = result.matches.flatMap((m) => {
    const candidate = card(m.id);
    return candidate === undefined ? [] : [{ candidate, score: round(m.score), contributions: contributionsOf(m) }];
  });
  const asOf = todayUtc(deps);
  const nearMisses: NearMissCandidate[] = [];
  // Routes are remembered per indexed candidate (replaced whenever their record or profile changes) and
  // goal; only the near-misses without one are read, in one read, and planned.
  const goals = result.nearMisses.map((m) => routeGoal(row, m.failed.requirement.kind));
  const keyOf = (goal: RouteGoal) => `${goal.target}|${goal.in}|${asOf}`;
  const unplanned = result.nearMisses.flatMap((m, i) => {
    const indexed = deps.ranking.candidate(m.id);
    const goal = goals[i];
    return indexed === undefined || goal === null || goal === undefined || deps.ranking.knownRoute(indexed, keyOf(goal)) !== undefined ? [] : [indexed.personId];
  });
  const records = unplanned.length === 0 ? new Map<string, PersonRecord>() : await deps.store.people.getRecords(unplanned);
  result.nearMisses.forEach((m, i) => {
    const indexed = deps.ranking.candidate(m.id);
    if (indexed === undefined) return;
    const goal = goals[i] ?? null;
    let route: RouteToClose | null = null;
    if (goal !== null) {
      const known = deps.ranking.knownRoute(indexed, keyOf(goal));
      const record = records.get(indexed.personId);
      if (known !== undefined) route = known;
      else if (record !== undefined) route = deps.ranking.rememberRoute(indexed, keyOf(goal), routeTo(record, goal, asOf));
    }
    nearMisses.push({
      candidate: candidateCard(indexed.profile, indexed.facts),
      score: round(m.score),
      contributions: contributionsOf(m),
      missing: { requirement: m.failed.requirement.kind, says: requirementWords(posting, m.failed.requirement), left: gapWords(m.failed), route },
    });
  });
  const relaxations = result.relaxations.map((r) => ({ requirement: r.requirement.kind, says: requirementWords(posting, r.requirement), adds: r.adds }));
  return { ...head, totalQualified: result.totalQualified, matches, nearMisses, relaxations, unranked: null };
}
