import type { EmploymentType, ImagingModality, PayUnit } from './staffing-vocabulary.js';

/** How pages and mails say each modality. */
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

/** How pages and mails say each way a job is held. */
export const EMPLOYMENT_WORDS: Readonly<Record<EmploymentType, string>> = {
  'full-time': 'Full time',
  'part-time': 'Part time',
  'per-diem': 'Per diem',
  'travel-contract': 'Travel contract',
};

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
