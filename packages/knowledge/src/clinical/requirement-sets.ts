import type { Confidence } from '../rule-packs/rule.js';
import type { ProcedureSection } from './procedures.js';

/**
 * A count a requirement set asks for, with where it was read. `value: null` means the notes could not confirm
 * any figure: the set then says so in `flag` and progress treats the count as unknown, never as zero.
 */
export interface RequirementCount {
  readonly value: number | null;
  readonly sourceUrl: string | null;
  readonly confidence: Confidence;
}

/** "At least N competencies from this section" among the electives (e.g. one head, two fluoroscopy). */
export interface SectionMinimum {
  readonly section: ProcedureSection;
  readonly minimum: number;
}

/** The disciplines Modality ships requirement sets for (the codes of the person record's programs). */
export const REQUIREMENT_SET_DISCIPLINES = ['radiography', 'sonography', 'mri', 'nuclear-medicine'] as const;
export type RequirementSetDiscipline = (typeof REQUIREMENT_SET_DISCIPLINES)[number];

/** The registry's own document the set copies, named for people ("see ARRT's … document"). */
export interface RequirementDocument {
  /** Who publishes it, as people say it: "ARRT", "NMTCB", "ARDMS". */
  readonly body: string;
  readonly title: string;
  /** Where the document is listed (the page the reference read). */
  readonly url: string;
}

/**
 * One version of a registry's clinical competency requirements, as versioned data. Counts come from the
 * sources named here; `flag` is the plain-words warning shown wherever the set is used.
 */
export interface RequirementSet {
  readonly id: string;
  readonly name: string;
  readonly discipline: RequirementSetDiscipline;
  /** Which text of the requirements this copies, as the source says it. */
  readonly version: string;
  /** The first day the source shows this version in force; null when the source gives no date. */
  readonly effectiveFrom: string | null;
  /** The page the set as a whole was read on, and how sure that reading is. */
  readonly sourceUrl: string;
  readonly confidence: Confidence;
  /** The registry's document to read where a count is not confirmed here. */
  readonly document: RequirementDocument;
  readonly patientCare: RequirementCount;
  readonly mandatoryProcedures: RequirementCount;
  readonly electiveProcedures: RequirementCount;
  /** How many electives the student chooses from; unknown in some versions. */
  readonly electivePool: RequirementCount;
  readonly sectionMinimums: readonly SectionMinimum[];
  /** Most competencies that may be shown by simulation; null = no confirmed cap (the program sets its own). */
  readonly simulationCap: RequirementCount;
  /** Plain words for people: why these numbers may be wrong. */
  readonly flag: string;
}

const IU_HANDBOOK = 'https://iu.pressbooks.pub/iupuiradiography2022/?p=61';
const NW_HANDBOOK =
  'https://nwhealth.smartcatalogiq.com/en/2022-2023-university-catalog/copy-of-radiologic-technology-clinical-training-handbook/individual-forms-directions-and-grading-criteria/competency-evaluations';
/** ARRT's list of its didactic and clinical competency documents, with their dated versions. */
const ARRT_COMPETENCY_DOCUMENTS = 'https://www.arrt.org/pages/arrt-reference-documents/by-document-type/didactic-and-clinical-competency-requirements';
const NMTCB_CERTIFICATION_FAQ = 'https://nmtcb.org/faqs/certification';
const ARDMS_HELPFUL_TIPS = 'https://ardms.org/helpful-tips';

const secondary = (value: number, sourceUrl: string): RequirementCount => ({ value, sourceUrl, confidence: 'secondary' });
const notConfirmed: RequirementCount = { value: null, sourceUrl: null, confidence: 'unconfirmed' };
const arrtDocument = (title: string): RequirementDocument => ({ body: 'ARRT', title, url: ARRT_COMPETENCY_DOCUMENTS });
const ARRT_RADIOGRAPHY_DOCUMENT = arrtDocument('Radiography Didactic and Clinical Competency Requirements');

/** A set whose counts no source read here gives: every count unknown, the registry's document named. */
const countsNotConfirmed = {
  patientCare: notConfirmed,
  mandatoryProcedures: notConfirmed,
  electiveProcedures: notConfirmed,
  electivePool: notConfirmed,
  sectionMinimums: [],
  simulationCap: notConfirmed,
} as const;

/**
 * ARRT Radiography, as copied by a 2022 university handbook that cites the ARRT definitions effective
 * January 2017. The handbook's own one-simulation rule is a local grading rule, not a cap, so it is left out.
 */
export const ARRT_RADIOGRAPHY_HANDBOOK_2017: RequirementSet = {
  id: 'arrt-radiography-2017-iu',
  name: 'ARRT Radiography (2017 definitions, as copied by a 2022 program handbook)',
  discipline: 'radiography',
  version: 'ARRT definitions effective January 2017',
  effectiveFrom: '2017-01-01',
  sourceUrl: IU_HANDBOOK,
  confidence: 'secondary',
  document: ARRT_RADIOGRAPHY_DOCUMENT,
  patientCare: secondary(10, IU_HANDBOOK),
  mandatoryProcedures: secondary(36, IU_HANDBOOK),
  electiveProcedures: secondary(15, IU_HANDBOOK),
  electivePool: notConfirmed,
  sectionMinimums: [
    { section: 'head', minimum: 1 },
    { section: 'fluoroscopy', minimum: 2 },
  ],
  simulationCap: notConfirmed,
  flag:
    'Not confirmed by ARRT: these counts come from one program handbook, not from ARRT’s own document, and another handbook gives different numbers. ARRT’s own limit on simulated competencies was not found, so your program sets the cap.',
};

/**
 * ARRT Radiography as a 2022–23 clinical training handbook states it ("all 37 mandatory", "15 of 34
 * elective", "a maximum of 8 simulations"). The handbook does not say it copies ARRT's numbers.
 */
export const ARRT_RADIOGRAPHY_HANDBOOK_2022: RequirementSet = {
  id: 'arrt-radiography-2022-nw',
  name: 'ARRT Radiography (as stated by a 2022–23 clinical training handbook)',
  discipline: 'radiography',
  version: 'Handbook for 2022–23; ARRT version not stated',
  effectiveFrom: null,
  sourceUrl: NW_HANDBOOK,
  confidence: 'secondary',
  document: ARRT_RADIOGRAPHY_DOCUMENT,
  patientCare: notConfirmed,
  mandatoryProcedures: secondary(37, NW_HANDBOOK),
  electiveProcedures: secondary(15, NW_HANDBOOK),
  electivePool: secondary(34, NW_HANDBOOK),
  sectionMinimums: [],
  simulationCap: secondary(8, NW_HANDBOOK),
  flag:
    'Not confirmed by ARRT: these counts come from one program handbook that may state its own rules, and another handbook gives different numbers. The number of patient-care activities and any section minimums were not given.',
};

/**
 * ARRT Sonography (primary pathway), the version effective 1 January 2024. ARRT's page lists the document
 * and its dates; its counts could not be read, so none is given.
 */
export const ARRT_SONOGRAPHY_2024: RequirementSet = {
  id: 'arrt-sonography-2024',
  name: 'ARRT Sonography (version effective 1 January 2024)',
  discipline: 'sonography',
  version: 'Effective 1 January 2024 (the earlier version ran through 31 December 2023)',
  effectiveFrom: '2024-01-01',
  sourceUrl: ARRT_COMPETENCY_DOCUMENTS,
  confidence: 'official',
  document: arrtDocument('Sonography Didactic and Clinical Competency Requirements'),
  ...countsNotConfirmed,
  flag:
    'Not confirmed here: ARRT lists this document and its date, but its counts could not be read, so Modality gives none. Read ARRT’s Sonography competency requirements for what a student must show; your program may add its own requirements below.',
};

/**
 * ARDMS through Prerequisite 2: graduation from a programmatically accredited sonography program (CAAHEP
 * accredits them). ARDMS names no competency counts on the pages read; the program's accreditation sets them.
 */
export const ARDMS_PREREQUISITE_2: RequirementSet = {
  id: 'ardms-prerequisite-2',
  name: 'ARDMS Prerequisite 2 (graduate of an accredited sonography program)',
  discipline: 'sonography',
  version: 'Prerequisite 2 as revised 1 January 2007; current form read on ARDMS’s page',
  effectiveFrom: '2007-01-01',
  sourceUrl: ARDMS_HELPFUL_TIPS,
  confidence: 'official',
  document: { body: 'ARDMS', title: 'General Prerequisites (Prerequisite 2) and the program’s accreditation standards (CAAHEP, JRC-DMS)', url: ARDMS_HELPFUL_TIPS },
  ...countsNotConfirmed,
  flag:
    'Not confirmed here: ARDMS asks for graduation from an accredited program and its pages read give no number of clinical competencies; the program’s accreditation (CAAHEP, JRC-DMS) sets them. Your program adds its own requirements below.',
};

/** ARRT Magnetic Resonance Imaging (primary pathway), the version effective 1 February 2025. Counts not read. */
export const ARRT_MRI_2025: RequirementSet = {
  id: 'arrt-mri-2025',
  name: 'ARRT Magnetic Resonance Imaging, primary pathway (version effective 1 February 2025)',
  discipline: 'mri',
  version: 'Effective 1 February 2025 (the earlier version ran through 31 January 2025)',
  effectiveFrom: '2025-02-01',
  sourceUrl: ARRT_COMPETENCY_DOCUMENTS,
  confidence: 'official',
  document: arrtDocument('Magnetic Resonance Imaging Didactic and Clinical Competency Requirements'),
  ...countsNotConfirmed,
  flag:
    'Not confirmed here: ARRT lists this document and its date, but its counts could not be read, so Modality gives none. Read ARRT’s MRI competency requirements for what a student must show; your program may add its own requirements below.',
};

/** ARRT Nuclear Medicine Technology (primary pathway). ARRT publishes the document; no date or count was read. */
export const ARRT_NUCLEAR_MEDICINE: RequirementSet = {
  id: 'arrt-nuclear-medicine',
  name: 'ARRT Nuclear Medicine Technology, primary pathway',
  discipline: 'nuclear-medicine',
  version: 'Current version; its date was not read',
  effectiveFrom: null,
  sourceUrl: ARRT_COMPETENCY_DOCUMENTS,
  confidence: 'official',
  document: arrtDocument('Nuclear Medicine Technology Didactic and Clinical Competency Requirements'),
  ...countsNotConfirmed,
  flag:
    'Not confirmed here: ARRT publishes this document, but neither its date nor its counts could be read, so Modality gives none. Read ARRT’s Nuclear Medicine Technology competency requirements; your program may add its own requirements below.',
};

/**
 * NMTCB's CNMT: a recognised or accredited nuclear medicine program "with structured clinical training",
 * with every standard met within 5 years of completion. NMTCB's page gives no competency counts.
 */
export const NMTCB_CNMT: RequirementSet = {
  id: 'nmtcb-cnmt',
  name: 'NMTCB CNMT (program with structured clinical training)',
  discipline: 'nuclear-medicine',
  version: 'Eligibility as NMTCB’s certification FAQ states it',
  effectiveFrom: null,
  sourceUrl: NMTCB_CERTIFICATION_FAQ,
  confidence: 'official',
  document: { body: 'NMTCB', title: 'certification eligibility (and the program’s accreditor, e.g. JRCNMT)', url: NMTCB_CERTIFICATION_FAQ },
  ...countsNotConfirmed,
  flag:
    'Not confirmed here: NMTCB asks for a recognised program with structured clinical training and gives no number of competencies on the page read; the program and its accreditor set them. Your program adds its own requirements below.',
};

/** Every shipped requirement set: radiography first (newest source first), then the other disciplines. */
export const REQUIREMENT_SETS: readonly RequirementSet[] = [
  ARRT_RADIOGRAPHY_HANDBOOK_2022,
  ARRT_RADIOGRAPHY_HANDBOOK_2017,
  ARRT_SONOGRAPHY_2024,
  ARDMS_PREREQUISITE_2,
  ARRT_MRI_2025,
  ARRT_NUCLEAR_MEDICINE,
  NMTCB_CNMT,
];

/** The set a program follows until its director chooses one. */
export const DEFAULT_REQUIREMENT_SET = ARRT_RADIOGRAPHY_HANDBOOK_2017;

/** Finds a requirement set by id. */
export function findRequirementSet(id: string): RequirementSet | undefined {
  return REQUIREMENT_SETS.find((s) => s.id === id);
}

/** The largest simulation cap a program may set under this set: the set's own cap, else no limit (null). */
export function largestProgramSimulationCap(set: RequirementSet): number | null {
  return set.simulationCap.value;
}

/** Words for "this count is not known here": where to read it instead. */
export function notConfirmedHere(set: RequirementSet): string {
  return `not confirmed here — see ${set.document.body}’s document (${set.document.title})`;
}
