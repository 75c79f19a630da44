import { UnauthenticatedError, type PersonRecord } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { FileDeps } from '../deps.js';
import type { AuditEntry } from '../ports/index.js';
import { recordWithSignedLog } from '../clinical/signed-log-record.js';
import { withEntryIds } from './record-entry-ids.js';
import { myJobSearch, type MyJobSearch } from './my-job-search.js';
import { postprimaryEntryView, type PostprimaryEntryView } from '../postprimary/postprimary-log.js';

/** A postprimary entry in the download: in words (the procedure by name), without ids or codes. */
export type MyPostprimaryEntry = Omit<PostprimaryEntryView, 'id' | 'procedure' | 'status'>;

/** One access to the person's record by someone, from the audit log, in words. */
export interface RecordAccessEntry {
  readonly at: string;
  /** The reader's name; "you" for the person; "an account since deleted" when it is gone. */
  readonly by: string;
  /** The organisation through which they could, when they acted as its staff. */
  readonly organisation: string | null;
  readonly what: string;
}

/** Everything the install holds about a person, for "download my data". */
export interface MyData {
  readonly format: 'modality/my-data@1';
  readonly exportedAt: string;
  readonly account: {
    readonly email: string;
    readonly name: string;
    readonly createdAt: string;
    readonly emailVerified: boolean;
    readonly platformAdmin: boolean;
    readonly memberships: Array<{ readonly organisation: string; readonly role: string }>;
  };
  readonly record: PersonRecord | null;
  /** Who read or changed the record, and when, newest first. */
  readonly recordAccess: RecordAccessEntry[];
  /** The files kept on the record (certificates, licence cards), with their bytes in base64. */
  readonly files: MyDataFile[];
  /** The candidate profile, saved job searches, and requests and applications. */
  readonly jobSearch: MyJobSearch;
  /** The postprimary clinical experience log, every discipline, with both signatures. */
  readonly postprimaryLog: MyPostprimaryEntry[];
}

/** One file kept on the person's record, whole. */
export interface MyDataFile {
  readonly fileName: string;
  readonly mediaType: string;
  /** Bytes. */
  readonly size: number;
  readonly uploadedAt: string;
  readonly contentBase64: string;
}

const ACTIONS: Readonly<Record<string, string>> = {
  'person.record.read': 'read your record',
  'person.record.imported': 'replaced your record',
  'vc.issued': 'issued you a signed credential',
  'vc.revoked': 'revoked a credential issued to you',
  'calendar.feed.created': 'made a calendar address of your deadlines',
  'calendar.feed.revoked': 'ended your calendar address',
  'person.file.read': 'downloaded a file kept on your record',
  'clinical.time.clocked-in': 'clocked in at a clinical site',
  'clinical.time.clocked-out': 'clocked out of a clinical site',
  'clinical.time.shift-planned': 'planned a clinical shift',
  'clinical.time.approved': 'approved your time record',
  'clinical.time.rejected': 'rejected your time record',
};

/** How far back "who read my record" goes in one download. */
const ACCESS_LIMIT = 10_000;

/**
 * "Download my data": the account, the person record (v1), who read or changed the record and when — from
 * the audit log, with names rather than ids — and every file kept on the record. Reading it is not itself
 * logged: it is the person's own.
 */
export async function downloadMyData(deps: FileDeps, principal: Principal): Promise<MyData> {
  const user = await deps.store.users.findById(principal.user.id);
  if (user === undefined) throw new UnauthenticatedError();
  const person = await deps.store.people.findByOwner(user.id);
  const stored = person === undefined ? undefined : await deps.store.people.getRecord(person.id);
  // The signed clinical log goes with the record (issue 12).
  const record = person === undefined || stored === undefined ? null : await recordWithSignedLog(deps.store, person.id, withEntryIds(deps, stored));
  const entries = person === undefined ? [] : await deps.store.audit.listForPerson(person.id, ACCESS_LIMIT);
  return {
    format: 'modality/my-data@1',
    exportedAt: deps.clock.now().toISOString(),
    account: {
      email: user.email,
      name: user.name,
      createdAt: user.createdAt,
      emailVerified: (user.emailVerifiedAt ?? null) !== null,
      platformAdmin: user.isAdmin,
      memberships: principal.memberships.map((m) => ({ organisation: m.organisationName, role: m.role })),
    },
    record,
    recordAccess: await describeAccess(deps, user.id, entries),
    files: person === undefined ? [] : await filesOf(deps, person.id),
    jobSearch: await myJobSearch(deps, user.id, person?.id ?? null),
    postprimaryLog: person === undefined ? [] : (await deps.store.postprimary.listEntriesForPerson(person.id)).map((e) => {
      const { id: _id, procedure: _code, status: _status, ...words } = postprimaryEntryView(e);
      return words;
    }),
  };
}

/** The record's files with their bytes; a file whose bytes are gone (a crash between the two writes) is left out. */
async function filesOf(deps: FileDeps, personId: string): Promise<MyDataFile[]> {
  const files: MyDataFile[] = [];
  for (const f of await deps.store.recordFiles.listForPerson(personId)) {
    const bytes = await deps.blobs.get(f.blobKey);
    if (bytes === undefined) continue;
    files.push({ fileName: f.fileName, mediaType: f.mediaType, size: f.size, uploadedAt: f.createdAt, contentBase64: Buffer.from(bytes).toString('base64') });
  }
  return files;
}

async function describeAccess(deps: FileDeps, selfId: string, entries: readonly AuditEntry[]): Promise<RecordAccessEntry[]> {
  const names = new Map<string, string>();
  const orgs = new Map<string, string>();
  const nameOf = async (id: string | null): Promise<string> => {
    if (id === null) return 'the operator of this install';
    if (id === selfId) return 'you';
    if (!names.has(id)) names.set(id, (await deps.store.users.findById(id))?.name ?? 'an account since deleted');
    return names.get(id) ?? '';
  };
  const orgOf = async (id: string | null): Promise<string | null> => {
    if (id === null) return null;
    if (!orgs.has(id)) orgs.set(id, (await deps.store.organisations.findById(id))?.name ?? 'an organisation since deleted');
    return orgs.get(id) ?? null;
  };
  const out: RecordAccessEntry[] = [];
  for (const e of entries) {
    out.push({ at: e.at, by: await nameOf(e.actorUserId), organisation: await orgOf(e.organisationId), what: ACTIONS[e.action] ?? 'changed your record' });
  }
  return out;
}
