import { findProcedure } from './procedure-lists.js';
import type { ProcedureSection } from './procedures.js';
import type { RequirementSet, SectionMinimum } from './requirement-sets.js';

/** A competency the student has shown (signed), by procedure code. */
export interface ShownCompetency {
  readonly procedure: string;
  readonly simulated: boolean;
}

/**
 * What a program adds to a shipped set: its own simulation cap and its own requirements (local ones: named
 * procedures, and minimums per body section on top of the set's).
 */
export interface ProgramChoices {
  /** Overrides the set's cap; required when the set has no confirmed cap and the program wants one. */
  readonly simulationCap?: number;
  /** Procedures the program requires by code (local requirements). */
  readonly requiredProcedures?: readonly string[];
  /** The program's own section minimums (local requirements), counted like the set's. */
  readonly sectionMinimums?: readonly SectionMinimum[];
}

/** One thing still missing, with a stable code. */
export type MissingItem =
  | { readonly code: 'patient-care'; readonly count: number }
  | { readonly code: 'imaging'; readonly count: number }
  | { readonly code: 'section'; readonly section: ProcedureSection; readonly count: number }
  | { readonly code: 'required-procedure'; readonly procedure: string }
  | { readonly code: 'program-section'; readonly section: ProcedureSection; readonly count: number };

/** Progress against a requirement set. Counts the set could not confirm are `required: null`. */
export interface RequirementProgress {
  readonly setId: string;
  readonly patientCare: { readonly done: number; readonly required: number | null };
  /** Imaging competencies, mandatory and elective together (the set's two counts added). */
  readonly imaging: { readonly done: number; readonly required: number | null };
  readonly sections: readonly { readonly section: ProcedureSection; readonly done: number; readonly minimum: number }[];
  /** The program's own section minimums (empty when it adds none). */
  readonly programSections: readonly { readonly section: ProcedureSection; readonly done: number; readonly minimum: number }[];
  readonly simulations: { readonly counted: number; readonly cap: number | null; readonly capReached: boolean };
  readonly missing: readonly MissingItem[];
  /** True only when every count is known and met: an unconfirmed count never reads as done. */
  readonly complete: boolean;
}

/**
 * Progress of a student's shown competencies against a set. Each procedure counts once; unknown codes are
 * ignored; a competency shown on a patient wins over a simulated one, and simulated ones count only up to
 * the cap (the program's, else the set's; no cap when neither has one), earliest first.
 */
export function requirementProgress(set: RequirementSet, shown: readonly ShownCompetency[], choices: ProgramChoices = {}): RequirementProgress {
  const real = new Set<string>();
  const simulated = new Set<string>();
  for (const c of shown) {
    if (findProcedure(c.procedure) === undefined) continue;
    (c.simulated ? simulated : real).add(c.procedure);
  }
  for (const code of real) simulated.delete(code);
  const cap = choices.simulationCap ?? set.simulationCap.value;
  // The earliest simulations count (a log is kept in order), so a later entry never displaces an earlier one.
  const countedSimulations = [...simulated].slice(0, cap ?? simulated.size);
  const counted = [...real, ...countedSimulations];

  const inSection = (section: ProcedureSection): number => counted.filter((code) => findProcedure(code)?.section === section).length;
  const patientCareDone = inSection('patient-care');
  const imagingDone = counted.length - patientCareDone;
  const mandatory = set.mandatoryProcedures.value;
  const elective = set.electiveProcedures.value;
  const imagingRequired = mandatory === null || elective === null ? null : mandatory + elective;
  const patientCareRequired = set.patientCare.value;
  const sections = set.sectionMinimums.map((m) => ({ section: m.section, done: inSection(m.section), minimum: m.minimum }));
  const programSections = (choices.sectionMinimums ?? []).map((m) => ({ section: m.section, done: inSection(m.section), minimum: m.minimum }));
  const done = new Set(counted);

  const missing: MissingItem[] = [];
  if (patientCareRequired !== null && patientCareDone < patientCareRequired) missing.push({ code: 'patient-care', count: patientCareRequired - patientCareDone });
  if (imagingRequired !== null && imagingDone < imagingRequired) missing.push({ code: 'imaging', count: imagingRequired - imagingDone });
  for (const s of sections) if (s.done < s.minimum) missing.push({ code: 'section', section: s.section, count: s.minimum - s.done });
  for (const procedure of choices.requiredProcedures ?? []) if (!done.has(procedure)) missing.push({ code: 'required-procedure', procedure });
  for (const s of programSections) if (s.done < s.minimum) missing.push({ code: 'program-section', section: s.section, count: s.minimum - s.done });

  return {
    setId: set.id,
    patientCare: { done: patientCareDone, required: patientCareRequired },
    imaging: { done: imagingDone, required: imagingRequired },
    sections,
    programSections,
    simulations: { counted: countedSimulations.length, cap, capReached: cap !== null && simulated.size >= cap },
    missing,
    complete: missing.length === 0 && patientCareRequired !== null && imagingRequired !== null,
  };
}
