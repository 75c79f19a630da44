import type { JsonObject, JsonValue } from '@modality/domain';

/** What a person reads about a credential, taken from its JSON without trusting it (nothing is verified here). */
export interface CredentialSummary {
  readonly id: string | null;
  readonly name: string | null;
  readonly issuerId: string | null;
  readonly issuerName: string | null;
  readonly subjectName: string | null;
  readonly achievementType: string | null;
  readonly description: string | null;
  readonly validFrom: string | null;
  readonly validUntil: string | null;
  readonly status: { readonly listUrl: string; readonly index: number } | null;
}

const obj = (v: JsonValue | undefined): JsonObject | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : undefined);
const text = (v: JsonValue | undefined): string | null => (typeof v === 'string' ? v : null);
const first = (v: JsonValue | undefined): JsonValue | undefined => (Array.isArray(v) ? (v as readonly JsonValue[])[0] : v);

/**
 * Reads the parts of a VC 2.0 / Open Badges 3.0 credential that a page shows. Tolerant: a missing or odd
 * part is null. Pure.
 *
 * @example
 * summarizeCredential(vc).issuerName // 'Harbor Valley College School of Radiologic Sciences (fictitious)'
 */
export function summarizeCredential(doc: JsonObject): CredentialSummary {
  const issuer = doc.issuer;
  const issuerObj = obj(issuer);
  const subject = obj(first(doc.credentialSubject));
  const achievement = obj(subject?.achievement);
  const identity = obj(first(subject?.identifier));
  const status = obj(first(doc.credentialStatus));
  const listUrl = text(status?.statusListCredential);
  const index = Number(text(status?.statusListIndex) ?? NaN);
  return {
    id: text(doc.id),
    name: text(doc.name) ?? text(achievement?.name),
    issuerId: typeof issuer === 'string' ? issuer : text(issuerObj?.id),
    issuerName: text(issuerObj?.name),
    subjectName: text(subject?.name) ?? (identity?.hashed === false ? text(identity.identityHash) : null),
    achievementType: text(achievement?.achievementType),
    description: text(achievement?.description) ?? text(doc.description),
    validFrom: text(doc.validFrom),
    validUntil: text(doc.validUntil),
    status: listUrl !== null && Number.isInteger(index) && index >= 0 ? { listUrl, index } : null,
  };
}
