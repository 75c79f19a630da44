import { ForbiddenError, NotFoundError, ValidationError } from '@modality/domain';
import type { FileDeps } from '../deps.js';
import type { RecordFileRow, RecordFileSubject, RecordFileType } from '../ports/index.js';
import { actorUserIdOf, recordAccessOf, type RecordAccess, type RecordActor } from './record-access.js';

/** The largest file kept on a record: 5 MiB, enough for a scanned certificate or a photo of a card. */
export const RECORD_FILE_MAX_BYTES = 5 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * The type of a file told from its first bytes — a PDF (`%PDF-`), a PNG (its 8-byte signature) or a JPEG
 * (`FF D8 FF`) — or undefined for anything else. The name and the declared type are never trusted.
 */
export function sniffRecordFileType(bytes: Uint8Array): RecordFileType | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  return undefined;
}

const EXTENSIONS: Readonly<Record<RecordFileType, string>> = { 'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg' };

/**
 * A name safe to show and to offer for download: the last path part, letters, digits, spaces and `._-()`
 * only, at most 100 characters, ending in the extension of the type the bytes really are.
 */
export function cleanFileName(name: string, type: RecordFileType): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const stem = last.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[^A-Za-z0-9 ._()-]+/g, '_').replace(/^[.\s]+/, '').slice(0, 90).trim();
  return `${stem === '' ? 'file' : stem}${EXTENSIONS[type]}`;
}

/** A key for a stored subject, as the CE audit packet matches activities (`title|completedOn`). */
export function subjectKey(subject: RecordFileSubject): string {
  return subject.section === 'ce' ? `ce:${subject.title}|${subject.completedOn}` : `credentials:${subject.credential}`;
}

async function accessTo(deps: FileDeps, principal: RecordActor, personId: string): Promise<RecordAccess> {
  const person = await deps.store.people.findById(personId);
  const access = person === undefined ? undefined : await recordAccessOf(deps, principal, person.ownerUserId);
  if (access?.read !== true) throw new NotFoundError('person', personId);
  return access;
}

/**
 * Keeps a file — a CE certificate or a licence card — on a person's record, for the entry it belongs to.
 * The owner or permitted staff may add one; its type is told from its bytes (PDF, PNG or JPEG only) and it
 * may be at most {@link RECORD_FILE_MAX_BYTES}. The bytes go to the blob store first, then the row; if
 * the row cannot be written the bytes are removed again.
 */
export async function attachRecordFile(
  deps: FileDeps,
  principal: RecordActor,
  personId: string,
  upload: { readonly subject: RecordFileSubject; readonly fileName: string; readonly bytes: Uint8Array },
): Promise<RecordFileRow> {
  const access = await accessTo(deps, principal, personId);
  if (!access.write) throw new ForbiddenError('You may read this record but not change it');
  if (upload.bytes.length === 0) throw new ValidationError([{ path: 'file', message: 'the file is empty' }]);
  if (upload.bytes.length > RECORD_FILE_MAX_BYTES) {
    throw new ValidationError([{ path: 'file', message: `the file is ${upload.bytes.length} bytes; at most ${RECORD_FILE_MAX_BYTES} (5 MiB) may be kept` }]);
  }
  const record = await deps.store.people.getRecord(personId);
  const s = upload.subject;
  const found =
    s.section === 'ce'
      ? (record?.ce ?? []).some((a) => a.title === s.title && a.completedOn === s.completedOn)
      : (record?.credentials ?? []).some((c) => c.credential === s.credential);
  if (!found) {
    const what = s.section === 'ce' ? `no CE activity ${JSON.stringify(s.title)} completed on ${s.completedOn}` : `no credential ${JSON.stringify(s.credential)}`;
    throw new ValidationError([{ path: s.section === 'ce' ? 'title' : 'credential', message: `the record holds ${what} to keep this file for` }]);
  }
  const type = sniffRecordFileType(upload.bytes);
  if (type === undefined) throw new ValidationError([{ path: 'file', message: `${JSON.stringify(upload.fileName)} is not a PDF, PNG or JPEG file (told from its content, not its name)` }]);
  const id = deps.ids.newId('rf');
  const row: RecordFileRow = {
    id,
    personId,
    subject: upload.subject,
    fileName: cleanFileName(upload.fileName, type),
    mediaType: type,
    size: upload.bytes.length,
    blobKey: id,
    createdAt: deps.clock.now().toISOString(),
    createdBy: actorUserIdOf(principal),
  };
  await deps.blobs.put(row.blobKey, upload.bytes);
  try {
    await deps.store.transaction(async (tx) => {
      await tx.recordFiles.insert(row);
      await tx.audit.append({ at: row.createdAt, actorUserId: actorUserIdOf(principal), organisationId: access.viaOrganisationId, action: 'person.file.added', subjectPersonId: personId, details: { file: id, type, size: row.size } });
    });
  } catch (error) {
    await deps.blobs.delete(row.blobKey);
    throw error;
  }
  return row;
}

/**
 * The files on a person's record, for whoever may read it — the owner, permitted staff, and the owner's
 * "download my data". A person the caller may not read is "not found".
 */
export async function listRecordFiles(deps: FileDeps, principal: RecordActor, personId: string): Promise<RecordFileRow[]> {
  await accessTo(deps, principal, personId);
  return deps.store.recordFiles.listForPerson(personId);
}

/** One file and its bytes, for whoever may read the record; a read by staff is audited, like a record read. */
export async function readRecordFile(deps: FileDeps, principal: RecordActor, personId: string, fileId: string): Promise<{ readonly file: RecordFileRow; readonly bytes: Uint8Array }> {
  const access = await accessTo(deps, principal, personId);
  const file = await deps.store.recordFiles.find(personId, fileId);
  const bytes = file === undefined ? undefined : await deps.blobs.get(file.blobKey);
  if (file === undefined || bytes === undefined) throw new NotFoundError('file', fileId);
  if (access.viaOrganisationId !== null) {
    await deps.store.audit.append({ at: deps.clock.now().toISOString(), actorUserId: actorUserIdOf(principal), organisationId: access.viaOrganisationId, action: 'person.file.read', subjectPersonId: personId, details: { file: fileId } });
  }
  return { file, bytes };
}

/** Removes a file from a record (owner or permitted staff): the row in a transaction, then the bytes. */
export async function deleteRecordFile(deps: FileDeps, principal: RecordActor, personId: string, fileId: string): Promise<void> {
  const access = await accessTo(deps, principal, personId);
  if (!access.write) throw new ForbiddenError('You may read this record but not change it');
  const file = await deps.store.recordFiles.find(personId, fileId);
  if (file === undefined) throw new NotFoundError('file', fileId);
  await deps.store.transaction(async (tx) => {
    await tx.recordFiles.delete(file.id);
    await tx.audit.append({ at: deps.clock.now().toISOString(), actorUserId: actorUserIdOf(principal), organisationId: access.viaOrganisationId, action: 'person.file.deleted', subjectPersonId: personId, details: { file: file.id } });
  });
  await deps.blobs.delete(file.blobKey);
}
