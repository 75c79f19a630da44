import type { PostingFilter, PostingPreferences, PostingRepository, PostingRequirements, PostingRow } from '@modality/app';
import { annualPay, type EmploymentType, type ImagingModality, type PayUnit } from '@modality/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The `postings` table (migration 013-staffing). */
export type PostingsTable = {
  postings: {
    id: string;
    organisation_id: string;
    reference: string | null;
    status: string;
    title: string;
    description: string;
    role: string;
    modality: string;
    employment_type: string;
    requirements_json: string;
    preferences_json: string;
    address: string;
    city: string;
    region: string;
    postal_code: string | null;
    country: string;
    lat: number;
    lon: number;
    radius_km: number;
    pay_min: number;
    pay_max: number;
    pay_unit: string;
    pay_currency: string;
    pay_max_annual: number;
    valid_through: string;
    date_posted: string | null;
    created_by: string | null;
    created_at: string;
    updated_at: string;
  };
};
type Db = Kysely<PostingsTable> | Transaction<PostingsTable>;
type Stored = PostingsTable['postings'];

const toRow = (r: Stored): PostingRow => ({
  id: r.id,
  organisationId: r.organisation_id,
  reference: r.reference,
  status: r.status as PostingRow['status'],
  title: r.title,
  description: r.description,
  role: r.role,
  modality: r.modality as ImagingModality,
  employmentType: r.employment_type as EmploymentType,
  requirements: JSON.parse(r.requirements_json) as PostingRequirements,
  preferences: JSON.parse(r.preferences_json) as PostingPreferences,
  place: { address: r.address, city: r.city, region: r.region, postalCode: r.postal_code, country: r.country, lat: r.lat, lon: r.lon, radiusKm: r.radius_km },
  pay: { min: r.pay_min, max: r.pay_max, unit: r.pay_unit as PayUnit, currency: r.pay_currency },
  validThrough: r.valid_through,
  datePosted: r.date_posted,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toStored = (p: PostingRow): Stored => ({
  id: p.id,
  organisation_id: p.organisationId,
  reference: p.reference,
  status: p.status,
  title: p.title,
  description: p.description,
  role: p.role,
  modality: p.modality,
  employment_type: p.employmentType,
  requirements_json: JSON.stringify(p.requirements),
  preferences_json: JSON.stringify(p.preferences),
  address: p.place.address,
  city: p.place.city,
  region: p.place.region,
  postal_code: p.place.postalCode,
  country: p.place.country,
  lat: p.place.lat,
  lon: p.place.lon,
  radius_km: p.place.radiusKm,
  pay_min: p.pay.min,
  pay_max: p.pay.max,
  pay_unit: p.pay.unit,
  pay_currency: p.pay.currency,
  pay_max_annual: annualPay(p.pay.max, p.pay.unit),
  valid_through: p.validThrough,
  date_posted: p.datePosted,
  created_by: p.createdBy,
  created_at: p.createdAt,
  updated_at: p.updatedAt,
});

/** Job postings: by id, by the organisation's reference, and the public search. */
export class KyselyPostingRepository implements PostingRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    // Typed here, beside its migration, rather than in the shared Database interface.
    this.db = db.withTables<PostingsTable>() as unknown as Db;
  }

  async insert(posting: PostingRow): Promise<void> {
    await this.db.insertInto('postings').values(toStored(posting)).execute();
  }

  async update(posting: PostingRow): Promise<void> {
    const { id: _id, created_at: _created, ...changes } = toStored(posting);
    await this.db.updateTable('postings').set(changes).where('id', '=', posting.id).execute();
  }

  async findById(id: string): Promise<PostingRow | undefined> {
    const r = await this.db.selectFrom('postings').selectAll().where('id', '=', id).executeTakeFirst();
    return r === undefined ? undefined : toRow(r);
  }

  async findByReference(organisationId: string, reference: string): Promise<PostingRow | undefined> {
    const r = await this.db.selectFrom('postings').selectAll().where('organisation_id', '=', organisationId).where('reference', '=', reference).executeTakeFirst();
    return r === undefined ? undefined : toRow(r);
  }

  async search(filter: PostingFilter, page: { readonly after?: string; readonly limit: number }): Promise<PostingRow[]> {
    let q = this.db.selectFrom('postings').selectAll();
    if (filter.openOn !== undefined) q = q.where('status', '=', 'open').where('valid_through', '>=', filter.openOn);
    if (filter.organisationId !== undefined) q = q.where('organisation_id', '=', filter.organisationId);
    if (filter.posted !== undefined) q = q.where('date_posted', '>', filter.posted.after).where('date_posted', '<=', filter.posted.through);
    if (filter.role !== undefined) q = q.where('role', '=', filter.role);
    if (filter.modality !== undefined) q = q.where('modality', '=', filter.modality);
    if (filter.employmentType !== undefined) q = q.where('employment_type', '=', filter.employmentType);
    if (filter.minAnnualPay !== undefined) q = q.where('pay_max_annual', '>=', filter.minAnnualPay);
    if (filter.box !== undefined) {
      const b = filter.box;
      q = q.where('lat', '>=', b.minLat).where('lat', '<=', b.maxLat).where('lon', '>=', b.minLon).where('lon', '<=', b.maxLon);
    }
    if (page.after !== undefined) q = q.where('id', '>', page.after);
    return (await q.orderBy('id').limit(page.limit).execute()).map(toRow);
  }
}
