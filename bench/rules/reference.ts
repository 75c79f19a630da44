import type { CalendarDate, PersonRecord } from '@modality/domain';
import { ARRT_CREDENTIALS } from '@modality/knowledge';
import { Temporal } from 'temporal-polyfill';

// The reference's own date arithmetic, on Temporal: the engine's is the domain's integer math, and a
// reference that shared it could not catch a mistake in it.
const addToDate = (d: CalendarDate, amount: { days?: number; months?: number }): CalendarDate => Temporal.PlainDate.from(d).add(amount).toString() as CalendarDate;
const endOfMonth = (d: CalendarDate): CalendarDate => {
  const p = Temporal.PlainDate.from(d);
  return p.with({ day: p.daysInMonth }).toString() as CalendarDate;
};

/**
 * A deliberately simple reference for one number of the verdict — the credits an ARRT holder earned in the
 * biennium in force — written independently of the engine (Temporal for the dates, step by step, no shared
 * code), so the benchmark checks the answers it times, not only their speed. Handles records without an
 * ARRT status (no probation or lapse), with the cycle given or derived.
 */
export function referenceArrtBiennium(record: PersonRecord, credential: string, asOf: CalendarDate): { start: string; end: string; earned: number } | undefined {
  // Held ARRT credentials in catalogue order (the order in which a record's cycle is looked for).
  const held = (record.credentials ?? []).filter((c) => c.credential.startsWith('arrt:') && c.earnedOn <= asOf);
  const arrt = ARRT_CREDENTIALS.flatMap((code) => held.filter((c) => c.credential === code));
  if (arrt.length === 0) return undefined;
  const bm = record.person.birthDate.slice(5, 7);
  const next = (d: CalendarDate): CalendarDate => addToDate(d, { months: 24 });
  let start: CalendarDate;
  let end: CalendarDate;
  const given = arrt.find((c) => c.credential === credential)?.cycle ?? arrt.find((c) => c.cycle !== undefined)?.cycle;
  if (given !== undefined && given.start <= asOf && asOf <= given.end) {
    start = given.start;
    end = given.end;
  } else {
    if (given !== undefined) {
      start = given.start;
      while (start > asOf) start = addToDate(start, { months: -24 });
    } else {
      const first = arrt.map((c) => c.earnedOn).sort()[0] ?? asOf;
      // First registration: to the end of the next birth month, a year later if that is under 2 months away.
      let y = Number(first.slice(0, 4));
      const birthMonthEnd = (year: number) => endOfMonth(`${year}-${bm}-01` as CalendarDate);
      let regEnd = birthMonthEnd(y);
      if (regEnd < first) regEnd = birthMonthEnd(++y);
      if (regEnd < addToDate(first, { months: 2 })) regEnd = birthMonthEnd(++y);
      start = `${y}-${bm}-01` as CalendarDate;
    }
    while (next(start) <= asOf) start = next(start);
    end = addToDate(next(start), { days: -1 });
  }
  let earned = 0;
  let bestLifeSupport = 0;
  for (const a of record.ce ?? []) {
    if (a.completedOn < start || a.completedOn > end || a.completedOn > asOf) continue;
    const kind = a.kind ?? 'activity';
    if (kind === 'acls' || kind === 'pals') bestLifeSupport = Math.max(bestLifeSupport, Math.min(6, a.credits ?? 0));
    else if (kind === 'academic') earned += (a.semesterCredits ?? 0) * 16 + (a.quarterCredits ?? 0) * 12 + (a.semesterCredits === undefined && a.quarterCredits === undefined ? (a.credits ?? 0) : 0);
    else if (kind === 'structured-education' || a.category === 'A' || a.category === 'A+') earned += a.credits ?? 0;
  }
  return { start, end, earned: Math.round((earned + bestLifeSupport) * 1000) / 1000 };
}
