import type { Confidence } from '../rule-packs/rule.js';

/** The postprimary disciplines a technologist can keep a clinical experience log for here. */
export const POSTPRIMARY_DISCIPLINES = ['ct', 'mr'] as const;
export type PostprimaryDiscipline = (typeof POSTPRIMARY_DISCIPLINES)[number];

/** A number with where it was read and how sure that reading is; `value: null` = not found, never zero. */
export interface SourcedCount {
  readonly value: number | null;
  readonly sourceUrl: string | null;
  readonly effectiveFrom: string | null;
  readonly confidence: Confidence;
}

/** One loggable postprimary procedure: a stable code and the name people read. */
export interface PostprimaryProcedure {
  readonly code: string;
  readonly name: string;
}

/**
 * One version of ARRT's clinical experience requirements for a postprimary discipline, as versioned data.
 * `flag` is the plain-words warning shown wherever the counts are used.
 */
export interface PostprimaryRequirements {
  readonly id: string;
  readonly discipline: PostprimaryDiscipline;
  /** The credential earned, e.g. `arrt:CT`. */
  readonly credential: string;
  readonly name: string;
  readonly version: string;
  /** Total repetitions needed (verified and reviewed); null where no figure was found. */
  readonly totalRepetitions: SourcedCount;
  /** Entries one may report for a single day (a cap on reporting, not on scanning). */
  readonly dailyCap: SourcedCount;
  /** A procedure counts only if done no more than this many months before the day progress is read. */
  readonly windowMonths: SourcedCount;
  /** Who signs each procedure, as ARRT's supervisor page says it. */
  readonly verification: { readonly summary: string; readonly sourceUrl: string; readonly confidence: Confidence };
  /** Modality's own vocabulary of the discipline's examinations (ARRT's list was not read). */
  readonly procedures: readonly PostprimaryProcedure[];
  readonly flag: string;
}

const CLINICAL_PAGE =
  'https://www.arrt.org/earn-arrt-credentials/requirements/postprimary-requirements/education-requirements-postprimary/clinical-experience';
const CT_ESSAY = 'https://123helpme.com/essay/CT-Technologist-Case-Study-FJX9Q5M4UU';
/** ARRT's page for clinical experience supervisors: the verifier and the supervisor review (read 2026-11-30). */
export const ARRT_SUPERVISOR_PAGE = 'https://www.arrt.org/pages/partners/clinical-experience-supervisor';

const verification = {
  summary:
    'Each procedure is confirmed by a verifier, then a clinical supervisor at the same facility reviews the documentation (employment or authorisation, date and time worked, the equipment); ARRT does not accept remote scanning.',
  sourceUrl: ARRT_SUPERVISOR_PAGE,
  confidence: 'official',
} as const;
const window24: SourcedCount = { value: 24, sourceUrl: CLINICAL_PAGE, effectiveFrom: null, confidence: 'official' };
// ARRT's own wording ("we began limiting …", in force from 1 Jan 2020), but its page address was not captured.
const cap = (value: number): SourcedCount => ({ value, sourceUrl: CLINICAL_PAGE, effectiveFrom: '2020-01-01', confidence: 'official-copy' });
const notFound: SourcedCount = { value: null, sourceUrl: null, effectiveFrom: null, confidence: 'unconfirmed' };

const p = (code: string, name: string): PostprimaryProcedure => ({ code, name });

/**
 * ARRT Computed Tomography. The total of 125 repetitions is quoted by secondary sources only (ARRT's own CT
 * document was not readable): it is shipped as `unconfirmed` and the flag says so.
 */
export const ARRT_CT_CLINICAL_EXPERIENCE: PostprimaryRequirements = {
  id: 'arrt-ct-clinical-experience',
  discipline: 'ct',
  credential: 'arrt:CT',
  name: 'Computed Tomography (ARRT postprimary)',
  version: 'ARRT clinical experience requirements, current version (counts not read in ARRT’s own document)',
  totalRepetitions: { value: 125, sourceUrl: CT_ESSAY, effectiveFrom: null, confidence: 'unconfirmed' },
  dailyCap: cap(9),
  windowMonths: window24,
  verification,
  procedures: [
    p('ct:head-without-contrast', 'Head, without contrast'),
    p('ct:head-with-contrast', 'Head, with contrast'),
    p('ct:sinuses', 'Paranasal sinuses'),
    p('ct:neck-soft-tissue', 'Neck, soft tissue'),
    p('ct:chest', 'Chest'),
    p('ct:chest-pe', 'Chest, pulmonary embolism study'),
    p('ct:abdomen-pelvis', 'Abdomen and pelvis'),
    p('ct:cervical-spine', 'Cervical spine'),
    p('ct:lumbar-spine', 'Lumbar spine'),
    p('ct:extremity', 'Extremity'),
    p('ct:angiography', 'CT angiography'),
    p('ct:guided-biopsy', 'CT-guided biopsy'),
  ],
  flag:
    'Not confirmed by ARRT: the total of 125 repetitions comes from secondary sources, not from ARRT’s own CT document. The procedure names are Modality’s own list of common CT examinations, not ARRT’s list.',
};

/** ARRT Magnetic Resonance Imaging (postprimary): no count was found, so none is shipped. */
export const ARRT_MR_CLINICAL_EXPERIENCE: PostprimaryRequirements = {
  id: 'arrt-mr-clinical-experience',
  discipline: 'mr',
  credential: 'arrt:MR',
  name: 'Magnetic Resonance Imaging (ARRT postprimary)',
  version: 'ARRT clinical experience requirements, current version (counts not read)',
  totalRepetitions: notFound,
  dailyCap: cap(7),
  windowMonths: window24,
  verification,
  procedures: [
    p('mr:brain', 'Brain'),
    p('mr:cervical-spine', 'Cervical spine'),
    p('mr:lumbar-spine', 'Lumbar spine'),
    p('mr:knee', 'Knee'),
    p('mr:shoulder', 'Shoulder'),
    p('mr:abdomen', 'Abdomen'),
    p('mr:pelvis', 'Pelvis'),
    p('mr:angiography', 'MR angiography'),
  ],
  flag:
    'Not confirmed by ARRT: the number of MR procedures required was not found, so Modality shows what you have done but no target. The procedure names are Modality’s own list of common MR examinations, not ARRT’s list.',
};

/** Every shipped postprimary requirement set. */
export const POSTPRIMARY_REQUIREMENTS: readonly PostprimaryRequirements[] = [ARRT_CT_CLINICAL_EXPERIENCE, ARRT_MR_CLINICAL_EXPERIENCE];

/** The requirement set of a discipline. */
export function postprimaryRequirements(discipline: PostprimaryDiscipline): PostprimaryRequirements {
  return discipline === 'ct' ? ARRT_CT_CLINICAL_EXPERIENCE : ARRT_MR_CLINICAL_EXPERIENCE;
}

/** Finds a procedure of a discipline by code. */
export function findPostprimaryProcedure(discipline: PostprimaryDiscipline, code: string): PostprimaryProcedure | undefined {
  return postprimaryRequirements(discipline).procedures.find((x) => x.code === code);
}
