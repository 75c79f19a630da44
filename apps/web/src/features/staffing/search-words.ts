import type { EmploymentType, ImagingModality, PayUnit, WorkShift } from '@modality/domain';

/** How the job search forms say each modality, way of working and pay period. */
export const MODALITY_LABELS: Readonly<Record<ImagingModality, string>> = {
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

export const EMPLOYMENT_LABELS: Readonly<Record<EmploymentType, string>> = {
  'full-time': 'Full time',
  'part-time': 'Part time',
  'per-diem': 'Per diem',
  'travel-contract': 'Travel contract',
};

/** Shifts as people say them. */
export const SHIFT_LABELS: Readonly<Record<WorkShift, string>> = { day: 'Days', evening: 'Evenings', night: 'Nights', weekend: 'Weekends', 'on-call': 'On call' };

export const PAY_UNIT_LABELS: Readonly<Record<PayUnit, string>> = { hour: 'hour', week: 'week', month: 'month', year: 'year' };

export const isModality = (v: string | undefined): v is ImagingModality => v !== undefined && Object.hasOwn(MODALITY_LABELS, v);
export const isEmploymentType = (v: string | undefined): v is EmploymentType => v !== undefined && Object.hasOwn(EMPLOYMENT_LABELS, v);
export const isPayUnit = (v: string | undefined): v is PayUnit => v !== undefined && Object.hasOwn(PAY_UNIT_LABELS, v);
