import { ConflictError, NotFoundError, ValidationError } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { ClinicalEntryEditRow, ClinicalEntryRow, ClinicalRole, SupervisionLevel } from '../ports/index.js';
import { entryIssues, entryView, openClinicalSites, type CheckedEntry, type ClinicalEntryView } from './clinical-log.js';
import { studentDiscipline } from './program-requirements.js';

/** What a student may change in their unsigned entry (already shaped by the contract); a field left out stays. */
export interface ClinicalEntryEdit {
  readonly procedure?: string | undefined;
  readonly performedOn?: string | undefined;
  readonly site?: string | undefined;
  readonly role?: ClinicalRole | undefined;
  readonly supervision?: SupervisionLevel | undefined;
  readonly repeat?: boolean | undefined;
  readonly competency?: boolean | undefined;
  readonly simulated?: boolean | undefined;
}

const SIGNED = 'This entry is signed, so it cannot be changed or deleted; a change needs a new signature: log a new entry and ask for one';

async function ownUnsignedEntry(deps: Deps, principal: Principal, id: string): Promise<ClinicalEntryRow> {
  const entry = await deps.store.clinical.findEntry(id);
  if (entry === undefined || principal.personId === null || entry.personId !== principal.personId) throw new NotFoundError('clinical entry', id);
  if (entry.signature !== null) throw new ConflictError(SIGNED);
  return entry;
}

const FIELDS = ['procedure', 'performedOn', 'siteId', 'role', 'supervision', 'repeat', 'competencyAttempt', 'simulated'] as const satisfies readonly (keyof CheckedEntry)[];

/**
 * The student changes their own unsigned entry. The result is checked like a new entry (field named, value
 * quoted, nothing written). The change, the record of what changed and the withdrawal of every pending
 * sign-request link happen in one transaction, so a signer never signs what they did not see. A signed
 * entry is a conflict; someone else's entry is "not found".
 */
export async function editClinicalEntry(deps: Deps, principal: Principal, id: string, edit: ClinicalEntryEdit): Promise<ClinicalEntryView> {
  const entry = await ownUnsignedEntry(deps, principal, id);
  const sites = await openClinicalSites(deps, principal);
  const next: CheckedEntry = {
    procedure: edit.procedure ?? entry.procedure,
    performedOn: edit.performedOn ?? entry.performedOn,
    siteId: edit.site ?? entry.siteId,
    role: edit.role ?? entry.role,
    supervision: edit.supervision ?? entry.supervision,
    repeat: edit.repeat ?? entry.repeat,
    competencyAttempt: edit.competency ?? entry.competencyAttempt,
    simulated: edit.simulated ?? entry.simulated,
  };
  const issues = entryIssues(deps, next, sites, await studentDiscipline(deps, principal));
  if (issues.length > 0) throw new ValidationError(issues, 'The entry was not changed');
  const changes = FIELDS.filter((f) => next[f] !== entry[f]).map((f) => ({ field: f, from: String(entry[f]), to: String(next[f]) }));
  if (changes.length === 0) return entryView(deps, entry, sites);
  const at = deps.clock.now().toISOString();
  const row: ClinicalEntryEditRow = { id: deps.ids.newId('cled'), entryId: id, editedAt: at, changes };
  await deps.store.transaction(async (tx) => {
    const withdrawn = await tx.clinical.withdrawSignRequests(id, at);
    if (!(await tx.clinical.editEntry(id, next, row))) throw new ConflictError(SIGNED);
    await tx.audit.append({ at, actorUserId: principal.user.id, organisationId: null, action: 'clinical.entry.edited', subjectPersonId: entry.personId, details: { entryId: id, fields: changes.map((c) => c.field), linksWithdrawn: withdrawn } });
  });
  return entryView(deps, { ...entry, ...next, editedAt: at }, sites);
}

/** The student deletes their own unsigned entry (its links and edits go with it); a signed entry is a conflict. */
export async function deleteClinicalEntry(deps: Deps, principal: Principal, id: string): Promise<void> {
  const entry = await ownUnsignedEntry(deps, principal, id);
  const at = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    if (!(await tx.clinical.deleteUnsignedEntry(id))) throw new ConflictError(SIGNED);
    await tx.audit.append({ at, actorUserId: principal.user.id, organisationId: null, action: 'clinical.entry.deleted', subjectPersonId: entry.personId, details: { entryId: id, procedure: entry.procedure, performedOn: entry.performedOn } });
  });
}
