import type { OrganisationKind } from './membership-roles.js';

/** Imaging modalities a posting is for (the same words the matching engine encodes). */
export const IMAGING_MODALITIES = ['radiography', 'ct', 'mri', 'mammography', 'sonography', 'nuclear-medicine', 'radiation-therapy', 'interventional', 'bone-densitometry', 'pet'] as const;
export type ImagingModality = (typeof IMAGING_MODALITIES)[number];

/** Shifts a job includes and a candidate accepts. */
export const WORK_SHIFTS = ['day', 'evening', 'night', 'weekend', 'on-call'] as const;
export type WorkShift = (typeof WORK_SHIFTS)[number];

/** How a job is held. */
export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'per-diem', 'travel-contract'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** The period a pay figure is for. */
export const PAY_UNITS = ['hour', 'week', 'month', 'year'] as const;
export type PayUnit = (typeof PAY_UNITS)[number];

/**
 * A posting's life: written as a draft, opened to the public, then filled or closed by its organisation —
 * or expired once its `validThrough` date has passed (worked out from the date, never stored).
 */
export const POSTING_STATUSES = ['draft', 'open', 'filled', 'closed', 'expired'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

/** Who posts: an employer hires for itself, an agency for its clients. */
export type PostingSide = 'employer' | 'agency';

/** The side an organisation posts as, or null for kinds that do not post (schools, others). */
export function postingSideOf(kind: OrganisationKind): PostingSide | null {
  if (kind === 'hospital' || kind === 'imaging-centre') return 'employer';
  if (kind === 'staffing-agency') return 'agency';
  return null;
}

/** Pay periods in a year, to compare pay across units (a full-time year is 2,080 hours: 52 weeks of 40). */
export const PAY_PERIODS_PER_YEAR: Readonly<Record<PayUnit, number>> = { hour: 2080, week: 52, month: 12, year: 1 };

/**
 * A pay figure as a yearly one, to compare postings paid by the hour with salaried ones.
 *
 * @example
 * annualPay(40, 'hour') // 83200
 */
export function annualPay(amount: number, unit: PayUnit): number {
  return amount * PAY_PERIODS_PER_YEAR[unit];
}
