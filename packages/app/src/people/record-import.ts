import { ConflictError, ForbiddenError, NotFoundError, type PersonRecord } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { PersonRow, Store } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import { canonicalJson } from './canonical-json.js';
import { actorUserIdOf, recordAccess, recordAccessOf, type RecordActor } from './record-access.js';
import { withEntryIds } from './record-entry-ids.js';
import { assertRecordDatesPossible } from './record-dates.js';
import { factsOfPeople } from '../staffing/stored-facts.js';

/** Whose record an import replaces. */
export type ImportTarget =
  | { readonly kind: 'self' }
  | { readonly kind: 'person'; readonly personId: string }
  | { readonly kind: 'user'; readonly userId: string };

export interface ImportOutcome {
  readonly personId: string;
  /** False when the same record was already stored: nothing was written. */
  readonly changed: boolean;
  /** The record's version after this (its digest): what `If-Match` names to refuse a change made on a stale copy. */
  readonly version: string;
  readonly counts: { education: number; credentials: number; ce: number; clinical: number; exams: number };
}

/**
 * Imports a validated person record, replacing the person's whole record in one transaction. Importing
 * the same record again writes nothing (`changed: false`); every real change is audited.
 */
export async function importRecord(deps: Deps, principal: Principal, target: ImportTarget, record: PersonRecord): Promise<ImportOutcome> {
  assertRecordDatesPossible(record, todayUtc(deps));
  return deps.store.transaction(async (tx) => {
    const txDeps = { ...deps, store: tx };
    const ownerUserId =
      target.kind === 'self' ? principal.user.id : target.kind === 'user' ? target.userId : (await requirePerson(tx, target.personId)).ownerUserId;
    const access = await recordAccess(txDeps, principal, ownerUserId);
    if (!access.write) {
      if (target.kind === 'person' && !access.read) throw new NotFoundError('person', target.personId);
      if (target.kind === 'user' && !access.read) throw new NotFoundError('user', target.userId);
      throw new ForbiddenError('You may read this record but not change it');
    }
    const person =
      target.kind === 'person'
        ? await requirePerson(tx, target.personId)
        : await findOrCreateOwned(deps, tx, ownerUserId ?? principal.user.id);
    return store(deps, tx, person, record, { actorUserId: principal.user.id, organisationId: access.viaOrganisationId });
  });
}

/**
 * The operator's import (CLI): no principal, so the person is found by `personId`, by the record's own
 * `person.id` (an earlier import or export), or created. Audited with no actor user.
 */
export async function importRecordAsOperator(deps: Deps, record: PersonRecord, personId?: string): Promise<ImportOutcome> {
  assertRecordDatesPossible(record, todayUtc(deps));
  return deps.store.transaction(async (tx) => {
    let person: PersonRow | undefined;
    if (personId !== undefined) person = await requirePerson(tx, personId);
    else if (record.person.id !== undefined) person = (await tx.people.findById(record.person.id)) ?? (await tx.people.findUnownedByRecordId(record.person.id));
    if (person === undefined) {
      const id = deps.ids.newId('psn');
      await tx.people.create({ id, ownerUserId: null, createdAt: deps.clock.now().toISOString() });
      person = await requirePerson(tx, id);
    }
    return store(deps, tx, person, record, { actorUserId: null, organisationId: null });
  });
}

/**
 * Changes a stored record with `edit`, inside one transaction: the person must exist and the principal
 * may change their record (someone who may not read it gets "not found"), then the edited record is stored
 * like an import (idempotent, audited). `edit` sees the record as stored and may throw a domain error.
 */
export async function editRecord(
  deps: Deps,
  principal: RecordActor,
  personId: string,
  edit: (record: PersonRecord) => PersonRecord,
  expectedVersion?: string,
): Promise<ImportOutcome> {
  return deps.store.transaction(async (tx) => {
    const person = await requirePerson(tx, personId);
    const access = await recordAccessOf({ ...deps, store: tx }, principal, person.ownerUserId);
    if (!access.read) throw new NotFoundError('person', personId);
    if (!access.write) throw new ForbiddenError('You may read this record but not change it');
    const record = await tx.people.getRecord(personId);
    if (record === undefined) throw new NotFoundError('person', personId);
    if (expectedVersion !== undefined && expectedVersion !== person.recordHash) {
      throw new ConflictError('The record has changed since you read it: read it again, then make your change');
    }
    return store(deps, tx, person, edit(withEntryIds(deps, record)), { actorUserId: actorUserIdOf(principal), organisationId: access.viaOrganisationId }, 'person.record.changed');
  });
}

async function requirePerson(tx: Store, personId: string): Promise<PersonRow> {
  const person = await tx.people.findById(personId);
  if (person === undefined) throw new NotFoundError('person', personId);
  return person;
}

async function findOrCreateOwned(deps: Deps, tx: Store, ownerUserId: string): Promise<PersonRow> {
  const existing = await tx.people.findByOwner(ownerUserId);
  if (existing) return existing;
  const id = deps.ids.newId('psn');
  await tx.people.create({ id, ownerUserId, createdAt: deps.clock.now().toISOString() });
  return requirePerson(tx, id);
}

/**
 * The digest of a record as it will export: the person's id is the record's own id if it gave one, else
 * ours. So importing a record without an id and then its export (which carries our id) is one record.
 */
export function recordDigest(deps: Pick<Deps, 'hasher'>, record: PersonRecord, personId: string): string {
  return deps.hasher.digest(canonicalJson({ ...record, person: { ...record.person, id: record.person.id ?? personId } }));
}

async function store(
  deps: Deps,
  tx: Store,
  person: PersonRow,
  given: PersonRecord,
  actor: { actorUserId: string | null; organisationId: string | null },
  action: 'person.record.imported' | 'person.record.changed' = 'person.record.imported',
): Promise<ImportOutcome> {
  const record = withEntryIds(deps, given);
  const counts = {
    education: record.education?.length ?? 0,
    credentials: record.credentials?.length ?? 0,
    ce: record.ce?.length ?? 0,
    clinical: record.clinical?.length ?? 0,
    exams: record.exams?.length ?? 0,
  };
  const digest = recordDigest(deps, record, person.id);
  if (digest === person.recordHash) return { personId: person.id, changed: false, counts, version: digest };
  // A record stored before entries had ids (or by a path that does not key them) reads with derived ids:
  // the same record given again, ids and all, is no change either.
  const current = await tx.people.getRecord(person.id);
  if (current !== undefined && recordDigest(deps, withEntryIds(deps, current), person.id) === digest) {
    return { personId: person.id, changed: false, counts, version: person.recordHash };
  }
  const now = deps.clock.now().toISOString();
  const stored: PersonRecord = record.person.id === person.id ? { ...record, person: withoutId(record.person) } : record;
  await tx.people.replaceRecord(person.id, stored, digest, now);
  // The candidate facts the ranking index reads, worked out again in the same transaction (issue 11).
  await factsOfPeople(tx, [person.id], todayUtc(deps));
  await tx.audit.append({ at: now, actorUserId: actor.actorUserId, organisationId: actor.organisationId, action, subjectPersonId: person.id, details: counts });
  return { personId: person.id, changed: true, counts, version: digest };
}

function withoutId(p: PersonRecord['person']): PersonRecord['person'] {
  const { id: _id, ...rest } = p;
  return rest;
}
