import {
  findProcedure,
  notConfirmedHere,
  requirementProgress,
  SECTION_NAMES,
  type Confidence,
  type ProcedureSection,
  type ProgramChoices,
  type RequirementProgress,
  type RequirementSet,
  type ShownCompetency,
} from '@modality/knowledge';

/**
 * One requirement of a set or of a program, as data the engine evaluates: a count of competencies (patient
 * care, imaging), a minimum in a body section, or one named procedure. `required: null` = the count is not
 * confirmed; `origin: 'program'` = a local requirement the program added.
 */
export interface ClinicalRequirement {
  readonly id: string;
  readonly kind: 'patient-care' | 'imaging' | 'section' | 'procedure';
  readonly origin: 'set' | 'program';
  readonly label: string;
  readonly required: number | null;
  readonly section: ProcedureSection | null;
  readonly procedure: string | null;
  readonly sourceUrl: string | null;
  readonly confidence: Confidence | 'program';
}

/** A requirement's state: met, still missing (with how many), or unknown (the count is not confirmed). */
export interface ClinicalRequirementResult {
  readonly requirement: ClinicalRequirement;
  readonly status: 'met' | 'missing' | 'unknown';
  readonly done: number;
  readonly missing: number;
  /** The state in words, e.g. "Head: 0 of at least 1 — 1 still missing." */
  readonly sentence: string;
}

/** Progress through the engine: every requirement's state, the simulation cap, and the totals in words. */
export interface ClinicalRequirementsVerdict {
  readonly setId: string;
  readonly results: readonly ClinicalRequirementResult[];
  readonly simulations: { readonly counted: number; readonly cap: number | null; readonly capReached: boolean; readonly sentence: string };
  /** Sentences for what is done, what is missing, and what cannot be known here. */
  readonly done: readonly string[];
  readonly missing: readonly string[];
  readonly unknown: readonly string[];
  /** True only when every requirement is known and met. */
  readonly complete: boolean;
  readonly summary: string;
  /** The counting the verdict rests on (the knowledge package's `requirementProgress`). */
  readonly progress: RequirementProgress;
}

const plural = (n: number, one: string, many: string): string => `${String(n)} ${n === 1 ? one : many}`;
const procedureName = (code: string): string => findProcedure(code)?.name ?? code;

/** Expresses a set and a program's choices as the list of requirements the engine evaluates. */
export function clinicalRequirementsOf(set: RequirementSet, choices: ProgramChoices = {}): ClinicalRequirement[] {
  const mandatory = set.mandatoryProcedures.value;
  const elective = set.electiveProcedures.value;
  const imagingKnown = mandatory !== null && elective !== null;
  const base = { section: null, procedure: null } as const;
  const requirements: ClinicalRequirement[] = [
    { ...base, id: 'patient-care', kind: 'patient-care', origin: 'set', label: 'Patient-care activities', required: set.patientCare.value, sourceUrl: set.patientCare.sourceUrl, confidence: set.patientCare.confidence },
    {
      ...base,
      id: 'imaging',
      kind: 'imaging',
      origin: 'set',
      label: 'Imaging procedures (mandatory and elective)',
      required: imagingKnown ? mandatory + elective : null,
      sourceUrl: imagingKnown ? set.mandatoryProcedures.sourceUrl : null,
      confidence: imagingKnown ? set.mandatoryProcedures.confidence : 'unconfirmed',
    },
  ];
  for (const m of set.sectionMinimums) {
    requirements.push({ id: `section:${m.section}`, kind: 'section', origin: 'set', label: SECTION_NAMES[m.section], required: m.minimum, section: m.section, procedure: null, sourceUrl: set.sourceUrl, confidence: set.confidence });
  }
  for (const m of choices.sectionMinimums ?? []) {
    requirements.push({ id: `program-section:${m.section}`, kind: 'section', origin: 'program', label: SECTION_NAMES[m.section], required: m.minimum, section: m.section, procedure: null, sourceUrl: null, confidence: 'program' });
  }
  for (const code of choices.requiredProcedures ?? []) {
    requirements.push({ id: `procedure:${code}`, kind: 'procedure', origin: 'program', label: procedureName(code), required: 1, section: null, procedure: code, sourceUrl: null, confidence: 'program' });
  }
  return requirements;
}

function doneFor(r: ClinicalRequirement, p: RequirementProgress, shownProcedures: ReadonlySet<string>): number {
  if (r.kind === 'patient-care') return p.patientCare.done;
  if (r.kind === 'imaging') return p.imaging.done;
  if (r.kind === 'section') return (r.origin === 'set' ? p.sections : p.programSections).find((s) => s.section === r.section)?.done ?? 0;
  return r.procedure !== null && shownProcedures.has(r.procedure) ? 1 : 0;
}

function sentenceFor(set: RequirementSet, r: ClinicalRequirement, done: number, status: ClinicalRequirementResult['status']): string {
  const whose = r.origin === 'program' ? ' (your program’s own requirement)' : '';
  if (r.kind === 'procedure') return status === 'met' ? `${r.label}${whose}: done.` : `${r.label}${whose}: not shown yet.`;
  if (r.required === null) return `${r.label}: ${String(done)} signed; the number required is ${notConfirmedHere(set)}.`;
  const target = r.kind === 'section' ? `at least ${String(r.required)}` : String(r.required);
  const rest = status === 'met' ? 'done.' : `${String(r.required - done)} still missing.`;
  return `${r.label}${whose}: ${String(done)} of ${target} — ${rest}`;
}

function simulationSentence(set: RequirementSet, counted: number, cap: number | null, capReached: boolean, programCap: boolean): string {
  if (cap === null) return `Simulated competencies: ${String(counted)} counted. No cap on simulations is set: ${set.document.body}’s own limit is ${notConfirmedHere(set)}, and your program has not set one.`;
  const whose = programCap ? 'your program’s cap' : 'the set’s cap';
  const state = capReached ? 'The cap is reached: further simulated competencies do not count.' : `${plural(cap - counted, 'more simulation', 'more simulations')} can count.`;
  return `Simulated competencies: ${String(counted)} of at most ${String(cap)} (${whose}). ${state}`;
}

/**
 * Evaluates a student's shown competencies against a set and a program's choices: each requirement met,
 * missing or unknown (never "met" when its count is not confirmed), the simulation cap, all in words.
 */
export function evaluateClinicalRequirements(set: RequirementSet, shown: readonly ShownCompetency[], choices: ProgramChoices = {}): ClinicalRequirementsVerdict {
  const progress = requirementProgress(set, shown, choices);
  const realCodes = new Set(shown.filter((c) => !c.simulated).map((c) => c.procedure));
  const countedCodes = new Set(realCodes);
  // A named procedure counts when shown on a patient, or simulated within the cap (as in `requirementProgress`).
  const simulatedOnly = [...new Set(shown.filter((c) => c.simulated && !realCodes.has(c.procedure) && findProcedure(c.procedure) !== undefined).map((c) => c.procedure))];
  for (const code of simulatedOnly.slice(0, progress.simulations.cap ?? simulatedOnly.length)) countedCodes.add(code);

  const results = clinicalRequirementsOf(set, choices).map((requirement): ClinicalRequirementResult => {
    const done = doneFor(requirement, progress, countedCodes);
    const status = requirement.required === null ? 'unknown' : done >= requirement.required ? 'met' : 'missing';
    const missing = requirement.required === null ? 0 : Math.max(0, requirement.required - done);
    return { requirement, status, done, missing, sentence: sentenceFor(set, requirement, done, status) };
  });
  const { counted, cap, capReached } = progress.simulations;
  const simulations = { counted, cap, capReached, sentence: simulationSentence(set, counted, cap, capReached, choices.simulationCap !== undefined) };
  const pick = (status: ClinicalRequirementResult['status']): string[] => results.filter((r) => r.status === status).map((r) => r.sentence);
  const complete = results.every((r) => r.status === 'met');
  const unknown = pick('unknown');
  const missingCount = results.filter((r) => r.status === 'missing').length;
  const summary = complete
    ? 'Every requirement is met.'
    : missingCount > 0
      ? `${plural(missingCount, 'requirement is', 'requirements are')} not met yet${unknown.length > 0 ? `, and ${plural(unknown.length, 'count is', 'counts are')} not confirmed here` : ''}.`
      : `Nothing known is missing, but ${plural(unknown.length, 'count is', 'counts are')} not confirmed here — see ${set.document.body}’s document before calling the requirements met.`;
  return { setId: set.id, results, simulations, done: pick('met'), missing: pick('missing'), unknown, complete, summary, progress };
}
