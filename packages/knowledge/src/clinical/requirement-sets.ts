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

/**
 * One version of a registry's clinical competency requirements, as versioned data. Counts come from the
 * sources named here; `flag` is the plain-words warning shown wherever the set is used.
 */
export interface RequirementSet {
  readonly id: string;
  readonly name: string;
  readonly discipline: 'radiography';
  /** Which text of the requirements this copies, as the source says it. */
  readonly version: string;
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

const secondary = (value: number, sourceUrl: string): RequirementCount => ({ value, sourceUrl, confidence: 'secondary' });
const notConfirmed: RequirementCount = { value: null, sourceUrl: null, confidence: 'unconfirmed' };

/**
 * ARRT Radiography, as copied by a 2022 university handbook that cites the ARRT definitions effective
 * January 2017. The handbook's own one-simulation rule is a local grading rule, not a cap, so it is left out.
 */
export const ARRT_RADIOGRAPHY_HANDBOOK_2017: RequirementSet = {
  id: 'arrt-radiography-2017-iu',
  name: 'ARRT Radiography (2017 definitions, as copied by a 2022 program handbook)',
  discipline: 'radiography',
  version: 'ARRT definitions effective January 2017',
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
  patientCare: notConfirmed,
  mandatoryProcedures: secondary(37, NW_HANDBOOK),
  electiveProcedures: secondary(15, NW_HANDBOOK),
  electivePool: secondary(34, NW_HANDBOOK),
  sectionMinimums: [],
  simulationCap: secondary(8, NW_HANDBOOK),
  flag:
    'Not confirmed by ARRT: these counts come from one program handbook that may state its own rules, and another handbook gives different numbers. The number of patient-care activities and any section minimums were not given.',
};

/** Every shipped requirement set, newest source first. */
export const REQUIREMENT_SETS: readonly RequirementSet[] = [ARRT_RADIOGRAPHY_HANDBOOK_2022, ARRT_RADIOGRAPHY_HANDBOOK_2017];

/** Finds a requirement set by id. */
export function findRequirementSet(id: string): RequirementSet | undefined {
  return REQUIREMENT_SETS.find((s) => s.id === id);
}
