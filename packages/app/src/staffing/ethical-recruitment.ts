import { DomainError } from '@modality/domain';
import { restrictingLists, type RecruitmentList } from '@modality/knowledge';

/** Why a candidate may not be actively recruited for a job: the rule, its version and its source. */
export interface RecruitmentRefusal {
  readonly rule: RecruitmentList['id'];
  readonly name: string;
  readonly version: string;
  readonly sourceUrl: string;
  /** The country of residence, by name. */
  readonly residence: string;
}

/** Active recruitment refused by an ethical-recruitment list; the message names the rule and its source. */
export class RecruitmentRestrictedError extends DomainError {
  readonly refusal: RecruitmentRefusal;
  constructor(refusal: RecruitmentRefusal) {
    super(
      'recruitment_restricted',
      `Candidates living in ${refusal.residence} are not actively recruited under the ${refusal.name} (version ${refusal.version}; source: ${refusal.sourceUrl}). They may still apply to the posting themselves.`,
    );
    this.refusal = refusal;
  }
}

/**
 * The first rule that stops a recruiter from actively recruiting a resident of `residence` for a job in
 * `destination` (ISO 3166-1 alpha-2), or null. Applying directly is never refused.
 *
 * @example
 * activeRecruitmentRefusal('NG', 'US')?.rule // 'who-ssl-2023'
 */
export function activeRecruitmentRefusal(residence: string, destination: string): RecruitmentRefusal | null {
  const [list] = restrictingLists(residence, destination);
  if (list === undefined) return null;
  const country = list.countries.find((c) => c.country === residence);
  return { rule: list.id, name: list.name, version: list.version, sourceUrl: list.sourceUrl, residence: country?.name ?? residence };
}

/**
 * Whether a resident of `residence` is kept out of every recruiter's ranking: lists that govern every
 * destination (the WHO list) keep them out of the search itself, so nobody is shown them to approach.
 */
export const keptFromRankings = (residence: string): boolean => restrictingLists(residence, '').length > 0;
