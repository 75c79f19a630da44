import { ConflictError, NotFoundError, ValidationError } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps, MailDeps } from '../deps.js';
import { enqueueMail } from '../mail/deliver-mail.js';
import { accountOfPerson } from '../clinical/time-mails.js';
import { rotationPublishedMail } from './placement-mail.js';
import type { ClinicalRotationRow, PlacementRunRow } from '../ports/index.js';
import { explainAssignment } from './placement-explanation.js';
import { PLACEMENT_MANAGER_ROLES, requireSchoolRole, requireTerm } from './school-access.js';
import { placeStudents, type PlacementMode } from './student-placement.js';
import type { PlacementReport } from '@modality/matching';

/** One student's outcome in a run, with the reason in words. */
export interface RunAssignment {
  readonly personId: string;
  readonly studentName: string;
  readonly siteId: string | null;
  readonly siteName: string | null;
  /** Position of the site in the student's ranking (1 = first choice); null when unplaced. */
  readonly rank: number | null;
  readonly explanation: string;
}

/** A placement run as the director sees it. */
export interface PlacementRunView {
  readonly id: string;
  readonly termId: string;
  readonly mode: PlacementMode;
  readonly createdAt: string;
  readonly publishedAt: string | null;
  readonly assignments: RunAssignment[];
  readonly report: PlacementReport;
}

interface StoredResult {
  readonly assignments: RunAssignment[];
  readonly report: PlacementReport;
}

function runView(run: PlacementRunRow): PlacementRunView {
  const result = JSON.parse(run.result) as StoredResult;
  return { id: run.id, termId: run.termId, mode: run.mode, createdAt: run.createdAt, publishedAt: run.publishedAt, assignments: result.assignments, report: result.report };
}

/** The school's students who keep a record (only they can be placed), by name. */
async function schoolStudents(deps: Deps, schoolId: string): Promise<Array<{ personId: string; name: string }>> {
  const members = (await deps.store.memberships.listForOrganisation(schoolId)).filter((m) => m.role === 'student');
  const people = await Promise.all(members.map(async (m) => ({ member: m, person: await deps.store.people.findByOwner(m.userId) })));
  return people
    .flatMap(({ member, person }) => (person === undefined ? [] : [{ personId: person.id, name: person.name !== '' ? person.name : member.userName }]))
    .sort((a, b) => a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId));
}

/**
 * Places the school's students for a term with the placement engine (stable: student-proposing deferred
 * acceptance; optimal: most placed, then least total rank), from their rankings and the sites' capacities
 * in the term. Each assignment is explained in words. The run is kept, unpublished.
 */
export async function runPlacement(deps: Deps, principal: Principal, schoolId: string, termId: string, mode: PlacementMode): Promise<PlacementRunView> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  await requireTerm(deps, schoolId, termId);
  const [sites, capacities, rankings, students] = await Promise.all([
    deps.store.clinical.listSitesForSchools([schoolId]),
    deps.store.clinicalPlacement.listCapacities(termId),
    deps.store.clinicalPlacement.listRankings(termId),
    schoolStudents(deps, schoolId),
  ]);
  if (students.length === 0) throw new ValidationError([{ path: 'term', message: 'The school has no students to place' }], 'Nothing was placed');
  const capacity = new Map(capacities.map((c) => [c.siteId, c.capacity]));
  const siteName = new Map(sites.map((s) => [s.id, s.name]));
  const outcome = placeStudents(deps, {
    mode,
    problem: {
      sites: sites.map((s) => ({ id: s.id, capacity: capacity.get(s.id) ?? 0 })),
      // Only the school's own sites: a ranking row of a site since deleted is gone with it (cascade).
      students: students.map((s) => ({ id: s.personId, preferences: (rankings.get(s.personId) ?? []).filter((id) => siteName.has(id)) })),
    },
  });
  const capacityByName = new Map(sites.map((s) => [s.name, capacity.get(s.id) ?? 0]));
  const assignments: RunAssignment[] = outcome.assignments.map((a, i) => {
    const student = students[i] ?? { personId: a.student, name: 'A student' };
    const ranked = (rankings.get(a.student) ?? []).flatMap((id) => {
      const name = siteName.get(id);
      return name === undefined ? [] : [name];
    });
    return {
      personId: a.student,
      studentName: student.name,
      siteId: a.site,
      siteName: a.site === null ? null : (siteName.get(a.site) ?? null),
      rank: a.rank,
      explanation: explainAssignment({ mode, ranked, rank: a.rank, capacityOf: (name) => capacityByName.get(name) ?? 0 }),
    };
  });
  const run: PlacementRunRow = {
    id: deps.ids.newId('run'),
    termId,
    mode,
    createdByUserId: principal.user.id,
    createdAt: deps.clock.now().toISOString(),
    result: JSON.stringify({ assignments, report: outcome.report } satisfies StoredResult),
    publishedAt: null,
  };
  await deps.store.transaction(async (tx) => {
    await tx.clinicalPlacement.insertRun(run);
    await tx.audit.append({ at: run.createdAt, actorUserId: principal.user.id, organisationId: schoolId, action: 'clinical.placement.run', subjectPersonId: null, details: { runId: run.id, termId, mode } });
  });
  return runView(run);
}

/** The term's placement runs, newest first. */
export async function listPlacementRuns(deps: Deps, principal: Principal, schoolId: string, termId: string): Promise<PlacementRunView[]> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  await requireTerm(deps, schoolId, termId);
  return (await deps.store.clinicalPlacement.listRuns(termId)).map(runView);
}

/**
 * Publishes a run: the school's rotations in the term's dates are replaced by the run's assignments, the run
 * is marked published, an audit row written and each placed student mailed their rotation (outbox rows) —
 * all in one transaction.
 */
export async function publishPlacementRun(deps: MailDeps, principal: Principal, schoolId: string, runId: string): Promise<PlacementRunView> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  const run = await deps.store.clinicalPlacement.findRun(runId);
  const term = run === undefined ? undefined : await deps.store.clinicalPlacement.findTerm(run.termId);
  if (run === undefined || term === undefined || term.schoolOrganisationId !== schoolId) throw new NotFoundError('placement run', runId);
  if (run.publishedAt !== null) throw new ConflictError('This placement is published already');
  const view = runView(run);
  const sites = new Set((await deps.store.clinical.listSitesForSchools([schoolId])).map((s) => s.id));
  if (view.assignments.some((a) => a.siteId !== null && !sites.has(a.siteId))) throw new ConflictError('This placement names a site that has since been removed; run placement again');
  const at = deps.clock.now().toISOString();
  const rows: ClinicalRotationRow[] = view.assignments.flatMap((a) =>
    a.siteId === null ? [] : [{ id: deps.ids.newId('rot'), schoolOrganisationId: schoolId, personId: a.personId, siteId: a.siteId, startsOn: term.startsOn, endsOn: term.endsOn, createdAt: at }],
  );
  const details = await deps.store.clinicalPlacement.listSiteDetails([...new Set(rows.map((r) => r.siteId))]);
  const siteNames = new Map(view.assignments.map((a) => [a.siteId, a.siteName]));
  const mails = await Promise.all(
    rows.map(async (r) => {
      const to = await accountOfPerson(deps.store, r.personId);
      const d = details.find((x) => x.siteId === r.siteId);
      const address = [d?.address, d?.city].filter((x): x is string => x != null && x !== '').join(', ');
      const rotation = { runId: run.id, termName: term.name, siteName: siteNames.get(r.siteId) ?? 'your clinical site', siteAddress: address === '' ? null : address, startsOn: r.startsOn, endsOn: r.endsOn };
      return to === undefined ? [] : [rotationPublishedMail(to, rotation, deps.publicUrl)];
    }),
  );
  await deps.store.transaction(async (tx) => {
    for (const mail of mails.flat()) await enqueueMail(deps, tx, mail);
    await tx.clinicalPlacement.replaceRotations(schoolId, term.startsOn, term.endsOn, rows);
    await tx.clinicalPlacement.markPublished(run.id, at);
    await tx.audit.append({
      at,
      actorUserId: principal.user.id,
      organisationId: schoolId,
      action: 'clinical.placement.published',
      subjectPersonId: null,
      details: { runId: run.id, termId: term.id, mode: run.mode, rotations: rows.length },
    });
  });
  return { ...view, publishedAt: at };
}
