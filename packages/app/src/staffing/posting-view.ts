import { postingSideOf, type EmploymentType, type ImagingModality, type PostingSide, type PostingStatus } from '@modality/domain';
import { findJobRole } from '@modality/knowledge';
import type { OrganisationRow, PayRange, PostingPlace, PostingPreferences, PostingRequirements, PostingRow } from '../ports/index.js';

/** A posting as people and clients see it: the status as of today, the organisation and the role by name. */
export interface PostingView {
  readonly id: string;
  readonly organisation: { readonly id: string; readonly name: string; readonly side: PostingSide };
  readonly reference: string | null;
  readonly status: PostingStatus;
  readonly title: string;
  readonly description: string;
  readonly role: string;
  readonly roleName: string;
  readonly modality: ImagingModality;
  readonly employmentType: EmploymentType;
  readonly requirements: PostingRequirements;
  readonly preferences: PostingPreferences;
  readonly place: PostingPlace;
  readonly pay: PayRange;
  readonly validThrough: string;
  readonly datePosted: string | null;
  readonly updatedAt: string;
}

/**
 * The status on `today`: an open posting whose last day has passed is expired, without anyone having to
 * close it (nothing is stored, so it cannot lag behind the clock).
 *
 * @example
 * statusOn({ status: 'open', validThrough: '2026-01-31' }, '2026-02-01') // 'expired'
 */
export function statusOn(posting: Pick<PostingRow, 'status' | 'validThrough'>, today: string): PostingStatus {
  return posting.status === 'open' && posting.validThrough < today ? 'expired' : posting.status;
}

/** The view of a posting of `org` on `today`. */
export function postingView(row: PostingRow, org: OrganisationRow, today: string): PostingView {
  return {
    id: row.id,
    organisation: { id: org.id, name: org.name, side: postingSideOf(org.kind) ?? 'employer' },
    reference: row.reference,
    status: statusOn(row, today),
    title: row.title,
    description: row.description,
    role: row.role,
    roleName: findJobRole(row.role)?.title ?? row.role,
    modality: row.modality,
    employmentType: row.employmentType,
    requirements: row.requirements,
    preferences: row.preferences,
    place: row.place,
    pay: row.pay,
    validThrough: row.validThrough,
    datePosted: row.datePosted,
    updatedAt: row.updatedAt,
  };
}
