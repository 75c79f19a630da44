import type { VerificationReport } from '../../api/proof-queries';

/** What the verification of one credential says, in words a person reads (no codes). */
export interface CheckLine {
  readonly label: 'Signature' | 'Issuer' | 'Revocation' | 'Validity';
  readonly ok: boolean;
  readonly text: string;
}

const REASON_WORDS: Readonly<Record<string, string>> = {
  'not a credential': 'Not a credential',
  'not signed': 'Not signed',
  'bad signature': 'Bad signature',
  'unknown issuer': 'Unknown issuer',
  'signed by someone other than the issuer': 'Signed by someone other than the issuer',
  revoked: 'Revoked',
  'status unavailable': 'Revocation could not be checked',
  'not yet valid': 'Not valid yet',
  expired: 'Expired',
};

/** The headline of a report: "Verified", or the failed checks' reasons ("Revoked", "Bad signature"). */
export function verdictWords(report: VerificationReport): { ok: boolean; text: string } {
  if (report.verified) return { ok: true, text: 'Verified' };
  return { ok: false, text: report.reasons.map((r) => REASON_WORDS[r] ?? r).join(' · ') };
}

/** The four checks, each on its own line. */
export function checkLines(report: VerificationReport): CheckLine[] {
  const line = (label: CheckLine['label'], check: { ok: boolean; reason: string | null; detail: string }): CheckLine => ({
    label,
    ok: check.ok,
    text: check.reason === null ? check.detail : `${REASON_WORDS[check.reason] ?? check.reason}. ${check.detail}`,
  });
  return [
    line('Signature', report.signature),
    line('Issuer', report.issuer),
    line('Revocation', report.status),
    line('Validity', report.validity),
  ];
}

const KIND_WORDS: Readonly<Record<string, string>> = {
  Competency: 'Clinical competency',
  Course: 'Continuing education',
  Certificate: 'Certificate',
  AssociateDegree: 'Associate degree',
  BachelorDegree: "Bachelor's degree",
  MasterDegree: "Master's degree",
  DoctoralDegree: 'Doctorate',
  'ext:ModalityRecordSnapshot': "Record snapshot (Modality's finding)",
};

/** What kind of credential it is, in words. */
export function kindWords(achievementType: string | null): string {
  return achievementType === null ? 'Credential' : (KIND_WORDS[achievementType] ?? achievementType);
}

/** `2026-01-20T00:00:00Z` → `2026-01-20` (credentials here are dated by the day). */
export const dayOf = (instant: string | null): string | null => (instant === null ? null : instant.slice(0, 10));

/** A file name for downloading a credential: its name, made safe. */
export function credentialFileName(name: string | null): string {
  const base = (name ?? 'credential').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${base === '' ? 'credential' : base}.json`;
}

