import {
  ARDMS_EXAM_FEE,
  ARMRIT_ROUTE,
  MQSA,
  NMTCB_CNMT_FEE,
  NMTCB_CT_FEE,
  programTypesFor,
  radiographyLicensure,
  sonographyLicensure,
  STATE_LICENCE_FACTS,
  US_LICENSURE_SUMMARY,
  US_VISA,
  type StateLicensure,
} from '@modality/knowledge';
import type { PlanContext } from '../context.js';
import { costOf, durationOf, step, type Route, type StepTemplate } from '../step.js';
import { arrtPostprimarySteps, arrtPrimarySteps, credentialName, engineClear, heldReason } from './us-arrt.js';

/** Routes to a role in a US state (`us-xx`). */

function licenceStep(ctx: PlanContext, lic: StateLicensure, after: readonly string[], what: string): StepTemplate | null {
  if (lic.status !== 'licence') return null;
  const state = ctx.target.code;
  const facts = STATE_LICENCE_FACTS[state];
  const code = lic.credential;
  return step({
    id: `licence-${state}`,
    kind: 'licence',
    title: `${ctx.target.name} ${what} licence`,
    after,
    cost: facts === undefined ? null : costOf(facts.fee),
    facts: [lic.evidence, facts?.requirement, facts?.fee.value === null ? undefined : facts?.fee],
    notes: [facts?.requirement.text ?? lic.evidence?.text ?? ''].filter((n) => n !== ''),
    warnings: [
      ...(facts === undefined || facts.fee.value === null ? [facts?.fee.value === null ? facts.fee.warning : `The ${ctx.target.name} licence fee is not confirmed here`] : []),
      `How long the ${ctx.target.name} licence takes is not confirmed here`,
    ],
    done: (c) => (code !== undefined ? heldReason(c, [code]) : undefined),
  });
}

function licensureWarnings(ctx: PlanContext, lic: StateLicensure, what: string): string[] {
  if (lic.status === 'none') return [`${ctx.target.name}: no state licence for ${what} (${lic.evidence?.text ?? ''}; secondary source)`];
  if (lic.status === 'unconfirmed') return [`Whether ${ctx.target.name} licenses ${what} is not confirmed here (ASRT: ${US_LICENSURE_SUMMARY.text}); check the state board`];
  return [];
}

function visaStep(ctx: PlanContext): StepTemplate[] {
  if (!ctx.needsVisa) return [];
  return [
    step({
      id: 'visa-us',
      kind: 'visa',
      title: 'Permission to work in the United States (a US visa)',
      facts: [US_VISA],
      notes: [US_VISA.text],
      warnings: ['US visa fees and processing times are not confirmed here'],
    }),
  ];
}

const lastId = (steps: readonly StepTemplate[]): string => steps[steps.length - 1]?.id ?? '';

/** Radiographer: ARRT(R) by the primary pathway, then the state licence. */
function radiographerRoutes(ctx: PlanContext): Route[] {
  const steps = arrtPrimarySteps(ctx, 'arrt:R', 'arrt-r-');
  const lic = radiographyLicensure(ctx.target.code);
  const l = licenceStep(ctx, lic, [lastId(steps)], 'radiologic technologist');
  return [
    {
      id: 'us-arrt-r',
      title: 'ARRT Radiography (primary pathway) and the state licence',
      steps: [...steps, ...(l === null ? [] : [l]), ...visaStep(ctx)],
      warnings: licensureWarnings(ctx, lic, 'radiographers'),
    },
  ];
}

/** The supporting credential's steps, by the primary pathway (R) or held already (N, T, S). */
function supportVia(ctx: PlanContext, credential: string): Array<{ id: string; title: string; steps: StepTemplate[]; supportStep: string; supporting: string[] }> {
  const via: Array<{ id: string; title: string; steps: StepTemplate[]; supportStep: string; supporting: string[] }> = [];
  const r = arrtPrimarySteps(ctx, 'arrt:R', 'arrt-r-');
  via.push({ id: 'r', title: 'Radiography', steps: r, supportStep: lastId(r), supporting: ['arrt:R'] });
  const others: Array<[string, string, string[]]> = [
    ['n', 'Nuclear Medicine Technology', ['arrt:N', 'nmtcb:CNMT']],
    ['t', 'Radiation Therapy', ['arrt:T']],
    ['s', 'Sonography', ['arrt:S', 'ardms:RDMS', 'ardms:RDCS', 'ardms:RVT']],
  ];
  const supports: Record<string, string[]> = { 'arrt:CT': ['n', 't'], 'arrt:MR': ['n', 't', 's'], 'arrt:BD': ['n', 't'], 'arrt:VS': ['n', 't', 's'] };
  for (const [id, title, codes] of others) {
    if (!(supports[credential] ?? []).includes(id) || !codes.some((c) => ctx.holds(c))) continue;
    const held = step({
      id: `support-${id}`,
      kind: 'exam',
      title: `A supporting ${title} credential (${codes.map(credentialName).join(' or ')})`,
      done: (c) => heldReason(c, codes),
    });
    via.push({ id, title, steps: [held], supportStep: held.id, supporting: codes });
  }
  return via;
}

/**
 * Postprimary disciplines practised with ionizing radiation: a technologist doing them through radiography
 * needs the state's radiography licence where the state licenses radiography, like the radiographer.
 */
const IONIZING_POSTPRIMARY = ['arrt:CT', 'arrt:M', 'arrt:BD', 'arrt:VI', 'arrt:CI'];

function postprimaryRoutes(ctx: PlanContext, credential: string, extra: (supportStep: string) => StepTemplate[] = () => []): Route[] {
  return supportVia(ctx, credential).map((v) => {
    const post = arrtPostprimarySteps(credential, `${credential.slice(5).toLowerCase()}-`, v.supportStep, v.supporting);
    const more = extra(v.supportStep);
    const viaRadiography = v.id === 'r' && IONIZING_POSTPRIMARY.includes(credential);
    const lic = radiographyLicensure(ctx.target.code);
    const licence = viaRadiography ? licenceStep(ctx, lic, [v.supportStep], 'radiologic technologist') : null;
    // A route that already has the state's licence step (California mammography) keeps its own.
    const needed = licence !== null && !more.some((x) => x.id === licence.id) ? [licence] : [];
    return {
      id: `us-arrt-${credential.slice(5).toLowerCase()}-via-${v.id}`,
      title: `ARRT ${credentialName(credential)} by the postprimary pathway, supported by ${v.title}`,
      steps: [...v.steps, ...needed, ...post, ...more, ...visaStep(ctx)],
      warnings: viaRadiography ? licensureWarnings(ctx, lic, 'radiographers') : [],
    };
  });
}

function ctRoutes(ctx: PlanContext): Route[] {
  const routes = postprimaryRoutes(ctx, 'arrt:CT');
  if (['nmtcb:CNMT', 'arrt:N', 'nmtcb:CT'].some((c) => ctx.holds(c))) {
    routes.push({
      id: 'us-nmtcb-ct',
      title: 'NMTCB(CT) for nuclear medicine technologists',
      steps: [
        step({ id: 'nmtcb-ct-clinical', kind: 'clinical-experience', title: '500 clinical hours in PET/CT, SPECT/CT or CT within 3 years', rules: ['nmtcb.ct.clinical-hours'], warnings: ['How long the 500 hours take depends on the job; not confirmed here'], done: (c) => heldReason(c, ['nmtcb:CT']) ?? (engineClear(c, 'nmtcb:CT', ['nmtcb.ct.clinical-hours']) ? 'the rules engine finds the clinical hours' : undefined) }),
        step({ id: 'nmtcb-ct-didactic', kind: 'structured-education', title: '35 contact hours within 3 years, at least 4 each in contrast administration, cross-sectional anatomy, x-ray physics and CT radiation safety', rules: ['nmtcb.ct.didactic-hours'], warnings: ['How long the contact hours take and their cost are not confirmed here'], done: (c) => heldReason(c, ['nmtcb:CT']) ?? (engineClear(c, 'nmtcb:CT', ['nmtcb.ct.didactic-hours']) ? 'the rules engine finds the contact hours' : undefined) }),
        step({ id: 'nmtcb-ct-exam', kind: 'exam', title: 'The NMTCB(CT) examination', after: ['nmtcb-ct-clinical', 'nmtcb-ct-didactic'], rules: ['nmtcb.ct.base-credential'], cost: costOf(NMTCB_CT_FEE), facts: [NMTCB_CT_FEE], notes: ['200 questions in 3 h 30 min, taken within 3 months of the eligibility decision.'], done: (c) => heldReason(c, ['nmtcb:CT']) }),
        ...visaStep(ctx),
      ],
      warnings: ['NMTCB(CT) eligibility is encoded from its 2016 text; the current list of base credentials is unconfirmed'],
    });
  }
  return routes;
}

function mriRoutes(ctx: PlanContext): Route[] {
  const routes = postprimaryRoutes(ctx, 'arrt:MR');
  const mri = programTypesFor('mri', 'us')[0];
  routes.push({
    id: 'us-arrt-mr-primary',
    title: 'ARRT MRI by the primary pathway (an MRI program)',
    steps: [...arrtPrimarySteps(ctx, 'arrt:MR', 'arrt-mr-'), ...visaStep(ctx)],
    warnings: mri !== undefined && mri.lengthMaxMonths.value === null ? [mri.lengthMaxMonths.warning] : [],
  });
  const imaging = ['arrt:R', 'arrt:N', 'arrt:T', 'arrt:S', 'nmtcb:CNMT', 'ardms:RDMS', 'ardms:RDCS', 'ardms:RVT'];
  if ([...imaging, 'armrit:MRIT'].some((c) => ctx.holds(c))) {
    routes.push({
      id: 'us-armrit',
      title: 'ARMRIT (another imaging credential plus 1,000 hours of MRI clinical experience)',
      secondary: true,
      steps: [
        step({ id: 'armrit-clinical', kind: 'clinical-experience', title: 'At least 1,000 hours of documented MRI clinical experience', facts: [ARMRIT_ROUTE], notes: [ARMRIT_ROUTE.text], warnings: ['ARMRIT eligibility rests on a secondary source (US Army COOL)', 'How long 1,000 hours take depends on the job; not confirmed here'], done: (c) => heldReason(c, ['armrit:MRIT']) }),
        step({ id: 'armrit-exam', kind: 'exam', title: 'The ARMRIT examination', after: ['armrit-clinical'], facts: [ARMRIT_ROUTE], warnings: ['The ARMRIT exam fee is not confirmed here'], done: (c) => heldReason(c, ['armrit:MRIT']) }),
        ...visaStep(ctx),
      ],
      warnings: [],
    });
  }
  return routes;
}

function mammographyRoutes(ctx: PlanContext): Route[] {
  return postprimaryRoutes(ctx, 'arrt:M', (support) => {
    const out: StepTemplate[] = [
      step({
        id: 'mqsa-training',
        kind: 'structured-education',
        title: 'MQSA initial training: 40 hours of mammography training and 8 hours per mammographic modality (e.g. digital)',
        facts: [MQSA],
        notes: [MQSA.text],
        warnings: ['How long and how much the MQSA training costs is not confirmed here'],
        done: (c) => heldReason(c, ['arrt:M']),
      }),
      step({ id: 'mqsa-supervised', kind: 'clinical-experience', title: 'MQSA: 25 mammography examinations under direct supervision', after: [support], facts: [MQSA], done: (c) => heldReason(c, ['arrt:M']) }),
    ];
    if (ctx.target.code === 'us-ca') {
      const crt = licenceStep(ctx, radiographyLicensure('us-ca'), [support], 'Diagnostic CRT');
      if (crt !== null) out.push(crt);
      out.push(
        step({
          id: 'licence-us-ca-mammographic',
          kind: 'licence',
          title: 'California Mammographic CRT certificate',
          after: crt === null ? [] : [crt.id],
          rules: ['us-ca.prerequisite.diagnostic-crt'],
          cost: STATE_LICENCE_FACTS['us-ca'] === undefined ? null : costOf(STATE_LICENCE_FACTS['us-ca'].fee),
          facts: [STATE_LICENCE_FACTS['us-ca']?.fee],
          notes: ['The Mammographic CRT requires an active Diagnostic CRT; application fee per category.'],
          warnings: ['How long the California certificate takes is not confirmed here'],
          done: (c) => heldReason(c, ['us-ca:crt-mammographic']),
        }),
      );
    }
    return out;
  });
}

function ardmsRoute(ctx: PlanContext, credential: 'ardms:RDMS' | 'ardms:RDCS' | 'ardms:RVT', specialties: readonly string[], variant: 'certificate' | 'degree'): Route {
  const types = programTypesFor('sonography', 'us');
  const cert = types.find((t) => t.award === 'certificate');
  const duration = variant === 'certificate' && cert !== undefined ? durationOf(cert.lengthMinMonths, cert.lengthMaxMonths, 'one year') : null;
  const short = credential.slice(6).toLowerCase();
  const passed = (c: PlanContext, exams: readonly string[]) => (c.record.exams ?? []).some((x) => exams.includes(x.exam) && x.result === 'pass');
  const retake = (c: PlanContext, exam: string) => (c.eligibility(credential)?.missing ?? []).some((m) => m.what.includes(`retake ${exam}`));
  return {
    id: `us-ardms-${short}-${variant}`,
    title: `ARDMS ${credentialName(credential)} after a CAAHEP-accredited ${variant === 'certificate' ? 'one-year certificate' : 'associate or bachelor'} program`,
    steps: [
      step({
        id: 'sonography-program',
        kind: 'education-program',
        title: `A CAAHEP-accredited sonography program (${variant === 'certificate' ? 'one-year certificate' : 'associate or bachelor'}) — ARDMS Prerequisite 2`,
        rules: ['ardms.prerequisite-2'],
        duration,
        facts: variant === 'certificate' && cert !== undefined ? [cert.lengthMinMonths] : [],
        notes: ['Only Prerequisite 2 is encoded; Prerequisites 1, 3A, 3B, 4 and 5 are unconfirmed.', ...(variant === 'certificate' ? ['Entry requirements of certificate programs are not confirmed here.'] : [])],
        warnings: [
          'The cost of sonography programs is not confirmed here',
          ...(duration === null ? ['The length of associate and bachelor sonography programs is not confirmed here'] : ['The one-year certificate length rests on a secondary source']),
        ],
        done: (c) => heldReason(c, [credential]) ?? (engineClear(c, credential, ['ardms.prerequisite-2']) ? 'a CAAHEP-accredited sonography program is on record' : undefined),
      }),
      step({
        id: `ardms-${short}-exams`,
        kind: 'exam',
        title: `The ARDMS exams for ${credentialName(credential)}: SPI and one specialty of ${specialties.map((x) => credentialName(x).replace(/^ARDMS | specialty exam$/g, '')).join(', ')}`,
        after: ['sonography-program'],
        rules: [`ardms.exams.${short}`, 'ardms.five-year-rule'],
        notes: [
          'SPI and the specialty may be taken in any order, both within the rest of the calendar year of the first pass plus 5 calendar years. Students may take SPI before graduating (a physics course passed with a C or above, or 12 ARDMS-accepted physics CME within 2 years).',
          ...(passed(ctx, ['ardms:SPI']) && !retake(ctx, 'ardms:SPI') ? ['SPI is already passed; the specialty remains.'] : []),
          ...(passed(ctx, specialties) && !specialties.some((x) => retake(ctx, x)) ? ['A specialty is already passed; SPI remains.'] : []),
        ],
        warnings: [ARDMS_EXAM_FEE.value === null ? ARDMS_EXAM_FEE.warning : ''],
        done: (c) =>
          heldReason(c, [credential]) ??
          (passed(c, ['ardms:SPI']) && !retake(c, 'ardms:SPI') && passed(c, specialties) && !specialties.some((x) => retake(c, x)) ? 'SPI and a specialty passed' : undefined),
      }),
      ...visaStep(ctx),
    ].map((s) => ({ ...s, warnings: s.warnings.filter((w) => w !== '') })),
    warnings: licensureWarnings(ctx, sonographyLicensure(ctx.target.code), 'sonographers'),
  };
}

function sonographerRoutes(ctx: PlanContext, credential: 'ardms:RDMS' | 'ardms:RDCS' | 'ardms:RVT', specialties: readonly string[]): Route[] {
  const nh = licenceStep(ctx, sonographyLicensure(ctx.target.code), [`ardms-${credential.slice(6).toLowerCase()}-exams`], 'sonographer');
  const withLicence = (r: Route): Route => (nh === null ? r : { ...r, steps: [...r.steps, nh] });
  return [withLicence(ardmsRoute(ctx, credential, specialties, 'certificate')), withLicence(ardmsRoute(ctx, credential, specialties, 'degree'))];
}

function arrtPrimaryRoute(ctx: PlanContext, credential: 'arrt:S' | 'arrt:VS' | 'arrt:N' | 'arrt:T', title: string): Route {
  return { id: `us-arrt-${credential.slice(5).toLowerCase()}`, title, steps: [...arrtPrimarySteps(ctx, credential, `arrt-${credential.slice(5).toLowerCase()}-`), ...visaStep(ctx)], warnings: [] };
}

function nmtRoutes(ctx: PlanContext): Route[] {
  const nm = programTypesFor('nuclear-medicine', 'us')[0];
  const duration = nm === undefined ? null : durationOf(nm.lengthMinMonths, nm.lengthMaxMonths, '1 to 4 years (certificate, associate or bachelor)');
  return [
    {
      id: 'us-nmtcb-cnmt',
      title: 'NMTCB CNMT after a recognised nuclear medicine program',
      steps: [
        step({
          id: 'nmt-program',
          kind: 'education-program',
          title: 'An NMTCB-recognised nuclear medicine technology program (JRCNMT-accredited; certificate, associate or bachelor)',
          rules: ['nmtcb.cnmt.program'],
          duration,
          facts: nm === undefined ? [] : [nm.lengthMinMonths],
          notes: ['All eligibility standards must be met within the 5 years after program completion.'],
          warnings: ['The 1–4 year program length rests on an older secondary source', 'The cost of nuclear medicine programs is not confirmed here'],
          done: (c) => heldReason(c, ['nmtcb:CNMT']) ?? (engineClear(c, 'nmtcb:CNMT', ['nmtcb.cnmt.program']) ? 'the rules engine finds a recognised program on record' : undefined),
        }),
        step({ id: 'cnmt-exam', kind: 'exam', title: 'The NMTCB CNMT examination', after: ['nmt-program'], cost: costOf(NMTCB_CNMT_FEE), facts: [NMTCB_CNMT_FEE], done: (c) => heldReason(c, ['nmtcb:CNMT']) }),
        ...visaStep(ctx),
      ],
      warnings: ['Nuclear medicine technologists are licensed in about half of the states (older OOH wording, secondary source); state licences for them are not confirmed here'],
    },
    arrtPrimaryRoute(ctx, 'arrt:N', 'ARRT Nuclear Medicine Technology (primary pathway)'),
  ];
}

function rraRoute(ctx: PlanContext): Route {
  const r = arrtPrimarySteps(ctx, 'arrt:R', 'arrt-r-');
  const ra = programTypesFor('radiologist-assistant', 'us')[0];
  return {
    id: 'us-arrt-rra',
    title: 'ARRT Registered Radiologist Assistant (after ARRT Radiography)',
    steps: [
      ...r,
      step({
        id: 'ra-program',
        kind: 'education-program',
        title: "A radiologist assistant program (bachelor's or master's), after ARRT radiography registration",
        after: [lastId(r)],
        rules: ['arrt.postprimary.supporting-category.rra'],
        notes: [ra?.note ?? ''].filter((n) => n !== ''),
        warnings: ['Radiologist assistant program requirements rest on a secondary source; their length and cost are not confirmed here'],
        done: (c) => heldReason(c, ['arrt:RRA']),
      }),
      step({ id: 'rra-exam', kind: 'exam', title: 'The ARRT R.R.A. examination', after: ['ra-program'], rules: ['arrt.exam.attempts'], warnings: ['ARRT examination fees are not in the sources'], done: (c) => heldReason(c, ['arrt:RRA']) }),
      ...visaStep(ctx),
    ],
    warnings: ['R.R.A.s need 50 CE credits per biennium (ARRT)'],
  };
}

/** Every route to `ctx.role` in a US state. */
export function usRoutes(ctx: PlanContext): Route[] {
  switch (ctx.role.code) {
    case 'radiographer':
      return radiographerRoutes(ctx);
    case 'ct-technologist':
      return ctRoutes(ctx);
    case 'mri-technologist':
      return mriRoutes(ctx);
    case 'mammographer':
      return mammographyRoutes(ctx);
    case 'bone-densitometry-technologist':
      return postprimaryRoutes(ctx, 'arrt:BD');
    case 'interventional-technologist':
      return [...postprimaryRoutes(ctx, 'arrt:VI'), ...postprimaryRoutes(ctx, 'arrt:CI')];
    case 'sonographer':
      return [...sonographerRoutes(ctx, 'ardms:RDMS', ['ardms:AB', 'ardms:OBGYN', 'ardms:BR', 'ardms:FE', 'ardms:PS']), arrtPrimaryRoute(ctx, 'arrt:S', 'ARRT Sonography (primary pathway)')];
    case 'cardiac-sonographer':
      return sonographerRoutes(ctx, 'ardms:RDCS', ['ardms:AE', 'ardms:PE', 'ardms:FE']);
    case 'vascular-sonographer':
      return [...sonographerRoutes(ctx, 'ardms:RVT', ['ardms:VT']), arrtPrimaryRoute(ctx, 'arrt:VS', 'ARRT Vascular Sonography (primary pathway)'), ...postprimaryRoutes(ctx, 'arrt:VS')];
    case 'nuclear-medicine-technologist':
      return nmtRoutes(ctx);
    case 'radiation-therapist':
      return [
        {
          ...arrtPrimaryRoute(ctx, 'arrt:T', 'ARRT Radiation Therapy (primary pathway)'),
          warnings: ['Radiation therapists must be licensed or certified in most states (OOH 2018–19); state licences for them are not confirmed here'],
        },
      ];
    case 'radiologist-assistant':
      return [rraRoute(ctx)];
  }
}
