import { NotFoundError } from '@modality/domain';
import { findJurisdiction, JOB_ROLE_CODES, JOB_ROLES, jobRoleProfile, type JobRoleCode, type JobRoleProfile } from '@modality/knowledge';

/** A role in a list: its code, title, modalities and SOC occupation. */
export interface JobRoleSummaryView {
  readonly code: JobRoleCode;
  readonly title: string;
  readonly modalities: string[];
  readonly soc: string | null;
}

/** A role profile as a client shows it: the knowledge base's profile, with every list its own copy and each credential jurisdiction named. */
export type JobRoleProfileView = Omit<JobRoleProfile, 'credentials' | 'modalities' | 'shortageModalities' | 'occupationCodes' | 'shortage'> & {
  readonly credentials: Array<{ readonly jurisdiction: string; readonly jurisdictionName: string; readonly anyOf: string[][]; readonly note?: string }>;
  readonly modalities: string[];
  readonly shortageModalities: string[];
  readonly occupationCodes: Array<JobRoleProfile['occupationCodes'][number]>;
  readonly shortage: Array<JobRoleProfile['shortage'][number]>;
};

/** `us` in a role's credentials stands for every state. */
const jurisdictionName = (code: string): string => (code === 'us' ? 'United States (every state)' : (findJurisdiction(code)?.name ?? code));

/** The imaging roles of the knowledge base, in their list order. Needs nothing from `deps`. */
export function listJobRoles(_deps: object): { items: JobRoleSummaryView[] } {
  return { items: JOB_ROLES.map((r) => ({ code: r.code, title: r.title, modalities: [...r.modalities], soc: r.soc })) };
}

/**
 * Everything the knowledge base holds about one role: the work, entry education, credentials per
 * jurisdiction, occupation codes, US outlook and pay, shortage evidence. An unknown code is "not found",
 * naming the valid ones.
 *
 * @example
 * readJobRoleProfile(deps, { code: 'sonographer' }).usOutlook?.projectedChangePct // { value: 13, unit: 'pct', … }
 */
export function readJobRoleProfile(_deps: object, input: { readonly code: string }): JobRoleProfileView {
  const profile = jobRoleProfile(input.code);
  if (profile === undefined) throw new NotFoundError('role', `${input.code} (valid roles: ${JOB_ROLE_CODES.join(', ')})`);
  return {
    ...profile,
    credentials: profile.credentials.map((c) => ({
      jurisdiction: c.jurisdiction,
      jurisdictionName: jurisdictionName(c.jurisdiction),
      anyOf: c.anyOf.map((set) => [...set]),
      ...(c.note === undefined ? {} : { note: c.note }),
    })),
    modalities: [...profile.modalities],
    shortageModalities: [...profile.shortageModalities],
    occupationCodes: [...profile.occupationCodes],
    shortage: [...profile.shortage],
  };
}
