import { EMPLOYMENT_WORDS, MODALITY_WORDS } from '@modality/contracts';
import type { EmploymentType, ImagingModality, PayUnit, WorkShift } from '@modality/domain';

/** How the job search forms say a pay period after "Per" (the domain's words say "an hour", for sentences). */
export const PAY_UNIT_LABELS: Readonly<Record<PayUnit, string>> = { hour: 'hour', week: 'week', month: 'month', year: 'year' };

/** Shifts as the forms' tick boxes say them (the posting form and the candidate's profile). */
export const SHIFT_LABELS: Readonly<Record<WorkShift, string>> = { day: 'Days', evening: 'Evenings', night: 'Nights', weekend: 'Weekends', 'on-call': 'On call' };

export const isModality = (v: string | undefined): v is ImagingModality => v !== undefined && Object.hasOwn(MODALITY_WORDS, v);
export const isEmploymentType = (v: string | undefined): v is EmploymentType => v !== undefined && Object.hasOwn(EMPLOYMENT_WORDS, v);
export const isPayUnit = (v: string | undefined): v is PayUnit => v !== undefined && Object.hasOwn(PAY_UNIT_LABELS, v);
