import { FLAG_RELOCATE, FLAG_TRAVEL, type CandidateColumns } from './candidate-columns.js';
import type { Posting, Requirement, RequirementVerdict } from './model.js';
import { distance2, type ScoreConstants } from './score.js';

/**
 * The hard requirements of a posting, in a fixed order (credentials, any-of groups, licence, modality,
 * shifts, start, work authorisation, location). Each is one unit of pass/fail and of near-miss: a
 * candidate lacking one credential of three misses exactly one requirement.
 */
export function requirementsOf(p: Posting): Requirement[] {
  const out: Requirement[] = [];
  for (const c of p.allOf) out.push({ kind: 'credential', detail: c });
  p.anyOf.forEach((_, g) => out.push({ kind: 'any-of', detail: g }));
  if (p.licences !== null) out.push({ kind: 'licence', detail: -1 });
  out.push({ kind: 'modality', detail: -1 });
  for (const s of p.shifts) out.push({ kind: 'shift', detail: s });
  out.push({ kind: 'start', detail: -1 });
  if (!p.sponsors) out.push({ kind: 'work-authorisation', detail: -1 });
  if (p.travel || p.radiusKm !== null) out.push({ kind: 'location', detail: -1 });
  return out;
}

function has64(lo: number, hi: number, code: number): boolean {
  return code < 32 ? ((lo >>> code) & 1) === 1 : ((hi >>> (code - 32)) & 1) === 1;
}

const PASS = (requirement: Requirement): RequirementVerdict => ({ requirement, pass: true, gap: null, gapUnit: null, earliestDay: null });
const FAIL = (requirement: Requirement, gap: number | null = null, gapUnit: string | null = null, earliestDay: number | null = null): RequirementVerdict => ({
  requirement,
  pass: false,
  gap,
  gapUnit,
  earliestDay,
});

/**
 * Verdict of one requirement for the candidate in row `row`, with its gap: remaining work of an
 * in-progress credential, days late, years short or km too far. Reads columns only; used for the top k
 * and the near-miss list, never in the scan.
 */
export function verdictAt(c: CandidateColumns, row: number, p: Posting, q: ScoreConstants, r: Requirement): RequirementVerdict {
  const heldLo = c.heldLo[row] ?? 0;
  const heldHi = c.heldHi[row] ?? 0;
  switch (r.kind) {
    case 'credential': {
      if (has64(heldLo, heldHi, r.detail)) return PASS(r);
      const pend = (c.pending.get(row) ?? []).find((x) => x.credential === r.detail);
      return pend === undefined ? FAIL(r) : FAIL(r, pend.remaining, pend.unit, pend.earliestDay);
    }
    case 'any-of': {
      const group = p.anyOf[r.detail] ?? [];
      if (group.some((g) => has64(heldLo, heldHi, g))) return PASS(r);
      let best: RequirementVerdict = FAIL(r);
      for (const pend of c.pending.get(row) ?? []) {
        if (group.includes(pend.credential) && (best.gap === null || pend.remaining < best.gap)) {
          best = FAIL(r, pend.remaining, pend.unit, pend.earliestDay);
        }
      }
      return best;
    }
    case 'licence': {
      const lo = c.licLo[row] ?? 0;
      const hi = c.licHi[row] ?? 0;
      return (p.licences ?? []).some((j) => has64(lo, hi, j)) ? PASS(r) : FAIL(r);
    }
    case 'modality': {
      const listed = (((c.modalities[row] ?? 0) >>> p.modality) & 1) === 1;
      const quarters = c.quarters[p.modality]?.[row] ?? 0;
      if (listed && quarters >= 4 * p.minYears) return PASS(r);
      return FAIL(r, listed ? (4 * p.minYears - quarters) / 4 : null, listed ? 'years' : null);
    }
    case 'shift':
      return (((c.shifts[row] ?? 0) >>> r.detail) & 1) === 1 ? PASS(r) : FAIL(r);
    case 'start': {
      const day = c.availableDay[row] ?? 0;
      return day <= p.startBy ? PASS(r) : FAIL(r, day - p.startBy, 'days', day);
    }
    case 'work-authorisation':
      return (((c.authorised[row] ?? 0) >>> p.country) & 1) === 1 ? PASS(r) : FAIL(r);
    case 'location': {
      const flags = c.flags[row] ?? 0;
      if (p.travel) return (flags & FLAG_TRAVEL) !== 0 ? PASS(r) : FAIL(r);
      const d2 = distance2(q, c.lat[row] ?? 0, c.lon[row] ?? 0);
      if (d2 <= q.radius2 || (p.acceptRelocation && (flags & FLAG_RELOCATE) !== 0)) return PASS(r);
      return FAIL(r, Math.sqrt(d2) - Math.sqrt(q.radius2), 'km');
    }
  }
}
