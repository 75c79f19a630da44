import { ConflictError, NotFoundError, type MembershipRole } from '@modality/domain';
import { organisationsWithRole, type Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { ClinicalEntryRow } from '../ports/index.js';
import { entryView, type ClinicalEntryView } from './clinical-log.js';
import { gradeForSignature, gradeFormFor, gradeFormView, type GradeFormView, type GradeInput } from './competency-grade.js';

/** Who signs a student's entry in the app: the clinical instructors and program directors of its school. */
export const CLINICAL_SIGNER_ROLES: readonly MembershipRole[] = ['instructor', 'program_director'];

/** An unsigned entry as a signer sees it: whose it is and which school. */
export interface EntryToSign {
  readonly studentName: string;
  readonly schoolName: string;
  readonly entry: ClinicalEntryView;
  /** The form to fill in when the entry is a competency attempt. */
  readonly gradeForm: GradeFormView | null;
}

function schoolNames(principal: Principal): Map<string, string> {
  const ids = organisationsWithRole(principal, CLINICAL_SIGNER_ROLES);
  return new Map(principal.memberships.filter((m) => ids.has(m.organisationId)).map((m) => [m.organisationId, m.organisationName]));
}

/**
 * The unsigned entries logged at the sites of the schools where the principal is a clinical instructor or
 * program director, oldest first (their own entries, if they also study there, are left out).
 */
export async function listEntriesToSign(deps: Deps, principal: Principal): Promise<EntryToSign[]> {
  const schools = schoolNames(principal);
  const entries = (await deps.store.clinical.listUnsignedEntriesForSchools([...schools.keys()])).filter((e) => e.personId !== principal.personId);
  const names = new Map<string, string>();
  const out: EntryToSign[] = [];
  for (const entry of entries) {
    if (!names.has(entry.personId)) names.set(entry.personId, (await deps.store.people.findById(entry.personId))?.name ?? 'A student');
    const view = await entryView(deps, entry);
    const site = await deps.store.clinical.findSite(entry.siteId);
    out.push({ studentName: names.get(entry.personId) ?? 'A student', schoolName: schools.get(site?.schoolOrganisationId ?? '') ?? '', entry: view, gradeForm: gradeFormView(await gradeFormFor(deps.store, entry)) });
  }
  return out;
}

/** What an instructor states when signing in the app. */
export interface InstructorSignature {
  readonly present: true;
  readonly arrtNumber?: string | undefined;
  /** Required for a competency attempt, refused for any other entry. */
  readonly grade?: GradeInput | undefined;
}

/**
 * A clinical instructor or program director of the entry's school signs it in the app, as themselves (their
 * account and name are recorded). Anyone else, and the student themselves, gets "not found"; an entry signed
 * already is a conflict (a signed entry never changes). The signature and its audit row are one transaction,
 * and the signature is a conditional update, so two signers racing cannot both win.
 */
export async function signInApp(deps: Deps, principal: Principal, entryId: string, signature: InstructorSignature): Promise<ClinicalEntryView> {
  const schools = organisationsWithRole(principal, CLINICAL_SIGNER_ROLES);
  const entry: ClinicalEntryRow | undefined = await deps.store.clinical.findEntry(entryId);
  const site = entry === undefined ? undefined : await deps.store.clinical.findSite(entry.siteId);
  if (entry === undefined || site === undefined || !schools.has(site.schoolOrganisationId) || entry.personId === principal.personId) throw new NotFoundError('clinical entry', entryId);
  if (entry.signature !== null) throw new ConflictError('This entry is already signed; a signed entry cannot be signed again');
  const grade = gradeForSignature(await gradeFormFor(deps.store, entry), signature.grade);
  const at = deps.clock.now().toISOString();
  const signed = { signedAt: at, name: principal.user.name, arrtNumber: signature.arrtNumber ?? null, signerUserId: principal.user.id };
  await deps.store.transaction(async (tx) => {
    if (!(await tx.clinical.signEntry(entry.id, signed, grade))) throw new ConflictError('This entry is already signed; a signed entry cannot be signed again');
    await tx.audit.append({
      at,
      actorUserId: principal.user.id,
      organisationId: site.schoolOrganisationId,
      action: 'clinical.entry.signed',
      subjectPersonId: entry.personId,
      details: { entryId: entry.id, signer: principal.user.name, how: 'in-app', present: true, ...(grade === null ? {} : { passed: grade.passed }) },
    });
  });
  return entryView(deps, { ...entry, signature: signed, grade }, [site]);
}
