import { ValidationError, type JsonObject, type VerifiableCredentialDocument } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { ProofDeps } from '../deps.js';
import { importRecord, type ImportOutcome } from '../people/record-import.js';
import { exportRecord } from '../people/record-read.js';
import { verifyCredential, type VerificationReport } from './verify-credential.js';

/** One credential of a wallet, as received, with what verifying it now says. */
export interface WalletEntry {
  readonly position: number;
  readonly credential: VerifiableCredentialDocument;
  readonly report: VerificationReport;
}

/** The credentials a person received, each verified now (same access rule as reading the record). */
export async function walletOf(deps: ProofDeps, principal: Principal, personId: string): Promise<WalletEntry[]> {
  const record = await exportRecord(deps, principal, personId);
  const out: WalletEntry[] = [];
  for (const [position, credential] of (record.verifiableCredentials ?? []).entries()) {
    out.push({ position, credential, report: await verifyCredential(deps, credential) });
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
