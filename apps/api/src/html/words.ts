import type { EmploymentType, ImagingModality, PayUnit, WorkShift } from '@modality/domain';

/** How the pages say each modality. */
export const MODALITY_WORDS: Readonly<Record<ImagingModality, string>> = {
  radiography: 'Radiography',
  ct: 'CT',
  mri: 'MRI',
  mammography: 'Mammography',
  sonography: 'Sonography (ultrasound)',
  'nuclear-medicine': 'Nuclear medicine',
  'radiation-therapy': 'Radiation therapy',
  interventional: 'Interventional radiology',
  'bone-densitometry': 'Bone densitometry',
  pet: 'PET',
};

export const EMPLOYMENT_WORDS: Readonly<Record<EmploymentType, string>> = {
  'full-time': 'Full time',
  'part-time': 'Part time',
  'per-diem': 'Per diem',
  'travel-contract': 'Travel contract',
};

export const SHIFT_WORDS: Readonly<Record<WorkShift, string>> = { day: 'days', evening: 'evenings', night: 'nights', weekend: 'weekends', 'on-call': 'on call' };

export const PAY_UNIT_WORDS: Readonly<Record<PayUnit, string>> = { hour: 'an hour', week: 'a week', month: 'a month', year: 'a year' };

/**
 * A pay range in words, e.g. "$38–$46 an hour" or "USD 90,000–100,000 a year".
 *
 * @example
 * payWords({ min: 38, max: 46, unit: 'hour', currency: 'USD' }) // '$38–$46 an hour'
 */
export function payWords(pay: { readonly min: number; readonly max: number; readonly unit: PayUnit; readonly currency: string }): string {
  const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const money = (n: number) => (pay.currency === 'USD' ? `$${fmt(n)}` : `${pay.currency} ${fmt(n)}`);
  const range = pay.min === pay.max ? money(pay.min) : `${money(pay.min)}–${money(pay.max)}`;
  return `${range} ${PAY_UNIT_WORDS[pay.unit]}`;
}

/** `2026-12-31` as "31 December 2026". */
export function dateWords(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** `us-tx` as "TX". */
export const regionWords = (region: string) => (region.includes('-') ? region.slice(region.indexOf('-') + 1).toUpperCase() : region.toUpperCase());
