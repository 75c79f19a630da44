import { toEpochDay, type CalendarDate, type ImagingModality, type PersonRecord } from '@modality/domain';
import { evaluate } from '@modality/rules';
import { credentialNames } from '../catalogue/credential-names.js';

/** A credential the candidate holds, by name, with its standing from the rules engine. */
export interface HeldCredential {
  readonly code: string;
  readonly name: string;
  readonly earnedOn: string;
  /** compliant, in-progress (CE under way), at-risk, noncompliant or not-applicable. */
  readonly status: string;
}

/** A credential the candidate is working towards, and what is left, in the rules engine's units. */
export interface CredentialInProgress {
  readonly code: string;
  readonly name: string;
  /** Nothing is left but the examination itself. */
  readonly eligible: boolean;
  readonly remaining: Array<{ readonly what: string; readonly need: number; readonly have: number; readonly unit: string }>;
}

/** What a profile shows of the record: never typed twice, always worked out from the record on the day. */
export interface CandidateFacts {
  readonly held: HeldCredential[];
  readonly inProgress: CredentialInProgress[];
  /** Whole years in each modality, counted from the first credential earned in it. */
  readonly years: Partial<Record<ImagingModality, number>>;
  /** Where the candidate lives (ISO 3166-1 alpha-2), from the record. */
  readonly country: string;
}

/** The modality each imaging credential is for (licences name their modality too). */
const MODALITY_OF: Readonly<Record<string, ImagingModality>> = {
  'arrt:R': 'radiography', 'arrt:CT': 'ct', 'arrt:MR': 'mri', 'arrt:M': 'mammography', 'arrt:S': 'sonography', 'arrt:VS': 'sonography',
  'arrt:N': 'nuclear-medicine', 'arrt:T': 'radiation-therapy', 'arrt:VI': 'interventional', 'arrt:CI': 'interventional', 'arrt:BD': 'bone-densitometry',
  'arrt:BS': 'sonography', 'ardms:RDMS': 'sonography', 'ardms:RDCS': 'sonography', 'ardms:RVT': 'sonography', 'ardms:RMSKS': 'sonography',
  'nmtcb:CNMT': 'nuclear-medicine', 'nmtcb:CT': 'ct', 'nmtcb:PET': 'pet', 'armrit:MRIT': 'mri', 'us-ca:crt-diagnostic': 'radiography',
  'us-ca:crt-mammographic': 'mammography', 'us-tx:mrt': 'radiography', 'us-fl:radiographer': 'radiography', 'us-ny:radiography': 'radiography',
  'us-ky:radiography': 'radiography', 'gb:hcpc-radiographer': 'radiography', 'ie:coru-radiographer': 'radiography', 'au:mrpba-radiographer': 'radiography',
  'ca-on:cmrito-mrt': 'radiography',
};

/** The modality a credential is for, if it is an imaging credential. */
export const modalityOfCredential = (code: string): ImagingModality | undefined => MODALITY_OF[code];

/**
 * The candidate's credentials and experience on `asOf`, from their record through the rules engine:
 * held credentials with their standing, and further credentials under way — ones they may sit now, or
 * towards which the record shows some of the work done (or an exam window).
 *
 * @example
 * candidateFacts(anaRecord, '2026-11-30').held.map((h) => h.code) // ['arrt:R', 'arrt:CT', 'us-tx:mrt']
 */
export function candidateFacts(record: PersonRecord, asOf: CalendarDate): CandidateFacts {
  const verdict = evaluate(record, asOf);
  const status = new Map(verdict.compliance.map((c) => [c.credential, c.status]));
  const credentials = record.credentials ?? [];
  const examWindows = new Set((record.exams ?? []).filter((e) => e.result !== 'pass').map((e) => e.exam));
  const under = verdict.eligibility.filter((e) => e.eligible || examWindows.has(e.credential) || e.missing.some((m) => m.have > 0));
  const names = credentialNames([...credentials.map((c) => c.credential), ...under.map((e) => e.credential)]);
  const years: Partial<Record<ImagingModality, number>> = {};
  const today = toEpochDay(asOf);
  for (const c of credentials) {
    const m = MODALITY_OF[c.credential];
    if (m === undefined) continue;
    const y = Math.max(0, Math.floor((today - toEpochDay(c.earnedOn)) / 365.25));
    years[m] = Math.max(years[m] ?? 0, y);
  }
  return {
    held: credentials.map((c) => ({ code: c.credential, name: names[c.credential] ?? c.credential, earnedOn: c.earnedOn, status: status.get(c.credential) ?? 'not-applicable' })),
    inProgress: under.map((e) => ({ code: e.credential, name: names[e.credential] ?? e.credential, eligible: e.eligible, remaining: e.missing.map((m) => ({ what: m.what, need: m.need, have: m.have, unit: m.unit })) })),
    years,
    country: record.person.country,
  };
}
