import { RECORD_SUBJECT_ROLES, ValidationError, type JsonObject, type VerifiableCredentialDocument } from '@modality/domain';
import { procedureName } from '@modality/interop';
import { organisationsWithRole, type Principal } from '../auth/principal.js';
import type { ProofDeps } from '../deps.js';
import { importRecord, type ImportOutcome } from '../people/record-import.js';
import { exportRecord } from '../people/record-read.js';
import { ISSUER_ROLES } from './issue-credential.js';
import { REVOKER_ROLES } from './revoke-credential.js';
import { verifyCredential, type VerificationReport } from './verify-credential.js';

/** One credential of a wallet, as received, with what verifying it now says. */
export interface WalletEntry {
  readonly position: number;
  readonly credential: VerifiableCredentialDocument;
  readonly report: VerificationReport;
  /** Whether the caller may revoke it: issued here, not yet revoked, by an organisation where they may revoke. */
  readonly revocable: boolean;
}

/** A signed-off clinical entry the caller may issue as a competency, and has not been issued yet. */
export interface IssuableEntry {
  readonly kind: 'competency';
  /** Its position in the record's clinical log. */
  readonly entry: number;
  readonly name: string;
  readonly performedOn: string;
  readonly verifiedBy: string;
}

/** What staff may issue to this person: the entries, and the organisations they may issue them in. */
export interface Issuable {
  readonly organisations: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly entries: readonly IssuableEntry[];
}

/**
 * The signed-off, non-simulated clinical entries of a person that the caller may issue as competencies (as
 * an instructor or program director of an organisation the person studies or works at) and that no
 * competency in the wallet already covers (same procedure, same day). Same access rule as the record.
 */
export async function issuableFor(deps: ProofDeps, principal: Principal, personId: string): Promise<Issuable> {
  const record = await exportRecord(deps, principal, personId);
  const person = await deps.store.people.findById(personId);
  const mine = organisationsWithRole(principal, ISSUER_ROLES.competency);
  const theirs = person?.ownerUserId == null ? [] : await deps.store.memberships.listForUser(person.ownerUserId);
  const organisations = theirs.filter((m) => mine.has(m.organisationId) && RECORD_SUBJECT_ROLES.includes(m.role)).map((m) => ({ id: m.organisationId, name: m.organisationName }));
  if (organisations.length === 0) return { organisations: [], entries: [] };
  const covered = new Set(
    (record.verifiableCredentials ?? []).flatMap((vc) => {
      const subject = vc.credentialSubject as { achievement?: { achievementType?: unknown; tag?: unknown }; activityEndDate?: unknown } | undefined;
      const tag = Array.isArray(subject?.achievement?.tag) ? (subject.achievement.tag as unknown[])[0] : undefined;
      return subject?.achievement?.achievementType === 'Competency' && typeof tag === 'string' && typeof subject.activityEndDate === 'string' ? [`${tag}|${subject.activityEndDate.slice(0, 10)}`] : [];
    }),
  );
  const entries: IssuableEntry[] = [];
  for (const [entry, c] of (record.clinical ?? []).entries()) {
    if (c.simulated === true || c.verifiedBy === undefined || covered.has(`${c.procedure}|${c.performedOn}`)) continue;
    entries.push({ kind: 'competency', entry, name: procedureName(c.procedure), performedOn: c.performedOn, verifiedBy: c.verifiedBy });
  }
  return { organisations: [...new Map(organisations.map((o) => [o.id, o])).values()], entries };
}

/** The credentials a person received, each verified now (same access rule as reading the record). */
export async function walletOf(deps: ProofDeps, principal: Principal, personId: string): Promise<WalletEntry[]> {
  const record = await exportRecord(deps, principal, personId);
  const revokers = organisationsWithRole(principal, REVOKER_ROLES);
  const out: WalletEntry[] = [];
  for (const [position, credential] of (record.verifiableCredentials ?? []).entries()) {
    const issued = typeof credential.id === 'string' ? await deps.store.issuedCredentials.findById(credential.id) : undefined;
    const issuer = issued === undefined ? undefined : await deps.store.issuers.findById(issued.issuerId);
    const revocable = issued?.revokedAt === null && issuer?.organisationId != null && revokers.has(issuer.organisationId);
    out.push({ position, credential, report: await verifyCredential(deps, credential), revocable });
  }
  return out;
}

/**
 * Keeps a credential the person received elsewhere in their wallet, as it is (even one this install
 * cannot verify: the wallet page says so). The same credential twice is kept once. Same rule and audit as
 * an import of the record.
 */
export async function addToWallet(deps: ProofDeps, principal: Principal, personId: string, credential: JsonObject): Promise<ImportOutcome> {
  if (!Array.isArray(credential['@context']) || credential.proof === undefined) {
    throw new ValidationError([{ path: '', message: 'expected a signed Verifiable Credential (with @context and proof)' }]);
  }
  const record = await exportRecord(deps, principal, personId);
  const wallet = record.verifiableCredentials ?? [];
  const same = JSON.stringify(credential);
  if (wallet.some((c) => JSON.stringify(c) === same)) return importRecord(deps, principal, { kind: 'person', personId }, record);
  return importRecord(deps, principal, { kind: 'person', personId }, { ...record, verifiableCredentials: [...wallet, credential] });
}
