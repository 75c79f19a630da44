import {
  CAMRT,
  CANADA_PROVINCES,
  CANADA_VISA,
  CORU,
  HCPC,
  HCPC_ENGLISH_CONFIRMED_COUNTRIES,
  MRPBA,
  PROGRAM_TYPES,
  UK_VISA,
} from '@modality/knowledge';
import { recentClinicalHours, type PlanContext } from '../context.js';
import { costOf, durationOf, feesOf, step, type Route, type StepTemplate } from '../step.js';
import { heldReason } from './us-arrt.js';

/**
 * Routes for radiographers to the UK (HCPC), Ireland (CORU), Australia (MRPBA/Ahpra) and Canada (CAMRT and the
 * provincial regulator): one international route per country the person qualified in, and the domestic
 * route (qualify in the target country). credential-rules.md §6, product-landscape.md §3c.
 */

/** Where a held radiography credential says the person qualified. */
const CREDENTIAL_COUNTRY: Readonly<Record<string, string>> = {
  'arrt:R': 'US',
  'gb:hcpc-radiographer': 'GB',
  'ie:coru-radiographer': 'IE',
  'au:mrpba-radiographer': 'AU',
  'ca-on:cmrito-mrt': 'CA',
};

const COUNTRY_NAMES: Readonly<Record<string, string>> = { US: 'the United States', GB: 'the United Kingdom', IE: 'Ireland', AU: 'Australia', CA: 'Canada', PH: 'the Philippines', IN: 'India' };
const countryName = (c: string): string => COUNTRY_NAMES[c] ?? c;

/** The countries (other than the target's) where the record shows a radiography qualification. */
export function qualificationCountries(ctx: PlanContext): string[] {
  const out: string[] = [];
  const add = (c: string) => {
    if (c !== ctx.target.country && !out.includes(c)) out.push(c);
  };
  for (const e of ctx.record.education ?? []) if (e.kind === 'program' && e.discipline === 'radiography' && e.completedOn !== undefined && e.completedOn <= ctx.asOf) add(e.country);
  for (const [code, country] of Object.entries(CREDENTIAL_COUNTRY)) if (ctx.holds(code)) add(country);
  return out;
}

const highestAward = (ctx: PlanContext): string | undefined => {
  const order = ['certificate', 'associate', 'bachelor', 'master', 'doctorate'];
  let best = -1;
  for (const e of ctx.record.education ?? []) best = Math.max(best, order.indexOf(e.award));
  return best < 0 ? undefined : order[best];
};

// ── United Kingdom ─────────────────────────────────────────────────────────────────────────────────
function ukRoutes(ctx: PlanContext): Route[] {
  const held = (c: PlanContext) => heldReason(c, ['gb:hcpc-radiographer']);
  const visa = (after: readonly string[]): StepTemplate[] =>
    ctx.needsVisa
      ? [step({ id: 'visa-gb', kind: 'visa', title: 'Health and Care Worker visa (certificate of sponsorship from an approved employer)', after, facts: [UK_VISA], notes: [UK_VISA.text], warnings: ['UK visa fees and processing times are not confirmed here'] })]
      : [];
  const routes: Route[] = qualificationCountries(ctx).map((from) => {
    const steps: StepTemplate[] = [];
    const listed = HCPC_ENGLISH_CONFIRMED_COUNTRIES.includes(from);
    if (!listed) {
      steps.push(
        step({
          id: 'english-test',
          kind: 'language-test',
          title: 'An approved English test: IELTS 7.0 with no element below 6.5 (or TOEFL iBT 100, or OET)',
          facts: [HCPC.english, HCPC.englishList],
          notes: [`Not needed if ${countryName(from)} is on HCPC's English qualifying-countries list (a primary qualification gained there is evidence of English).`],
          warnings: [
            from === 'US' ? 'Whether the USA is on HCPC\'s English qualifying-countries list is unconfirmed' : `Whether ${countryName(from)} is on HCPC's English qualifying-countries list is not confirmed in Modality's sources`,
            'English test fees and dates are not confirmed here',
          ],
          done: held,
        }),
      );
    }
    steps.push(
      step({
        id: 'hcpc-international',
        kind: 'registration',
        title: 'HCPC registration by the international route',
        after: listed ? [] : ['english-test'],
        duration: durationOf(HCPC.durationMinMonths, HCPC.durationMaxMonths, 'about 3–4 months'),
        cost: costOf(HCPC.scrutinyFee),
        facts: [HCPC.route, HCPC.processing, HCPC.durationMinMonths, HCPC.scrutinyFee, HCPC.registrationFee],
        notes: [
          HCPC.route.text,
          `${HCPC.processing.text}.`,
          `Cost: the one-off international scrutiny fee (£678.38 from 29 Apr 2025); the registration fee of £123.34 a year (paid every two years) comes on top.`,
          ...(listed ? [`English: the ${countryName(from)} qualification is evidence of English (qualifying-countries list, from 29 Jan 2025).`] : []),
        ],
        done: held,
      }),
      ...visa([]),
    );
    const award = highestAward(ctx);
    const warnings = [`${HCPC.gaps.text} (secondary source; HCPC's own wording is unconfirmed)`];
    if (award !== 'bachelor' && award !== 'master' && award !== 'doctorate') warnings.push(`${HCPC.entryThreshold.text} (secondary source); the record shows ${award === undefined ? 'no degree' : `an ${award}`}`);
    return { id: `gb-hcpc-international-from-${from.toLowerCase()}`, title: `HCPC international route (qualified in ${countryName(from)})`, steps, warnings };
  });
  const gbProgram = PROGRAM_TYPES.find((p) => p.id === 'gb-radiography-bachelor');
  routes.push({
    id: 'gb-domestic',
    title: 'Qualify in the UK: an HCPC-approved radiography degree, then registration',
    steps: [
      step({
        id: 'gb-degree',
        kind: 'education-program',
        title: 'An HCPC-approved diagnostic radiography degree (degree level; the apprenticeship standard is Level 6)',
        notes: [gbProgram?.note ?? ''].filter((n) => n !== ''),
        warnings: ['The length and cost of UK radiography degrees are not confirmed here'],
        done: (c) => held(c) ?? ((c.record.education ?? []).some((e) => e.kind === 'program' && e.discipline === 'radiography' && e.country === 'GB' && e.completedOn !== undefined && e.completedOn <= c.asOf) ? 'a completed UK radiography program is on record' : undefined),
      }),
      step({
        id: 'hcpc-registration',
        kind: 'registration',
        title: 'HCPC registration from a UK approved programme',
        after: ['gb-degree'],
        facts: [HCPC.registrationFee],
        cost: costOf(HCPC.registrationFee),
        notes: ['Registration fee per year; new UK graduates who apply within two years of finishing pay 50 % for their first two professional years.'],
        warnings: ['How long HCPC registration from a UK programme takes is not confirmed here'],
        done: held,
      }),
      ...visa([]),
    ],
    warnings: [],
  });
  return routes;
}

// ── Ireland ─────────────────────────────────────────────────────────────────────────────────────────
function irelandRoutes(ctx: PlanContext): Route[] {
  const held = (c: PlanContext) => heldReason(c, ['ie:coru-radiographer']);
  const visa: StepTemplate[] = ctx.needsVisa
    ? [step({ id: 'visa-ie', kind: 'visa', title: 'Permission to work in Ireland (where the person needs it)', facts: [CORU.eea], notes: [CORU.eea.text], warnings: ['Irish employment permits and visas are not confirmed here; EEA nationals have separate rights'] })]
    : [];
  const routes: Route[] = qualificationCountries(ctx).map((from) => ({
    id: `ie-coru-recognition-from-${from.toLowerCase()}`,
    title: `CORU recognition of an international qualification (qualified in ${countryName(from)})`,
    steps: [
      step({
        id: 'coru-recognition',
        kind: 'credential-evaluation',
        title: `Recognition of the radiography qualification from ${countryName(from)} by CORU's Radiographers Registration Board`,
        facts: [CORU.recognition, CORU.compensation],
        notes: [CORU.recognition.text, `${CORU.compensation.text}.`, `The applicant must be entitled to practise in ${countryName(from)}.`],
        warnings: [CORU.fee.value === null ? CORU.fee.warning : '', CORU.duration.value === null ? CORU.duration.warning : '', 'The types of compensation measure (adaptation period or aptitude test) are unconfirmed'].filter((w) => w !== ''),
        done: held,
      }),
      step({ id: 'coru-registration', kind: 'registration', title: 'Registration with CORU', after: ['coru-recognition'], facts: [CORU.register], notes: [CORU.register.text], warnings: ['CORU registration fees and times are not confirmed here'], done: held }),
      ...visa,
    ],
    warnings: ["CORU's English-language requirement is not confirmed here"],
  }));
  routes.push({
    id: 'ie-domestic',
    title: 'Qualify in Ireland, then register with CORU',
    steps: [
      step({ id: 'ie-degree', kind: 'education-program', title: 'A radiography qualification approved in Ireland', warnings: ['Irish radiography programs (length, cost) are not confirmed here'], done: (c) => held(c) ?? ((c.record.education ?? []).some((e) => e.kind === 'program' && e.discipline === 'radiography' && e.country === 'IE' && e.completedOn !== undefined && e.completedOn <= c.asOf) ? 'a completed Irish radiography program is on record' : undefined) }),
      step({ id: 'coru-registration', kind: 'registration', title: 'Registration with CORU', after: ['ie-degree'], facts: [CORU.register], notes: [CORU.register.text], warnings: ['CORU registration fees and times are not confirmed here'], done: held }),
      ...visa,
    ],
    warnings: [],
  });
  return routes;
}

// ── Australia ───────────────────────────────────────────────────────────────────────────────────────
function australiaRoutes(ctx: PlanContext): Route[] {
  const held = (c: PlanContext) => heldReason(c, ['au:mrpba-radiographer']);
  const visa = (after: readonly string[]): StepTemplate[] =>
    ctx.needsVisa ? [step({ id: 'visa-au', kind: 'visa', title: 'An Australian visa (a separate process from registration)', after, facts: [MRPBA.overseas], warnings: ['Australian visas are not confirmed here'] })] : [];
  const routes: Route[] = qualificationCountries(ctx).map((from) => ({
    id: `au-mrpba-overseas-from-${from.toLowerCase()}`,
    title: `MRPBA registration through Ahpra as an overseas-qualified radiographer (qualified in ${countryName(from)})`,
    steps: [
      step({
        id: 'recency-of-practice',
        kind: 'clinical-experience',
        title: 'Recency of practice: at least 450 hours of practice in the previous 3 years',
        rules: ['mrpba.recency'],
        facts: [MRPBA.recency],
        warnings: ['How long it takes to reach 450 hours depends on the job; not confirmed here'],
        done: (c) => held(c) ?? (recentClinicalHours(c, 3) >= 450 ? `${recentClinicalHours(c, 3)} practice hours on record in the last 3 years` : undefined),
      }),
      step({
        id: 'mrpba-registration',
        kind: 'registration',
        title: 'MRPBA registration through Ahpra as an overseas-qualified practitioner, form AGOS-91',
        after: ['recency-of-practice'],
        facts: [MRPBA.overseas, MRPBA.standards],
        notes: [MRPBA.overseas.text, `${MRPBA.standards.text}.`, 'English: the applicant must meet the English language registration standard; its thresholds are not confirmed here.'],
        warnings: [MRPBA.englishThresholds, MRPBA.fee, MRPBA.duration, MRPBA.supervisedPractice].map((f) => (f.value === null ? f.warning : '')).filter((w) => w !== ''),
        done: held,
      }),
      ...(ctx.needsVisa
        ? [
            step({
              id: 'visa-au',
              kind: 'visa',
              title: 'An Australian visa, with the ASMIRT migration skills assessment (both separate from registration)',
              duration: durationOf(null, MRPBA.skillsAssessmentMaxWeeks, 'up to 16 weeks for the skills assessment'),
              cost: costOf(MRPBA.skillsAssessmentFeeOverseas, MRPBA.skillsAssessmentFeeResident),
              facts: [MRPBA.overseas, MRPBA.skillsAssessment, MRPBA.skillsAssessmentMaxWeeks, MRPBA.skillsAssessmentFeeOverseas],
              notes: ['ASMIRT skills assessment: up to 16 weeks; fee AUD 883 when applying from overseas, AUD 970 when resident (2019, secondary source). The visa itself (fees, times) is not confirmed here; the duration and cost shown are the skills assessment\'s only.'],
              warnings: ['The ASMIRT skills assessment time and fees rest on a secondary source of 2019', 'Australian visa fees and times are not confirmed here'],
            }),
          ]
        : []),
    ],
    warnings: [],
  }));
  const au = PROGRAM_TYPES.find((p) => p.id === 'au-radiography-bachelor');
  routes.push({
    id: 'au-domestic',
    title: 'Qualify in Australia: an accredited radiography degree, then MRPBA registration',
    steps: [
      step({
        id: 'au-degree',
        kind: 'education-program',
        title: 'An accredited 4-year diagnostic radiography degree, or a 3-year degree plus the 48-week National Professional Development Program',
        duration: au === undefined ? null : durationOf(au.lengthMinMonths, au.lengthMaxMonths, '3 years plus 48 weeks, or 4 years'),
        facts: au === undefined ? [] : [au.lengthMinMonths, au.lengthMaxMonths],
        notes: ['The 3-year degree\'s 48-week professional development year comes on top of the 36 months (the minimum shown is the degree alone).'],
        warnings: ['Australian program lengths rest on a secondary source of 2012; costs are not confirmed here'],
        done: (c) => held(c) ?? ((c.record.education ?? []).some((e) => e.kind === 'program' && e.discipline === 'radiography' && e.country === 'AU' && e.completedOn !== undefined && e.completedOn <= c.asOf) ? 'a completed Australian radiography program is on record' : undefined),
      }),
      step({ id: 'mrpba-registration', kind: 'registration', title: 'MRPBA registration through Ahpra', after: ['au-degree'], warnings: [MRPBA.fee.value === null ? MRPBA.fee.warning : ''].filter((w) => w !== ''), done: held }),
      ...visa([]),
    ],
    warnings: [],
  });
  return routes;
}

// ── Canada ──────────────────────────────────────────────────────────────────────────────────────────
function canadaRoutes(ctx: PlanContext): Route[] {
  const province = CANADA_PROVINCES[ctx.target.code];
  if (province === undefined) return [];
  const p = ctx.target.name;
  const registrationCode = ctx.target.code === 'ca-on' ? 'ca-on:cmrito-mrt' : undefined;
  const held = (c: PlanContext) => (registrationCode === undefined ? undefined : heldReason(c, [registrationCode]));
  const regulated = province.regulates.confidence !== 'unconfirmed';
  const tail = (after: string): StepTemplate[] => {
    const out: StepTemplate[] = [
      step({ id: 'camrt-exam', kind: 'exam', title: 'The CAMRT national certification exam (radiological technology)', after: [after], facts: [CAMRT.exam], warnings: [CAMRT.examFee.value === null ? CAMRT.examFee.warning : ''].filter((w) => w !== ''), done: held }),
    ];
    if (regulated) {
      out.push(
        step({
          id: `registration-${ctx.target.code}`,
          kind: 'registration',
          title: `Registration with the ${p} regulator${province.body === null ? '' : ` (${province.body})`}${registrationCode === undefined ? '' : ` (${registrationCode})`}${ctx.target.code === 'ca-on' ? ', including the jurisprudence course' : ''}`,
          after: ['camrt-exam'],
          facts: [province.regulates, ...(ctx.target.code === 'ca-on' ? [CAMRT.cmrito] : [])],
          warnings: [`${p} registration fees and times are not confirmed here`],
          done: held,
        }),
      );
    }
    if (ctx.needsVisa) out.push(step({ id: 'visa-ca', kind: 'visa', title: 'Permission to work in Canada (e.g. Express Entry, healthcare category)', facts: [CANADA_VISA], notes: [CANADA_VISA.text], warnings: ['Canadian immigration fees and times are not confirmed here'] }));
    return out;
  };
  const routeWarnings = regulated ? [] : [`Whether ${p} regulates MRTs is unconfirmed (${province.regulates.text}); no provincial registration step is shown`];

  const routes: Route[] = qualificationCountries(ctx).map((from) => {
    const steps: StepTemplate[] = [];
    const camrtAssessment = (after: readonly string[]) =>
      step({
        id: 'camrt-assessment',
        kind: 'credential-evaluation',
        title: 'CAMRT assessment of an internationally educated MRT (language, substantial similarity of qualifications, work experience)',
        after,
        cost: costOf(CAMRT.assessmentFee),
        facts: [CAMRT.assessment, CAMRT.assessmentFee, ...(from === 'US' ? [CAMRT.usAreIemrts] : [])],
        notes: [CAMRT.assessment.text, ...(from === 'US' ? [CAMRT.usAreIemrts.text] : [])],
        warnings: ['The CAMRT assessment fee (about CAD 300) rests on a secondary source', CAMRT.duration.value === null ? CAMRT.duration.warning : '', CAMRT.languageThresholds.value === null ? CAMRT.languageThresholds.warning : ''].filter((w) => w !== ''),
        done: held,
      });
    if (province.assessor === 'provincial-regulator') {
      steps.push(
        step({
          id: `assessment-${ctx.target.code}`,
          kind: 'credential-evaluation',
          title: `Assessment by the ${p} regulator${province.body === null ? '' : ` (${province.body})`}: is the education substantially similar?`,
          cost: ctx.target.code === 'ca-ab' ? feesOf(CAMRT.acmdttApplicationFee, CAMRT.acmdttAssessmentFee) : null,
          facts: [CAMRT.assessment, ...(ctx.target.code === 'ca-on' ? [CAMRT.cmrito] : []), ...(ctx.target.code === 'ca-ab' ? [CAMRT.acmdttApplicationFee, CAMRT.acmdttAssessmentFee] : [])],
          notes: [
            ...(ctx.target.code === 'ca-on' ? [CAMRT.cmrito.text] : []),
            ...(ctx.target.code === 'ca-ab' ? ['Application fee CAD 100 plus assessment fee CAD 300 per specialty.'] : []),
            ...(from === 'US' ? [CAMRT.usAreIemrts.text] : []),
          ],
          warnings: [
            ...(ctx.target.code === 'ca-ab' ? [] : [`The ${p} assessment fee is not confirmed here`]),
            `How long the ${p} assessment takes is not confirmed here`,
            ...(ctx.target.code === 'ca-qc' ? ["The Québec regulator's name and requirements are not confirmed here"] : []),
          ],
          done: held,
        }),
      );
    } else if (province.assessor === 'regulator-then-camrt') {
      const first = camrtAssessment([]);
      steps.push({
        ...first,
        id: `application-${ctx.target.code}`,
        title: `Apply to ${province.body ?? `the ${p} regulator`} first, then the CAMRT assessment (language, substantial similarity, work experience)`,
        notes: [`In ${p} an internationally educated MRT applies to ${province.body ?? 'the provincial regulator'} first, then to CAMRT.`, ...first.notes],
        warnings: [...first.warnings, `${province.body ?? p} fees and times are not confirmed here`],
      });
    } else {
      steps.push(camrtAssessment([]));
    }
    const last = steps[steps.length - 1]?.id ?? '';
    return { id: `ca-iemrt-from-${from.toLowerCase()}`, title: `Internationally educated MRT route in ${p} (qualified in ${countryName(from)})`, steps: [...steps, ...tail(last)], warnings: routeWarnings };
  });
  routes.push({
    id: 'ca-domestic',
    title: `Qualify in Canada: an approved MRT program, the CAMRT exam${regulated ? ` and ${p} registration` : ''}`,
    steps: [
      step({ id: 'ca-program', kind: 'education-program', title: 'An approved Canadian medical radiation technology program (radiological technology)', warnings: ['Canadian MRT programs (length, cost) are not confirmed here'], done: (c) => held(c) ?? ((c.record.education ?? []).some((e) => e.kind === 'program' && e.discipline === 'radiography' && e.country === 'CA' && e.completedOn !== undefined && e.completedOn <= c.asOf) ? 'a completed Canadian MRT program is on record' : undefined) }),
      ...tail('ca-program'),
    ],
    warnings: routeWarnings,
  });
  return routes;
}

/** Every route to `ctx.role` in a jurisdiction outside the US; only radiographers are covered there. */
export function abroadRoutes(ctx: PlanContext): Route[] {
  if (ctx.role.code !== 'radiographer') return [];
  if (ctx.target.code === 'gb') return ukRoutes(ctx);
  if (ctx.target.code === 'ie') return irelandRoutes(ctx);
  if (ctx.target.code === 'au') return australiaRoutes(ctx);
  if (ctx.target.kind === 'ca-province') return canadaRoutes(ctx);
  return [];
}
