import {
  ARRT_EXAM_FEE,
  ARRT_INTERNATIONAL,
  ARRT_PRIMARY_DISCIPLINES,
  findCredential,
  programTypesFor,
  type ProgramDiscipline,
  type SourcedFact,
} from '@modality/knowledge';
import type { PlanContext } from '../context.js';
import { costOf, durationOf, step, type StepTemplate } from '../step.js';

/** ARRT primary and postprimary pathways as steps (credential-rules.md §1.2–§1.5, §6.6). */

const LABELS: Readonly<Record<string, string>> = {
  radiography: 'radiography',
  'nuclear-medicine': 'nuclear medicine technology',
  'radiation-therapy': 'radiation therapy',
  mri: 'MRI',
  sonography: 'sonography',
  'vascular-sonography': 'vascular sonography',
};

const RECOGNISED_DEGREE_COUNTRIES = ['US', 'AU', 'CA', 'GB'];
const DEGREE_AWARDS = ['associate', 'bachelor', 'master', 'doctorate'];

const name = (code: string): string => findCredential(code)?.abbreviation ?? findCredential(code)?.name ?? code;
const heldReason = (ctx: PlanContext, codes: readonly string[]): string | undefined => {
  const c = codes.find((x) => ctx.holds(x));
  return c === undefined ? undefined : `holds ${name(c)} (${c})`;
};

/** Whether the engine reports none of `rules` missing for `credential` (and it judged it at all). */
export function engineClear(ctx: PlanContext, credential: string, rules: readonly string[]): boolean {
  if (ctx.holds(credential)) return true;
  const e = ctx.eligibility(credential);
  if (e === undefined) return false;
  const missing = ctx.missing(credential);
  return rules.every((r) => !missing.has(r));
}

/** Costs are unknown until a fact gives them: say so once per step. */
export const unknownCost = (fact: SourcedFact): readonly string[] => (fact.value === null ? [fact.warning] : []);

/**
 * The ARRT primary pathway to `credential` (R, N, T, MR, S, VS): evaluation of a foreign degree where needed,
 * an ARRT-approved program in the discipline (leading to an associate degree when the person has no degree
 * that counts), a degree when the program is done but the degree is missing, and the exam.
 * Step ids are prefixed with `prefix`.
 */
export function arrtPrimarySteps(ctx: PlanContext, credential: keyof typeof ARRT_PRIMARY_DISCIPLINES, prefix: string): StepTemplate[] {
  const discipline = ARRT_PRIMARY_DISCIPLINES[credential];
  const label = LABELS[discipline] ?? discipline;
  // MR and VS are also postprimary: when a supporting credential is held the engine judges that pathway, so
  // the primary program and degree are read from the record here instead.
  const alsoPostprimary = credential === 'arrt:MR' || credential === 'arrt:VS';
  const ownProgram = (ctx.record.education ?? []).some((e) => e.kind === 'program' && e.discipline === discipline && (e.approvedBy ?? []).includes('arrt') && e.completedOn !== undefined && e.completedOn <= ctx.asOf);
  const steps: StepTemplate[] = [];
  const degrees = (ctx.record.education ?? []).filter((e) => DEGREE_AWARDS.includes(e.award) && e.completedOn !== undefined && e.completedOn <= ctx.asOf);
  const foreign = degrees.find((e) => !RECOGNISED_DEGREE_COUNTRIES.includes(e.country));
  const counted = degrees.some((e) => RECOGNISED_DEGREE_COUNTRIES.includes(e.country));
  const degreeClear = alsoPostprimary ? ctx.holds(credential) || counted : engineClear(ctx, credential, ['arrt.primary.degree', 'arrt.primary.degree-timing']);
  const programClear = alsoPostprimary ? ctx.holds(credential) || ownProgram : engineClear(ctx, credential, ['arrt.primary.program', 'arrt.primary.eligibility-window', 'arrt.exam.attempts']);
  const programDone = (c: PlanContext) => heldReason(c, [credential]) ?? (programClear ? `the rules engine finds a completed ARRT-approved ${label} program on record` : undefined);

  const foreignPrograms = (ctx.record.education ?? []).filter((e) => e.kind === 'program' && e.discipline === discipline && e.country !== 'US' && !(e.approvedBy ?? []).includes('arrt'));
  const programNotes = [ARRT_INTERNATIONAL.text];
  if (foreignPrograms.length > 0) {
    programNotes.push(`The ${foreignPrograms.map((e) => e.country).join(', ')} ${label} program on record is not ARRT-approved; ARRT accepts no work experience in its place, so an ARRT-approved program is still required.`);
  }

  let programIncludesDegree = false;
  const after: string[] = [];
  if (!degreeClear && foreign !== undefined && !counted) {
    steps.push(
      step({
        id: `${prefix}degree-evaluation`,
        kind: 'credential-evaluation',
        title: `Evaluation of the ${foreign.country} ${foreign.award} degree by an AICE or NACES member (for ARRT's degree requirement)`,
        rules: ['arrt.primary.degree'],
        facts: [ARRT_INTERNATIONAL],
        notes: ['Degrees from Australia, Canada and Great Britain count without an evaluation; others must be evaluated and approved by an AICE and/or NACES member.'],
        done: (c) => heldReason(c, [credential]),
      }),
    );
  } else if (!degreeClear && !programClear) {
    programIncludesDegree = true;
  }

  const types = programTypesFor(discipline as ProgramDiscipline, 'us');
  const associate = types.find((t) => t.award === 'associate');
  const duration = programIncludesDegree && associate !== undefined ? durationOf(associate.lengthMinMonths, associate.lengthMaxMonths, '2 years (5 semesters) at one college') : null;
  const cost = programIncludesDegree && associate !== undefined ? costOf(associate.costMin, associate.costMax) : null;
  const lengthFacts = duration !== null && associate !== undefined ? [associate.lengthMinMonths, associate.costMin, associate.costMax] : [];
  steps.push(
    step({
      id: `${prefix}program`,
      kind: 'education-program',
      title: programIncludesDegree
        ? `An ARRT-approved ${label} program leading to an associate degree (or higher)`
        : `An ARRT-approved ${label} program`,
      rules: programIncludesDegree ? ['arrt.primary.program', 'arrt.primary.degree', 'arrt.primary.eligibility-window'] : ['arrt.primary.program', 'arrt.primary.eligibility-window'],
      facts: [ARRT_INTERNATIONAL, ...lengthFacts],
      duration,
      cost,
      notes: [
        ...programNotes,
        ...(duration !== null ? ['Length and cost are those of one public community college (2022 cost list): one programme, not a national average.'] : []),
        'After completing the program a candidate has 3 years to establish eligibility (application, ethics review, an assigned exam window).',
      ],
      warnings:
        duration === null
          ? [`The length and cost of ${label} programs are not confirmed here (national averages by program type are unconfirmed)`]
          : ['Program length and cost come from one college, not a national average'],
      done: (c) => {
        const p = programDone(c);
        if (p === undefined) return undefined;
        if (!programIncludesDegree) return p;
        return degreeClear ? p : undefined;
      },
    }),
  );
  steps.push(
    step({
      id: `${prefix}competencies`,
      kind: 'clinical-experience',
      title: `ARRT didactic and clinical competency requirements for ${label}, attested by the program director`,
      rules: ['arrt.primary.program'],
      notes: ['ARRT decides whether each competency must be shown on a patient or may be simulated; the program decides how competency is evaluated.'],
      warnings: [`ARRT's current competency counts for ${label} are unconfirmed and not shown`, 'Competencies are completed within the program; their length is not given separately'],
      done: (c) => {
        const p = programDone(c);
        if (p === undefined) return undefined;
        return p.startsWith('holds') ? p : 'attested with the completed ARRT-approved program on record';
      },
    }),
  );
  after.push(`${prefix}program`, `${prefix}competencies`);
  if (steps[0]?.kind === 'credential-evaluation') after.push(`${prefix}degree-evaluation`);

  if (!degreeClear && foreign === undefined && !programIncludesDegree) {
    steps.push(
      step({
        id: `${prefix}degree`,
        kind: 'degree',
        title: 'An associate degree or higher, in any subject',
        after: [`${prefix}program`],
        rules: ['arrt.primary.degree', 'arrt.primary.degree-timing'],
        notes: ['From 1 Jan 2025 the degree must be earned, and the exam application submitted, within 3 years after finishing the professional component.'],
        warnings: ['The length and cost of a degree are not confirmed here'],
        done: (c) => heldReason(c, [credential]),
      }),
    );
    after.push(`${prefix}degree`);
  }

  steps.push(
    step({
      id: `${prefix}exam`,
      kind: 'exam',
      title: `The ${findCredential(credential)?.name ?? credential} examination`,
      after,
      rules: ['arrt.exam.attempts'],
      notes: ['Three attempts within three years from the start of the first exam window; an application may be submitted up to 3 months before the expected program completion.'],
      warnings: [ARRT_EXAM_FEE.value === null ? ARRT_EXAM_FEE.warning : ''].filter((w) => w !== ''),
      done: (c) => heldReason(c, [credential]),
    }),
  );
  return steps;
}

const SE_NOTE = '16 hours aligned to the discipline\'s content specifications, at least 1 credit in each major content category, within the 24 months before applying.';

/**
 * The ARRT postprimary steps for `credential` once a supporting credential is (or will be) held: structured
 * education, clinical experience (ARRT's counts are unconfirmed) and the exam after `supportStep`.
 */
export function arrtPostprimarySteps(credential: string, prefix: string, supportStep: string | null, supporting: readonly string[]): StepTemplate[] {
  const short = credential.slice(5).toLowerCase();
  return [
    step({
      id: `${prefix}structured-education`,
      kind: 'structured-education',
      title: `16 hours of ARRT structured education for ${name(credential)}`,
      rules: ['arrt.postprimary.structured-education'],
      notes: [SE_NOTE],
      warnings: ['How long structured education takes and what it costs are not confirmed here'],
      done: (c) => heldReason(c, [credential]) ?? (c.eligibility(credential) !== undefined && !c.missing(credential).has('arrt.postprimary.structured-education') ? 'the rules engine finds the structured education on record' : undefined),
    }),
    step({
      id: `${prefix}clinical`,
      kind: 'clinical-experience',
      title: `Documented ${name(credential)} clinical procedures within the 24 months before applying`,
      rules: ['arrt.postprimary.clinical-experience'],
      notes: ["ARRT's number of procedures for this discipline is not confirmed here — see ARRT's Clinical Experience Requirements."],
      warnings: [`ARRT's number of clinical procedures for ${name(credential)} is not confirmed here — see ARRT's Clinical Experience Requirements`, 'How long the clinical experience takes is not confirmed here'],
      done: (c) => heldReason(c, [credential]) ?? (c.eligibility(credential) !== undefined && !c.missing(credential).has('arrt.postprimary.clinical-experience') ? 'the rules engine finds documented procedures in the window' : undefined),
    }),
    step({
      id: `${prefix}exam`,
      kind: 'exam',
      title: `The ARRT ${name(credential)} examination, postprimary pathway`,
      after: [...(supportStep === null ? [] : [supportStep]), `${prefix}structured-education`, `${prefix}clinical`],
      rules: [`arrt.postprimary.supporting-category.${short}`, 'arrt.exam.attempts'],
      notes: [`Supporting credential: ${supporting.map(name).join(' or ')}. No degree requirement for postprimary credentials.`],
      warnings: [ARRT_EXAM_FEE.value === null ? ARRT_EXAM_FEE.warning : ''].filter((w) => w !== ''),
      done: (c) => heldReason(c, [credential]),
    }),
  ];
}

export { heldReason, name as credentialName };
