import { ConflictError, NotFoundError, ValidationError, type EmploymentType, type ImagingModality } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { StaffingDeps } from '../deps.js';
import type { PayRange, PostingPreferences, PostingRequirements, PostingRow, Store } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import { postingOrganisationFor, writesPostingsFor, type PostingOrganisation } from './posting-access.js';
import { placeOf } from './posting-place.js';
import { postingView, statusOn, type PostingView } from './posting-view.js';

/** A posting as written (the contract's create body, parsed). */
export interface PostingInput {
  readonly organisationId?: string | undefined;
  readonly reference?: string | undefined;
  readonly status: 'draft' | 'open';
  readonly title: string;
  readonly description: string;
  readonly role: string;
  readonly modality: ImagingModality;
  readonly employmentType: EmploymentType;
  readonly requirements: PostingRequirements;
  readonly preferences: PostingPreferences;
  readonly place: { readonly address: string; readonly radiusKm: number };
  readonly pay: PayRange;
  readonly validThrough: string;
}

/** A change to a posting (the contract's update body, parsed); absent fields stay as they are. */
export interface PostingChange {
  readonly status?: 'draft' | 'open' | 'filled' | 'closed' | undefined;
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  readonly role?: string | undefined;
  readonly modality?: ImagingModality | undefined;
  readonly employmentType?: EmploymentType | undefined;
  readonly requirements?: PostingRequirements | undefined;
  readonly preferences?: PostingPreferences | undefined;
  readonly place?: { readonly address: string; readonly radiusKm: number } | undefined;
  readonly pay?: PayRange | undefined;
  readonly validThrough?: string | undefined;
}

/** Which stored statuses may follow which: filled and closed are final. */
const NEXT: Readonly<Record<PostingRow['status'], readonly PostingRow['status'][]>> = {
  draft: ['draft', 'open', 'closed'],
  open: ['open', 'filled', 'closed'],
  filled: ['filled'],
  closed: ['closed'],
};

/** An open posting must be open on some day from today on. */
function checkOpenable(status: PostingRow['status'], validThrough: string, today: string, prefix: string): void {
  if (status === 'open' && validThrough < today) {
    throw new ValidationError([{ path: `${prefix}validThrough`, message: `${JSON.stringify(validThrough)} has passed: an open posting needs a last day from today (${today}) on` }]);
  }
}

/** The row of a new posting of `org`, placed by the gazetteer (the caller stores it). */
export function newPostingRow(deps: Pick<StaffingDeps, 'ids' | 'clock' | 'places'>, org: PostingOrganisation, input: PostingInput, createdBy: string | null, prefix = ''): PostingRow {
  const now = deps.clock.now().toISOString();
  const today = todayUtc(deps);
  checkOpenable(input.status, input.validThrough, today, prefix);
  return {
    id: deps.ids.newId('pst'),
    organisationId: org.id,
    reference: input.reference ?? null,
    status: input.status,
    title: input.title,
    description: input.description,
    role: input.role,
    modality: input.modality,
    employmentType: input.employmentType,
    requirements: input.requirements,
    preferences: input.preferences,
    place: placeOf(deps, input.place, `${prefix}place.address`),
    pay: input.pay,
    validThrough: input.validThrough,
    datePosted: input.status === 'open' ? now : null,
    createdBy,
    createdAt: now,
    updatedAt: now,
  };
}

/** `row` with `change` applied (placed again if the address changed), or a validation error. */
export function changedPostingRow(deps: Pick<StaffingDeps, 'clock' | 'places'>, row: PostingRow, change: PostingChange, prefix = ''): PostingRow {
  const now = deps.clock.now().toISOString();
  const status = change.status ?? row.status;
  if (!NEXT[row.status].includes(status)) {
    throw new ValidationError([{ path: `${prefix}status`, message: `a ${row.status} posting cannot become ${status}` }]);
  }
  const validThrough = change.validThrough ?? row.validThrough;
  if (change.status === 'open' || change.validThrough !== undefined) checkOpenable(status, validThrough, todayUtc(deps), prefix);
  const place = change.place === undefined ? row.place : change.place.address === row.place.address ? { ...row.place, radiusKm: change.place.radiusKm } : placeOf(deps, change.place, `${prefix}place.address`);
  return {
    ...row,
    status,
    title: change.title ?? row.title,
    description: change.description ?? row.description,
    role: change.role ?? row.role,
    modality: change.modality ?? row.modality,
    employmentType: change.employmentType ?? row.employmentType,
    requirements: change.requirements ?? row.requirements,
    preferences: change.preferences ?? row.preferences,
    pay: change.pay ?? row.pay,
    place,
    validThrough,
    datePosted: row.datePosted ?? (status === 'open' ? now : null),
    updatedAt: now,
  };
}

async function audit(tx: Store, at: string, principal: Principal | null, row: PostingRow, action: string, details: Readonly<Record<string, unknown>>): Promise<void> {
  await tx.audit.append({ at, actorUserId: principal?.user.id ?? null, organisationId: row.organisationId, action, subjectPersonId: null, details: { posting: row.id, ...details } });
}

/**
 * A recruiter or organisation admin posts a job for their organisation (an employer or a staffing
 * agency): a draft, or open at once. The address is placed by the bundled gazetteer; pay and the last day
 * are required by the contract. A reference already used by the organisation is a conflict.
 *
 * @example
 * await createPosting(deps, nina, { title: 'CT Technologist', status: 'open', pay: { min: 38, max: 46, unit: 'hour', currency: 'USD' }, … })
 */
export async function createPosting(deps: StaffingDeps, principal: Principal, input: PostingInput): Promise<PostingView> {
  const org = await postingOrganisationFor(deps, principal, input.organisationId);
  const row = newPostingRow(deps, org, input, principal.user.id);
  await deps.store.transaction(async (tx) => {
    if (row.reference !== null && (await tx.postings.findByReference(org.id, row.reference)) !== undefined) {
      throw new ConflictError(`${org.name} already has a posting with the reference ${JSON.stringify(row.reference)}`);
    }
    await tx.postings.insert(row);
    await audit(tx, row.createdAt, principal, row, 'posting.created', { status: row.status });
  });
  return postingView(row, org, todayUtc(deps));
}

/**
 * Changes a posting or moves it on (draft → open → filled or closed), by its organisation's recruiters and
 * admins. Anyone else gets "not found", as if it did not exist.
 */
export async function updatePosting(deps: StaffingDeps, principal: Principal, id: string, change: PostingChange): Promise<PostingView> {
  return deps.store.transaction(async (tx) => {
    const row = await tx.postings.findById(id);
    if (row === undefined || !writesPostingsFor(principal, row.organisationId)) throw new NotFoundError('posting', id);
    const org = await tx.organisations.findById(row.organisationId);
    if (org === undefined) throw new NotFoundError('posting', id);
    const next = changedPostingRow(deps, row, change);
    await tx.postings.update(next);
    const today = todayUtc(deps);
    await audit(tx, next.updatedAt, principal, next, 'posting.changed', { from: statusOn(row, today), to: statusOn(next, today), fields: Object.keys(change) });
    return postingView(next, org, today);
  });
}
