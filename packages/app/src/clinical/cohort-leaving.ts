import { ValidationError } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { LeavingOutcome } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import { COHORT_WRITER_ROLES, requireSchoolStaff } from './school-staff.js';

export interface StudentLeaving {
  /** The account of the student (as listed among the school's members). */
  readonly userId: string;
  readonly outcome: LeavingOutcome;
  readonly leftOn: string;
  readonly employedOn?: string | undefined;
  readonly notSeeking?: boolean | undefined;
}

/**
 * The program director records that a student graduated or withdrew: the student's membership of the school
 * ends and the school keeps a note for its program effectiveness figures, in one transaction. The person's
 * record and signed clinical log are not touched: they stay the graduate's.
 */
export async function recordStudentLeaving(deps: Deps, principal: Principal, schoolId: string, input: StudentLeaving): Promise<{ readonly outcome: LeavingOutcome; readonly leftOn: string }> {
  await requireSchoolStaff(deps, principal, schoolId, COHORT_WRITER_ROLES);
  const issues: { path: string; message: string }[] = [];
  if (input.leftOn > todayUtc(deps)) issues.push({ path: 'leftOn', message: `"${input.leftOn}" is in the future` });
  if (input.employedOn !== undefined && input.notSeeking === true) issues.push({ path: 'notSeeking', message: 'a graduate with a job is not "not seeking"' });
  if (input.outcome === 'withdrew' && input.employedOn !== undefined) issues.push({ path: 'employedOn', message: 'only a graduate has a job placement' });
  if (issues.length > 0) throw new ValidationError(issues, 'Nothing was recorded');
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    const ended = await tx.cohorts.recordLeaving({
      schoolOrganisationId: schoolId,
      userId: input.userId,
      leftOn: input.leftOn,
      outcome: input.outcome,
      employedOn: input.employedOn ?? null,
      notSeeking: input.notSeeking ?? false,
      createdAt: now,
    });
    if (!ended) throw new ValidationError([{ path: 'userId', message: `"${input.userId}" is not a current student of the school` }], 'Nothing was recorded');
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: schoolId, action: 'school.student.left', subjectPersonId: null, details: { userId: input.userId, outcome: input.outcome } });
  });
  return { outcome: input.outcome, leftOn: input.leftOn };
}
