import { NotFoundError, ValidationError } from '@modality/domain';
import {
  findPostprimaryProcedure,
  POSTPRIMARY_REQUIREMENTS,
  overDailyCap,
  postprimaryProgress,
  postprimaryRequirements,
  type PostprimaryDiscipline,
  type PostprimaryProgress,
  type PostprimaryRequirements,
} from '@modality/knowledge';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { PostprimaryEntryRow } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';

/** Where an entry stands: waiting for the verifier, waiting for the supervisor's review, or counted. */
export type PostprimaryStatus = 'awaiting-verification' | 'awaiting-review' | 'complete';

/** A postprimary entry as people see it: the procedure's name, the facility and both signatures. */
export interface PostprimaryEntryView {
  readonly id: string;
  readonly discipline: PostprimaryDiscipline;
  readonly procedure: string;
  readonly procedureName: string;
  readonly performedOn: string;
  readonly facility: string;
  readonly loggedAt: string;
  readonly status: PostprimaryStatus;
  readonly verifiedBy: { readonly name: string; readonly arrtNumber: string; readonly at: string } | null;
  readonly reviewedBy: { readonly name: string; readonly facility: string; readonly at: string } | null;
}

/** What a technologist sends to log a procedure (already shaped by the contract). No patient data. */
export interface NewPostprimaryEntry {
  readonly discipline: PostprimaryDiscipline;
  readonly procedure: string;
  readonly performedOn: string;
  readonly facility: string;
}

/** Names and facilities compare without case and with runs of spaces as one. */
export const sameWords = (a: string, b: string): boolean => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** The view of an entry. */
export function postprimaryEntryView(e: PostprimaryEntryRow): PostprimaryEntryView {
  return {
    id: e.id,
    discipline: e.discipline,
    procedure: e.procedure,
    procedureName: findPostprimaryProcedure(e.discipline, e.procedure)?.name ?? e.procedure,
    performedOn: e.performedOn,
    facility: e.facility,
    loggedAt: e.createdAt,
    status: e.verification === null ? 'awaiting-verification' : e.review === null ? 'awaiting-review' : 'complete',
    verifiedBy: e.verification === null ? null : { name: e.verification.name, arrtNumber: e.verification.arrtNumber, at: e.verification.at },
    reviewedBy: e.review === null ? null : { name: e.review.name, facility: e.review.facility, at: e.review.at },
  };
}

function ownPersonId(principal: Principal): string {
  if (principal.personId === null) throw new ValidationError([{ path: 'person', message: 'You have no record yet; create your record before keeping a clinical experience log' }]);
  return principal.personId;
}

/**
 * Logs a procedure in the signed-in technologist's postprimary log. A date after today, a procedure not in the
 * discipline's list, or a day already holding the discipline's daily number of entries is refused, naming the
 * field and quoting the value; nothing is written then.
 */
export async function logPostprimaryEntry(deps: Deps, principal: Principal, input: NewPostprimaryEntry): Promise<PostprimaryEntryView> {
  const personId = ownPersonId(principal);
  const set = postprimaryRequirements(input.discipline);
  const issues: { path: string; message: string }[] = [];
  if (input.performedOn > todayUtc(deps)) issues.push({ path: 'performedOn', message: `"${input.performedOn}" is in the future; log a procedure on or after the day it was done` });
  if (findPostprimaryProcedure(input.discipline, input.procedure) === undefined) issues.push({ path: 'procedure', message: `"${input.procedure}" is not a procedure of the ${set.name} list` });
  const facility = input.facility.trim().replace(/\s+/g, ' ');
  const now = deps.clock.now().toISOString();
  const entry: PostprimaryEntryRow = {
    id: deps.ids.newId('ppe'),
    personId,
    discipline: input.discipline,
    procedure: input.procedure,
    performedOn: input.performedOn,
    facility,
    createdAt: now,
    verification: null,
    review: null,
  };
  await deps.store.transaction(async (tx) => {
    const sameDiscipline = await tx.postprimary.listEntriesForPerson(personId, input.discipline);
    if (overDailyCap(set, sameDiscipline, input.performedOn))
      issues.push({ path: 'performedOn', message: `"${input.performedOn}" already has ${String(set.dailyCap.value)} entries: ARRT limits how many ${set.name} entries one day may have` });
    if (issues.length > 0) throw new ValidationError(issues, 'The entry was not logged');
    await tx.postprimary.insertEntry(entry);
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: null, action: 'postprimary.entry.logged', subjectPersonId: personId, details: { entryId: entry.id, discipline: entry.discipline } });
  });
  return postprimaryEntryView(entry);
}

/** Reads one's own entry; anyone else's is "not found". */
export async function findOwnPostprimaryEntry(deps: Deps, principal: Principal, id: string): Promise<PostprimaryEntryRow> {
  const entry = await deps.store.postprimary.findEntry(id);
  if (entry === undefined || entry.personId !== principal.personId) throw new NotFoundError('postprimary entry', id);
  return entry;
}

/** The signed-in technologist's log of a discipline, oldest first. */
export async function listPostprimaryEntries(deps: Deps, principal: Principal, discipline: PostprimaryDiscipline): Promise<PostprimaryEntryView[]> {
  const rows = await deps.store.postprimary.listEntriesForPerson(ownPersonId(principal), discipline);
  return rows.map(postprimaryEntryView);
}

/** A requirement set as people read it: its counts with sources, its flag and its procedures. */
export interface PostprimaryProgressView {
  readonly requirements: PostprimaryRequirements;
  readonly progress: PostprimaryProgress;
  /** Every procedure of the list with how many count, by name. */
  readonly procedures: readonly { readonly code: string; readonly name: string; readonly counted: number }[];
}

/** Progress of the signed-in technologist today: only entries both verified and reviewed count. */
export async function postprimaryProgressFor(deps: Deps, principal: Principal, discipline: PostprimaryDiscipline): Promise<PostprimaryProgressView> {
  const set = postprimaryRequirements(discipline);
  const rows = await deps.store.postprimary.listEntriesForPerson(ownPersonId(principal), discipline);
  const progress = postprimaryProgress(
    set,
    rows.map((r) => ({ procedure: r.procedure, performedOn: r.performedOn, verified: r.verification !== null, reviewed: r.review !== null })),
    todayUtc(deps),
  );
  return { requirements: set, progress, procedures: set.procedures.map((p) => ({ code: p.code, name: p.name, counted: progress.byProcedure[p.code] ?? 0 })) };
}

/** Every shipped postprimary requirement set (CT, MR), with its sources and flag. */
export function postprimaryRequirementSets(): readonly PostprimaryRequirements[] {
  return POSTPRIMARY_REQUIREMENTS;
}
