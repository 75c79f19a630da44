import { ForbiddenError, NotFoundError, RECORD_SUBJECT_ROLES, ValidationError, type JsonObject, type MembershipRole, type PersonRecord } from '@modality/domain';
import { findCredential } from '@modality/knowledge';
import { ceCredential, competencyCredential, programCredential, snapshotCredential, type CredentialFrame, type SnapshotLine } from '@modality/interop';
import { evaluate } from '@modality/rules';
import { organisationsWithRole, type Principal } from '../auth/principal.js';
import type { ProofDeps } from '../deps.js';
import { recordAccess } from '../people/record-access.js';
import { recordDigest } from '../people/record-import.js';
import { withEntryIds } from '../people/record-entry-ids.js';
import { todayUtc } from '../verdicts/as-of.js';
import type { IssuedCredentialKind, IssuerRow, PersonRow, Store } from '../ports/index.js';
import { ensureIssuer, signingKey, type IssuerSubject } from './issuers.js';
import { claimStatusSlot } from './status-lists.js';

/** What to issue: an entry of the person's record (by its position), or a snapshot of the whole record. */
export type IssueRequest =
  | { readonly kind: 'competency' | 'program' | 'ce'; readonly organisationId: string; readonly entry: number }
  | { readonly kind: 'snapshot'; readonly asOf?: string | undefined };

export interface IssuedCredential {
  readonly id: string;
  readonly credential: JsonObject;
}

/** Who in the issuing organisation may issue each kind. */
export const ISSUER_ROLES: Readonly<Record<Exclude<IssuedCredentialKind, 'snapshot'>, readonly MembershipRole[]>> = {
  competency: ['instructor', 'program_director'],
  program: ['program_director', 'org_admin'],
  ce: ['program_director', 'org_admin'],
};

const STATUS_WORDS: Readonly<Record<string, string>> = {
  compliant: 'requirements met',
  'in-progress': 'in progress',
  'at-risk': 'at risk',
  noncompliant: 'requirements not met',
  'not-applicable': 'no rule applies',
};

const instant = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The unsigned credential for a request, or a validation error naming the entry. */
function unsignedFor(frame: CredentialFrame, record: PersonRecord, request: IssueRequest, today: string): { kind: IssuedCredentialKind; credential: JsonObject } {
  const bad = (message: string): never => {
    throw new ValidationError([{ path: 'entry', message }], 'This entry cannot be issued as a credential');
  };
  switch (request.kind) {
    case 'competency': {
      const e = record.clinical?.[request.entry] ?? bad(`the record has no clinical entry ${String(request.entry)}`);
      if (e.simulated === true) bad('a simulated procedure is not a signed clinical competency');
      if (e.verifiedBy === undefined) bad('the entry is not signed off (no verifiedBy)');
      return { kind: 'competency', credential: competencyCredential({ ...frame, validFrom: `${e.performedOn}T00:00:00Z` }, e) };
    }
    case 'program': {
      const e = record.education?.[request.entry] ?? bad(`the record has no education entry ${String(request.entry)}`);
      if (e.completedOn === undefined) bad('the program is not completed (no completedOn)');
      return { kind: 'program', credential: programCredential({ ...frame, validFrom: `${e.completedOn ?? today}T00:00:00Z` }, e) };
    }
    case 'ce': {
      const e = record.ce?.[request.entry] ?? bad(`the record has no CE activity ${String(request.entry)}`);
      return { kind: 'ce', credential: ceCredential({ ...frame, validFrom: `${e.completedOn}T00:00:00Z` }, e) };
    }
    case 'snapshot': {
      const asOf = request.asOf ?? today;
      const verdict = evaluate(record, asOf as PersonRecord['person']['birthDate']);
      const lines: SnapshotLine[] = verdict.compliance.map((c) => {
        const cycle = c.cycles[0];
        return {
          credential: c.credential,
          name: findCredential(c.credential)?.name ?? c.credential,
          status: STATUS_WORDS[c.status] ?? c.status,
          ...(cycle === undefined ? {} : { detail: `CE ${String(cycle.earned)} of ${String(cycle.required)} counted, cycle ${cycle.start} to ${cycle.end}` }),
        };
      });
      return { kind: 'snapshot', credential: snapshotCredential(frame, asOf, lines) };
    }
  }
}

/**
 * Issues one credential to a person, signs it, registers it for revocation and puts it in the person's
 * wallet (their record's `verifiableCredentials`), in one transaction. Staff of the issuing organisation
 * issue for its own students and professionals (competency: instructor or program director; program and
 * CE: program director or org admin); a record snapshot is issued by the install itself to anyone who
 * may read the record. Audited.
 */
export async function issueCredential(deps: ProofDeps, principal: Principal, personId: string, request: IssueRequest): Promise<IssuedCredential> {
  return deps.store.transaction(async (tx) => {
    const txDeps: ProofDeps = { ...deps, store: tx };
    const person = await tx.people.findById(personId);
    const record = await tx.people.getRecord(personId);
    if (person === undefined || record === undefined) throw new NotFoundError('person', personId);
    let who: IssuerSubject;
    let viaOrganisationId: string | null;
    if (request.kind === 'snapshot') {
      const access = await recordAccess(txDeps, principal, person.ownerUserId);
      if (!access.read) throw new NotFoundError('person', personId);
      who = { kind: 'install' };
      viaOrganisationId = access.viaOrganisationId;
    } else {
      const org = await tx.organisations.findById(request.organisationId);
      if (org === undefined || !principal.memberships.some((m) => m.organisationId === org.id)) throw new NotFoundError('organisation', request.organisationId);
      // Issuing speaks for the organisation: it takes a staff role there (a platform admin's role alone is not one).
      if (!organisationsWithRole(principal, ISSUER_ROLES[request.kind]).has(org.id)) {
        throw new ForbiddenError(`Issuing this credential needs one of the roles ${ISSUER_ROLES[request.kind].join(', ')} in ${org.name}`);
      }
      const subjectOf = person.ownerUserId === null ? [] : await tx.memberships.listForUser(person.ownerUserId);
      if (!subjectOf.some((m) => m.organisationId === org.id && RECORD_SUBJECT_ROLES.includes(m.role))) {
        throw new ForbiddenError(`${org.name} issues credentials only to its own students and professionals`);
      }
      who = { kind: 'organisation', id: org.id, name: org.name };
      viaOrganisationId = org.id;
    }
    return issueInTransaction(txDeps, tx, person, record, who, request, principal.user.id, viaOrganisationId);
  });
}

/** The same, for the demo seed and the operator: no principal, no access check. */
export async function issueCredentialAsOperator(deps: ProofDeps, personId: string, who: IssuerSubject, request: IssueRequest): Promise<IssuedCredential> {
  return deps.store.transaction(async (tx) => {
    const person = await tx.people.findById(personId);
    const record = await tx.people.getRecord(personId);
    if (person === undefined || record === undefined) throw new NotFoundError('person', personId);
    return issueInTransaction({ ...deps, store: tx }, tx, person, record, who, request, null, null);
  });
}

async function issueInTransaction(
  deps: ProofDeps,
  tx: Store,
  person: PersonRow,
  record: PersonRecord,
  who: IssuerSubject,
  request: IssueRequest,
  actorUserId: string | null,
  viaOrganisationId: string | null,
): Promise<IssuedCredential> {
  const issuer: IssuerRow = await ensureIssuer(deps, tx, who);
  const slot = await claimStatusSlot(deps, tx, issuer);
  const now = deps.clock.now();
  const frame: CredentialFrame = {
    id: `urn:uuid:${deps.ids.newUuid()}`,
    issuer: { did: issuer.did, name: issuer.name, url: deps.publicUrl },
    subjectName: record.person.name,
    validFrom: instant(now),
    status: { listUrl: slot.url, index: slot.index },
  };
  const { kind, credential: unsigned } = unsignedFor(frame, record, request, todayUtc(deps));
  const credential = await deps.proofs.sign(unsigned, signingKey(deps, issuer), now);
  const at = now.toISOString();
  await tx.issuedCredentials.insert({
    id: frame.id,
    issuerId: issuer.id,
    personId: person.id,
    kind,
    name: typeof credential.name === 'string' ? credential.name : kind,
    statusListId: slot.list.id,
    statusIndex: slot.index,
    issuedAt: at,
    issuedBy: actorUserId,
    revokedAt: null,
  });
  const updated: PersonRecord = { ...withEntryIds(deps, record), verifiableCredentials: [...(record.verifiableCredentials ?? []), credential] };
  const stored: PersonRecord = updated.person.id === person.id ? { ...updated, person: withoutId(updated.person) } : updated;
  await tx.people.replaceRecord(person.id, stored, recordDigest(deps, stored, person.id), at);
  await tx.audit.append({ at, actorUserId, organisationId: viaOrganisationId, action: 'vc.issued', subjectPersonId: person.id, details: { credentialId: frame.id, kind, issuer: issuer.did } });
  return { id: frame.id, credential };
}

function withoutId(p: PersonRecord['person']): PersonRecord['person'] {
  const { id: _id, ...rest } = p;
  return rest;
}
