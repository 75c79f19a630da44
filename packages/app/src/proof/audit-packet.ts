import { ValidationError, type CalendarDate, type PersonRecord } from '@modality/domain';
import { findCredential } from '@modality/knowledge';
import { auditPacket, auditPacketDocument, type AuditPacket } from '@modality/interop';
import type { Principal } from '../auth/principal.js';
import type { ProofDeps } from '../deps.js';
import { exportRecord } from '../people/record-read.js';
import { todayUtc } from '../verdicts/as-of.js';

/** A rendered audit packet: the PDF and what it says. */
export interface AuditPacketFile {
  readonly pdf: Uint8Array;
  readonly packet: AuditPacket;
  /** A file name for the download, e.g. `ce-audit-arrt-R-2025-05-01.pdf`. */
  readonly fileName: string;
}

/**
 * The CE audit packet of one credential of a record as a PDF: the cycle containing `cycleDay` (default
 * today), activities by the rule's categories, totals against the requirement, certificates, sources.
 * Fails with a validation error on `credential` when the record does not hold it or no CE cycle applies.
 */
export async function auditPacketForRecord(deps: Pick<ProofDeps, 'pdf' | 'clock'>, record: PersonRecord, credential: string, cycleDay?: CalendarDate, filesOnRecord?: ReadonlyMap<string, string>): Promise<AuditPacketFile> {
  if (findCredential(credential) === undefined) {
    throw new ValidationError([{ path: 'credential', message: `unknown credential code ${JSON.stringify(credential)} (e.g. arrt:R)` }], 'No CE cycle to put in an audit packet');
  }
  const today = todayUtc(deps);
  const packet = auditPacket(record, credential, cycleDay ?? today, today, filesOnRecord);
  if (packet === undefined) {
    throw new ValidationError([{ path: 'credential', message: `${credential} is not held on ${cycleDay ?? today}, or no CE cycle applies to it` }], 'No CE cycle to put in an audit packet');
  }
  const pdf = await deps.pdf.render(auditPacketDocument(packet, today));
  return { pdf, packet, fileName: `ce-audit-${credential.replace(/[^A-Za-z0-9-]/g, '-')}-${packet.start}.pdf` };
}

/**
 * The audit packet of a stored person (same access rule, and audit, as reading the record); a CE
 * certificate kept on the record as a file is named in the certificate list.
 */
export async function personAuditPacket(deps: ProofDeps, principal: Principal, personId: string, credential: string, cycleDay?: CalendarDate): Promise<AuditPacketFile> {
  const record = await exportRecord(deps, principal, personId);
  const files = new Map<string, string>();
  for (const f of await deps.store.recordFiles.listForPerson(personId)) {
    if (f.subject.section === 'ce') files.set(`${f.subject.title}|${f.subject.completedOn}`, `certificate on file in Modality: ${f.fileName}`);
  }
  return auditPacketForRecord(deps, record, credential, cycleDay, files);
}
