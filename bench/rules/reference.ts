import { addToDate, endOfMonth, type CalendarDate, type PersonRecord } from '@modality/domain';
import { ARRT_CREDENTIALS } from '@modality/knowledge';
import { Temporal } from 'temporal-polyfill';

/**
 * A deliberately simple reference for one number of the verdict — the credits an ARRT holder earned in the
 * biennium in force — written independently of the engine (Temporal dates, no shared helpers), so the bench
 * can check its answers (DESIGN.md §9). Handles records without probation and with the cycle given or derived.
 */
export function referenceArrtBiennium(record: PersonRecord, credential: string, asOf: CalendarDate): { start: string; end: string; earned: number } | undefined {
  // Held ARRT credentials in catalogue order (the order in which a record's cycle is looked for).
  const held = (record.credentials ?? []).filter((c) => c.credential.startsWith('arrt:') && c.earnedOn <= asOf);
  const arrt = ARRT_CREDENTIALS.flatMap((code) => held.filter((c) => c.credential === code));
  if (arrt.length === 0) return undefined;
  const bm = Number(record.person.birthDate.slice(5, 7));
  let start: Temporal.PlainDate;
  const given = arrt.find((c) => c.credential === credential)?.cycle ?? arrt.find((c) => c.cycle !== undefined)?.cycle;
  if (given !== undefined) {
    start = Temporal.PlainDate.from(given.start);
    const a = Temporal.PlainDate.from(asOf);
    if (!(Temporal.PlainDate.compare(a, start) >= 0 && asOf <= given.end)) {
      while (Temporal.PlainDate.compare(start, a) > 0) start = start.subtract({ months: 24 });
      while (Temporal.PlainDate.compare(start.add({ months: 24 }), a) <= 0) start = start.add({ months: 24 });
    }
  } else {
    const first = arrt.map((c) => c.earnedOn).sort()[0] ?? asOf;
    // First registration: end of the next birth month, a year later if under 2 months away.
    let y = Number(first.slice(0, 4));
    let regEnd = endOfMonth(`${y}-${String(bm).padStart(2, '0')}-01` as CalendarDate);
    if (regEnd < first) regEnd = endOfMonth(`${++y}-${String(bm).padStart(2, '0')}-01` as CalendarDate);
    if (regEnd < addToDate(first, { months: 2 })) regEnd = endOfMonth(`${++y}-${String(bm).padStart(2, '0')}-01` as CalendarDate);
    start = Temporal.PlainDate.from({ year: y, month: bm, day: 1 });
    const a = Temporal.PlainDate.from(asOf);
    while (Temporal.PlainDate.compare(start.add({ months: 24 }), a) <= 0) start = start.add({ months: 24 });
  }
  const end = given !== undefined && given.start === start.toString() ? given.end : start.add({ months: 24 }).subtract({ days: 1 }).toString();
  const s = start.toString();
  let earned = 0;
  let bestLifeSupport = 0;
  for (const a of record.ce ?? []) {
    if (a.completedOn < s || a.completedOn > end || a.completedOn > asOf) continue;
    const kind = a.kind ?? 'activity';
    if (kind === 'acls' || kind === 'pals') bestLifeSupport = Math.max(bestLifeSupport, Math.min(6, a.credits ?? 0));
    else if (kind === 'academic') earned += (a.semesterCredits ?? 0) * 16 + (a.quarterCredits ?? 0) * 12 + (a.semesterCredits === undefined && a.quarterCredits === undefined ? (a.credits ?? 0) : 0);
    else if (a.category === 'A' || a.category === 'A+') earned += a.credits ?? 0;
  }
  return { start: s, end, earned: Math.round((earned + bestLifeSupport) * 1000) / 1000 };
}
