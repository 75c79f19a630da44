import { annualPay, type CalendarDate } from '@modality/domain';
import { codeOf, COUNTRIES, CREDENTIALS, JURISDICTIONS, matchDay, MODALITIES, SHIFTS, type CandidateRecord, type PendingCredential, type Posting } from '@modality/matching';
import type { CandidateProfileRow, PostingRow } from '../ports/index.js';
import type { CandidateFacts } from './candidate-facts.js';

/** Codes of the values the matching vocabulary knows (the others cannot be held by anyone in the index). */
const known = (list: readonly string[], values: readonly string[]) => values.map((v) => codeOf(list, v)).filter((c) => c >= 0);

/** Years at which the experience criterion is full: twice the minimum asked, at least three. */
const wantYears = (minYears: number) => Math.max(3, minYears * 2);

/**
 * The matching engine's posting for a stored posting, or the credential codes it cannot encode (a
 * requirement nobody in the index could meet, so the posting is not ranked rather than ranked wrongly).
 */
export function encodePosting(row: PostingRow, numericId: number): { posting: Posting } | { unknown: string[] } {
  const r = row.requirements;
  const unknown = [...r.credentials.allOf, ...r.credentials.anyOf.flat()].filter((c) => codeOf(CREDENTIALS, c) < 0);
  const allOfUnknown = r.credentials.allOf.filter((c) => codeOf(CREDENTIALS, c) < 0);
  const groups = r.credentials.anyOf.map((g) => known(CREDENTIALS, g));
  if (allOfUnknown.length > 0 || groups.some((g) => g.length === 0)) return { unknown };
  const licences = r.licenceJurisdictions.length === 0 ? null : known(JURISDICTIONS, r.licenceJurisdictions);
  return {
    posting: {
      id: numericId,
      allOf: known(CREDENTIALS, r.credentials.allOf),
      anyOf: groups,
      licences,
      modality: Math.max(0, codeOf(MODALITIES, row.modality)),
      minYears: r.minYears,
      shifts: known(SHIFTS, r.shifts),
      startBy: matchDay(r.startWindow.to),
      lat: row.place.lat,
      lon: row.place.lon,
      radiusKm: row.employmentType === 'travel-contract' ? null : row.place.radiusKm,
      acceptRelocation: true,
      travel: row.employmentType === 'travel-contract',
      country: Math.max(0, codeOf(COUNTRIES, row.place.country)),
      sponsors: r.sponsorship,
      weights: row.preferences,
      wantYears: wantYears(r.minYears),
      payMax: annualPay(row.pay.max, row.pay.unit),
      procedure: 0,
      procedureWant: 1,
      language: 0,
      distanceScaleKm: 25,
    },
  };
}

/** The licence jurisdiction a state credential stands for (`us-tx:mrt` → `us-tx`). */
const jurisdictionOf = (credential: string) => credential.slice(0, credential.indexOf(':'));

/**
 * The matching engine's candidate for a profile and the facts of its record on `asOf`. Unsaid preferences
 * are read generously: no shifts named accepts every shift, no start date is available now, no work
 * authorisation named is authorised in the country of residence.
 */
export function encodeCandidate(profile: CandidateProfileRow, facts: CandidateFacts, numericId: number, asOf: CalendarDate): CandidateRecord {
  const p = profile.preferences;
  const heldCodes = facts.held.filter((h) => h.status !== 'noncompliant').map((h) => h.code);
  const pending: PendingCredential[] = facts.inProgress.flatMap((c) => {
    const credential = codeOf(CREDENTIALS, c.code);
    if (credential < 0) return [];
    const first = c.remaining[0];
    return [{ credential, remaining: first === undefined ? 0 : Math.max(0, first.need - first.have), unit: first?.unit ?? 'exam', earliestDay: null }];
  });
  const quarters = new Map<number, number>();
  for (const [m, years] of Object.entries(facts.years)) {
    const code = codeOf(MODALITIES, m);
    if (code >= 0) quarters.set(code, Math.min(255, years * 4));
  }
  const place = p.places[0];
  const authorised = p.workAuthorisation.length > 0 ? p.workAuthorisation : facts.country === '' ? [] : [facts.country];
  return {
    id: numericId,
    held: known(CREDENTIALS, heldCodes),
    pending,
    licences: known(JURISDICTIONS, heldCodes.filter((c) => c.startsWith('us-')).map(jurisdictionOf)),
    modalityQuarters: quarters,
    procedures: new Map(),
    lat: place?.lat ?? 0,
    lon: place?.lon ?? 0,
    relocate: p.relocate,
    travel: p.travel,
    shifts: p.shifts.length === 0 ? SHIFTS.map((_, i) => i) : known(SHIFTS, p.shifts),
    availableDay: matchDay(p.startDate ?? asOf),
    payFloor: p.payFloor === null ? 0 : Math.round(annualPay(p.payFloor.amount, p.payFloor.unit)),
    languages: [],
    authorisedCountries: known(COUNTRIES, authorised),
  };
}
