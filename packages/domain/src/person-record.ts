import type { CalendarDate } from './calendar-date.js';

/**
 * The portable person record, format `modality/person-record@1` (see docs/contracts/person-record-v1.md).
 * This is the validated, typed form; the zod schema in `@modality/contracts` produces it from JSON.
 * Optional fields are absent (never `undefined`) so that a record exports back to the same document.
 */
export const PERSON_RECORD_FORMAT = 'modality/person-record@1';

export const DISCIPLINES = [
  'radiography',
  'sonography',
  'vascular-sonography',
  'cardiac-sonography',
  'nuclear-medicine',
  'radiation-therapy',
  'mri',
  'ct',
  'other',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const AWARDS = ['certificate', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type Award = (typeof AWARDS)[number];

export const EDUCATION_KINDS = ['program', 'degree'] as const;
export type EducationKind = (typeof EDUCATION_KINDS)[number];

export const PROGRAM_APPROVERS = [
  'arrt',
  'jrcert',
  'caahep',
  'jrcnmt',
  'armrit',
  'camrt',
  'hcpc',
  'ahpra',
  'coru',
  'ched',
  'other',
] as const;
export type ProgramApprover = (typeof PROGRAM_APPROVERS)[number];

export const CREDENTIAL_STATUSES = ['active', 'probation', 'lapsed', 'retired'] as const;
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number];

export const CE_KINDS = ['activity', 'academic', 'acls', 'pals', 'structured-education', 'cqr-prescribed'] as const;
export type CeKind = (typeof CE_KINDS)[number];

export const ARRT_CE_CATEGORIES = ['A', 'A+'] as const;
export type ArrtCeCategory = (typeof ARRT_CE_CATEGORIES)[number];

export const EXAM_RESULTS = ['pass', 'fail', 'scheduled'] as const;
export type ExamResult = (typeof EXAM_RESULTS)[number];

export interface PersonInfo {
  readonly id?: string;
  readonly name: string;
  readonly birthDate: CalendarDate;
  /** ISO 3166-1 alpha-2, upper case: where the person lives now. */
  readonly country: string;
  /** ISO 3166-2 in lower case, e.g. `us-tx`. */
  readonly region?: string;
}

export interface EducationEntry {
  /** The entry's own key in its section, kept with the record: the record forms address it by this (optional in v1). */
  readonly id?: string;
  readonly kind: EducationKind;
  readonly discipline: Discipline;
  readonly award: Award;
  readonly country: string;
  readonly approvedBy?: readonly ProgramApprover[];
  readonly startedOn?: CalendarDate;
  readonly completedOn?: CalendarDate;
}

export interface DateRange {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

export interface CredentialEntry {
  /** The entry's own key in its section, kept with the record: the record forms address it by this (optional in v1). */
  readonly id?: string;
  /** `body:code` or `jurisdiction:code`, from the knowledge base catalogue. */
  readonly credential: string;
  readonly earnedOn: CalendarDate;
  readonly number?: string;
  readonly cycle?: DateRange;
  readonly expiresOn?: CalendarDate;
  readonly status?: CredentialStatus;
}

export interface CeActivity {
  /** The entry's own key in its section, kept with the record: the record forms address it by this (optional in v1). */
  readonly id?: string;
  readonly title: string;
  readonly completedOn: CalendarDate;
  /** In the approver's unit (ARRT credit, ARDMS CME, contact hour); absent only for academic courses. */
  readonly credits?: number;
  readonly category?: ArrtCeCategory;
  readonly kind?: CeKind;
  readonly semesterCredits?: number;
  readonly quarterCredits?: number;
  readonly topics?: readonly string[];
  readonly contentCategory?: string;
  readonly forCredential?: string;
}

export interface ClinicalEntry {
  /** The entry's own key in its section, kept with the record: the record forms address it by this (optional in v1). */
  readonly id?: string;
  /** `modality:procedure`, e.g. `ct:head`. */
  readonly procedure: string;
  readonly performedOn: CalendarDate;
  readonly count?: number;
  readonly hours?: number;
  readonly verifiedBy?: string;
  /** The day it was signed (a signed entry of the clinical log carries it). */
  readonly verifiedOn?: CalendarDate;
  /** What the student did, when the entry comes from the clinical log. */
  readonly role?: 'observed' | 'assisted' | 'performed';
  readonly simulated?: boolean;
  /** The grade of a competency attempt from the clinical log, on the form it was graded on. */
  readonly grade?: ClinicalGrade;
}

/** A competency attempt's grade as the record carries it: the form (name and version), each criterion, the outcome. */
export interface ClinicalGrade {
  /** The form's name in words, e.g. "Modality's default competency form". */
  readonly form: string;
  /** The program's version of its own form; absent for Modality's default. */
  readonly formVersion?: number;
  readonly passed: boolean;
  readonly criteria: readonly { readonly label: string; readonly required: boolean; readonly met: boolean }[];
  readonly comments?: string;
}

export interface ExamEntry {
  /** The entry's own key in its section, kept with the record: the record forms address it by this (optional in v1). */
  readonly id?: string;
  readonly exam: string;
  readonly windowStart?: CalendarDate;
  readonly takenOn?: CalendarDate;
  readonly result?: ExamResult;
}

/** Any JSON value, as parsed by `JSON.parse`. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A JSON object. */
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/**
 * A W3C Verifiable Credential (VC Data Model 2.0) the person received, kept verbatim: its proof covers
 * every byte of meaning, so Modality never rewrites it. The record contract checks only its outline.
 */
export type VerifiableCredentialDocument = JsonObject;

export interface PersonRecord {
  readonly format: typeof PERSON_RECORD_FORMAT;
  readonly person: PersonInfo;
  readonly education?: readonly EducationEntry[];
  readonly credentials?: readonly CredentialEntry[];
  readonly ce?: readonly CeActivity[];
  readonly clinical?: readonly ClinicalEntry[];
  readonly exams?: readonly ExamEntry[];
  /** Signed credentials received (the wallet), optional; see docs/contracts/person-record-v1.md. */
  readonly verifiableCredentials?: readonly VerifiableCredentialDocument[];
}
