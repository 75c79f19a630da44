import type { Confidence } from '../rule-packs/rule.js';
import { MRI_PROCEDURES } from './mri-procedures.js';
import { NUCLEAR_MEDICINE_PROCEDURES } from './nuclear-medicine-procedures.js';
import { MRI_SECTIONS, NUCLEAR_MEDICINE_SECTIONS, RADIOGRAPHY_PROCEDURES, RADIOGRAPHY_SECTIONS, SONOGRAPHY_SECTIONS, type Procedure, type ProcedureSection } from './procedures.js';
import type { RequirementSetDiscipline } from './requirement-sets.js';
import { SONOGRAPHY_PROCEDURES } from './sonography-procedures.js';

/**
 * The procedures a student of one discipline logs. `listSource` says whose list it is: `modality` (Modality's
 * own vocabulary, said so in `note`) or `registry` (a registry's own list, with its address and confidence).
 * Every list shipped today is Modality's own: no registry's list of clinical procedures was readable.
 */
export interface ProcedureList {
  readonly discipline: RequirementSetDiscipline;
  /** The list in words ("Sonography procedures"). */
  readonly name: string;
  readonly listSource: 'modality' | 'registry';
  /** The registry's page the list copies; null for Modality's own list. */
  readonly sourceUrl: string | null;
  readonly confidence: Confidence | null;
  /** Plain words for people: whose list this is and what it does not claim. */
  readonly note: string;
  /** The list's sections, in display order. */
  readonly sections: readonly ProcedureSection[];
  readonly procedures: readonly Procedure[];
}

const own = (
  discipline: RequirementSetDiscipline,
  name: string,
  registries: string,
  sections: readonly ProcedureSection[],
  procedures: readonly Procedure[],
): ProcedureList => ({
  discipline,
  name,
  listSource: 'modality',
  sourceUrl: null,
  confidence: null,
  note: `Modality's own list of common examinations, not ${registries} list: the registry's own list could not be read, so no procedure here is marked mandatory or elective.`,
  sections,
  procedures,
});

const RADIOGRAPHY_LIST = own('radiography', 'Radiography procedures', "ARRT's", RADIOGRAPHY_SECTIONS, RADIOGRAPHY_PROCEDURES);

/** One list per discipline that has requirement sets. */
export const PROCEDURE_LISTS: readonly ProcedureList[] = [
  RADIOGRAPHY_LIST,
  own('sonography', 'Sonography procedures', "ARDMS's or ARRT's", SONOGRAPHY_SECTIONS, SONOGRAPHY_PROCEDURES),
  own('mri', 'MRI procedures', "ARRT's", MRI_SECTIONS, MRI_PROCEDURES),
  own('nuclear-medicine', 'Nuclear medicine procedures', "NMTCB's or ARRT's", NUCLEAR_MEDICINE_SECTIONS, NUCLEAR_MEDICINE_PROCEDURES),
];

/** The list of a discipline (radiography's for a discipline without one, which the type rules out today). */
export function procedureListOf(discipline: RequirementSetDiscipline): ProcedureList {
  return PROCEDURE_LISTS.find((l) => l.discipline === discipline) ?? RADIOGRAPHY_LIST;
}

/** Finds a procedure by code in any discipline's list (codes are unique across lists); undefined when none has it. */
export function findProcedure(code: string): Procedure | undefined {
  for (const list of PROCEDURE_LISTS) {
    const found = list.procedures.find((x) => x.code === code);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Finds a procedure by code in one discipline's list only. */
export function findProcedureIn(discipline: RequirementSetDiscipline, code: string): Procedure | undefined {
  return procedureListOf(discipline).procedures.find((x) => x.code === code);
}
