import { ALL_RULES, JURISDICTIONS, radiographyLicensure } from '@modality/knowledge';
import { describe, expect, it } from 'vitest';
import { plan, type PlanRequest } from './plan.js';
import { abroadGraduate, AS_OF, person, usRt } from './testing/records.js';
import type { Plan, PlanStep } from './types.js';

const run = (target: string, where: string, record?: PlanRequest['record']): Plan => {
  const r = plan({ target, in: where, asOf: AS_OF, ...(record === undefined ? {} : { record }) });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const ids = (p: Plan) => p.steps.map((s) => s.id);
const get = (p: Plan, id: string): PlanStep => {
  const s = p.steps.find((x) => x.id === id);
  if (s === undefined) throw new Error(`no step ${id} in ${ids(p).join(', ')}`);
  return s;
};
const RULE_IDS = new Set(ALL_RULES.map((r) => r.id));

/** Checks every plan makes: order, known rule ids, sources on every step. */
function wellFormed(p: Plan): void {
  const seen = new Set<string>();
  for (const s of p.steps) {
    for (const a of s.after) expect(seen.has(a), `${s.id} after ${a}`).toBe(true);
    seen.add(s.id);
    for (const r of s.rules) expect(RULE_IDS.has(r), r).toBe(true);
    expect(s.sources.length, `${s.id} has sources`).toBeGreaterThan(0);
    for (const u of s.sources) expect(u).toMatch(/^https?:\/\//);
  }
  expect(new Set(ids(p)).size).toBe(p.steps.length);
}

describe('blank start in a US state', () => {
  it('radiographer in California: ARRT-approved program with an associate degree, competencies, ARRT exam, CRT licence', () => {
    const p = run('radiographer', 'us-ca');
    wellFormed(p);
    expect(p).toMatchObject({ from: 'blank', status: 'plan', route: { id: 'us-arrt-r' } });
    expect(ids(p)).toEqual(['arrt-r-program', 'arrt-r-competencies', 'arrt-r-exam', 'licence-us-ca']);
    // The one sourced program: 2 years (5 semesters), USD 10,030 in-county / 11,155 out-of-county (2022 cost list).
    expect(get(p, 'arrt-r-program')).toMatchObject({ duration: { minMonths: 24, maxMonths: 24 }, cost: { min: 10030, max: 11155, currency: 'USD' } });
    expect(get(p, 'arrt-r-program').rules).toEqual(expect.arrayContaining(['arrt.primary.program', 'arrt.primary.degree']));
    expect(get(p, 'arrt-r-exam').after).toEqual(['arrt-r-program', 'arrt-r-competencies']);
    expect(get(p, 'arrt-r-exam').cost).toBeNull();
    expect(get(p, 'licence-us-ca')).toMatchObject({ kind: 'licence', cost: { min: 112, max: 112, currency: 'USD' }, after: ['arrt-r-exam'], duration: null });
    expect(p.totals).toMatchObject({ steps: 4, duration: { minMonths: 24, maxMonths: 24 }, durationComplete: false, costComplete: false, cost: [{ currency: 'USD', min: 10142, max: 11267 }] });
    expect(p.warnings.some((w) => w.includes('not a national average'))).toBe(true);
    expect(p.warnings.some((w) => w.startsWith('Total time is incomplete'))).toBe(true);
    expect(p.sources).toContain('https://www.arrt.org/earn-arrt-credentials/requirements/primary-requirements');
  });

  it('radiographer in a state whose licensure is unconfirmed: no licence step, a warning instead; none where a list says none', () => {
    const oh = run('radiographer', 'us-oh');
    expect(ids(oh)).toEqual(['arrt-r-program', 'arrt-r-competencies', 'arrt-r-exam']);
    expect(oh.warnings.some((w) => w.includes('Whether Ohio licenses radiographers'))).toBe(true);
    const al = run('radiographer', 'us-al');
    expect(al.warnings.some((w) => w.includes('no state licence') && w.includes('secondary source'))).toBe(true);
  });

  it('sonographer: ARDMS RDMS after a CAAHEP-accredited program (one-year certificate, SECONDARY), alternatives ranked', () => {
    const p = run('sonographer', 'us-oh');
    wellFormed(p);
    expect(p.route?.id).toBe('us-ardms-rdms-certificate');
    expect(ids(p)).toEqual(['sonography-program', 'ardms-rdms-exams']);
    expect(get(p, 'sonography-program')).toMatchObject({ duration: { minMonths: 12, maxMonths: 12 }, cost: null, confidence: 'secondary', rules: ['ardms.prerequisite-2'] });
    expect(get(p, 'ardms-rdms-exams').title).toMatch(/SPI and one specialty of Abdomen, Obstetrics and Gynecology/);
    expect(get(p, 'ardms-rdms-exams').title).not.toMatch(/ardms:/);
    expect(p.alternatives.routes.map((r) => r.id).sort()).toEqual(['us-ardms-rdms-certificate', 'us-ardms-rdms-degree', 'us-arrt-s']);
    expect(p.alternatives.byTime[0]).toBe('us-ardms-rdms-certificate');
    expect(p.warnings.some((w) => w.includes('secondary source'))).toBe(true);
  });
});

describe('R.T.(R) to a postprimary credential', () => {
  it('CT: structured education (16 hours, 4 categories), clinical procedures (counts unconfirmed), exam; radiography satisfied', () => {
    const p = run('ct-technologist', 'us-tx', usRt());
    wellFormed(p);
    expect(ids(p)).toEqual(['ct-structured-education', 'ct-clinical', 'ct-exam']);
    expect(get(p, 'ct-exam').after).toEqual(['ct-structured-education', 'ct-clinical']);
    expect(get(p, 'ct-exam').rules).toContain('arrt.postprimary.supporting-category.ct');
    expect(get(p, 'ct-structured-education').notes.join(' ')).toMatch(/16 hours.*at least 1 credit in each major content category.*24 months/);
    // The Texas MRT licence the radiographer holds is a step of the CT plan too, already satisfied.
    expect(p.satisfied.map((s) => s.id)).toEqual(['arrt-r-program', 'arrt-r-competencies', 'arrt-r-exam', 'licence-us-tx']);
    expect(p.warnings.some((w) => w.includes("ARRT's number of clinical procedures for") && w.includes('is not confirmed here') && !w.includes('arrt:CT'))).toBe(true);
  });

  it('CT: structured education and procedures already on record leave only the exam', () => {
    const categories = ['Patient Care', 'Safety', 'Image Production', 'Procedures'];
    const rec = usRt({
      ce: categories.map((c) => ({ title: c, completedOn: '2026-03-01', credits: 4, kind: 'structured-education' as const, forCredential: 'arrt:CT', contentCategory: c })),
      clinical: [{ procedure: 'ct:head', performedOn: '2026-06-01', count: 30 }],
    });
    const p = run('ct-technologist', 'us-tx', rec);
    expect(ids(p)).toEqual(['ct-exam']);
    expect(p.satisfied.find((s) => s.id === 'ct-structured-education')?.reason).toMatch(/rules engine/);
  });

  it('CT in Texas and in California from a blank start: radiography, then the state licence, then CT', () => {
    for (const [state, title] of [['us-tx', 'Texas radiologic technologist licence'], ['us-ca', 'California radiologic technologist licence']] as const) {
      const p = run('ct-technologist', state);
      wellFormed(p);
      expect(ids(p), state).toEqual(['arrt-r-program', 'arrt-r-competencies', 'arrt-r-exam', `licence-${state}`, 'ct-structured-education', 'ct-clinical', 'ct-exam']);
      expect(get(p, `licence-${state}`)).toMatchObject({ kind: 'licence', title, after: ['arrt-r-exam'] });
    }
  });

  it('every ionizing postprimary role, in every state that licenses radiography, has the state licence step; none where no licence applies', () => {
    const licensed = JURISDICTIONS.filter((j) => j.kind === 'us-state' && radiographyLicensure(j.code).status === 'licence');
    const unlicensed = JURISDICTIONS.filter((j) => j.kind === 'us-state' && radiographyLicensure(j.code).status !== 'licence');
    expect(licensed.length).toBeGreaterThan(3);
    for (const role of ['ct-technologist', 'mammographer', 'interventional-technologist', 'bone-densitometry-technologist']) {
      for (const j of licensed) expect(ids(run(role, j.code)), `${role} in ${j.code}`).toContain(`licence-${j.code}`);
      for (const j of unlicensed) expect(ids(run(role, j.code)).some((id) => id.startsWith('licence-')), `${role} in ${j.code}`).toBe(false);
    }
    // MRI is not radiography: no radiography licence is added to the MRI plan.
    expect(ids(run('mri-technologist', 'us-tx')).some((id) => id.startsWith('licence-'))).toBe(false);
  });

  it('MRI: the postprimary pathway from radiography; ARMRIT (SECONDARY) is an alternative, never the plan', () => {
    const p = run('mri-technologist', 'us-tx', usRt());
    expect(p.route?.id).toBe('us-arrt-mr-via-r');
    expect(ids(p)).toEqual(['mr-structured-education', 'mr-clinical', 'mr-exam']);
    expect(p.alternatives.routes.map((r) => r.id)).toEqual(expect.arrayContaining(['us-armrit', 'us-arrt-mr-primary']));
  });

  it('mammography in California: ARRT(M), MQSA 40 hours and 25 supervised exams, Diagnostic and Mammographic CRT (USD 112 each)', () => {
    const p = run('mammographer', 'us-ca', usRt());
    wellFormed(p);
    expect(ids(p)).toEqual(['m-structured-education', 'm-clinical', 'm-exam', 'mqsa-training', 'mqsa-supervised', 'licence-us-ca', 'licence-us-ca-mammographic']);
    expect(get(p, 'mqsa-training').title).toContain('40 hours');
    expect(get(p, 'mqsa-supervised').title).toContain('25 mammography examinations');
    expect(get(p, 'licence-us-ca-mammographic')).toMatchObject({ after: ['licence-us-ca'], cost: { min: 112, currency: 'USD' }, rules: ['us-ca.prerequisite.diagnostic-crt'] });
    expect(p.totals.cost).toEqual([{ min: 224, max: 224, currency: 'USD' }]);
  });
});

describe('internationally educated radiographer to a US state', () => {
  it('Philippines → Texas: degree evaluation (AICE/NACES), an ARRT-approved program regardless, exam, licence, visa', () => {
    const p = run('radiographer', 'us-tx', abroadGraduate('PH', ['ched']));
    wellFormed(p);
    expect(ids(p)).toEqual(['arrt-r-degree-evaluation', 'arrt-r-program', 'arrt-r-competencies', 'arrt-r-exam', 'licence-us-tx', 'visa-us']);
    expect(get(p, 'arrt-r-degree-evaluation')).toMatchObject({ kind: 'credential-evaluation', rules: ['arrt.primary.degree'] });
    const program = get(p, 'arrt-r-program');
    expect(program.title).toBe('An ARRT-approved radiography program');
    expect(program.notes.join(' ')).toMatch(/PH radiography program on record is not ARRT-approved.*still required/);
    expect(program.notes.join(' ')).toContain('work experience is not accepted in place of an approved program');
    expect(program.sources).toContain('https://www.arrt.org/earn-arrt-credentials/how-to-apply/international-Inquiries');
    expect(get(p, 'arrt-r-exam').after).toEqual(['arrt-r-degree-evaluation', 'arrt-r-program', 'arrt-r-competencies']);
  });

  it('India → Florida: the same, with an evaluation of the Indian degree', () => {
    expect(ids(run('radiographer', 'us-fl', abroadGraduate('IN')))).toEqual(['arrt-r-degree-evaluation', 'arrt-r-program', 'arrt-r-competencies', 'arrt-r-exam', 'licence-us-fl', 'visa-us']);
  });

  it('United Kingdom → New York: the British degree counts, but an ARRT-approved program is still required; USD 120 licence', () => {
    const p = run('radiographer', 'us-ny', abroadGraduate('GB', ['hcpc']));
    expect(ids(p)).toEqual(['arrt-r-program', 'arrt-r-competencies', 'arrt-r-exam', 'licence-us-ny', 'visa-us']);
    expect(get(p, 'licence-us-ny').cost).toEqual({ min: 120, max: 120, currency: 'USD' });
  });
});

describe('internationally educated radiographer abroad', () => {
  it('India → UK: English test (IELTS 7.0, no element below 6.5), HCPC international route (about 3–4 months, GBP 678.38), visa', () => {
    const p = run('radiographer', 'gb', abroadGraduate('IN'));
    wellFormed(p);
    expect(p.route?.id).toBe('gb-hcpc-international-from-in');
    expect(ids(p)).toEqual(['english-test', 'hcpc-international', 'visa-gb']);
    expect(get(p, 'english-test').title).toContain('IELTS 7.0 with no element below 6.5');
    expect(get(p, 'hcpc-international')).toMatchObject({ after: ['english-test'], duration: { minMonths: 3, maxMonths: 4 }, cost: { min: 678.38, max: 678.38, currency: 'GBP' } });
    expect(get(p, 'visa-gb').title).toContain('Health and Care Worker visa');
    expect(p.alternatives.routes.map((r) => r.id)).toEqual(['gb-hcpc-international-from-in', 'gb-domestic']);
  });

  it('Philippines → Ireland: CORU recognition (compensation measures possible), registration, visa', () => {
    const p = run('radiographer', 'ie', abroadGraduate('PH'));
    wellFormed(p);
    expect(ids(p)).toEqual(['coru-recognition', 'coru-registration', 'visa-ie']);
    expect(get(p, 'coru-recognition').notes.join(' ')).toContain('Directive 2005/36/EC');
    expect(get(p, 'coru-recognition').cost).toBeNull();
    expect(p.warnings.some((w) => w.includes('CORU recognition and registration fees are not confirmed here'))).toBe(true);
  });

  it('Philippines → Australia: recency of practice (450 h in 3 years), MRPBA registration (AGOS-91), visa with the ASMIRT assessment (up to 16 weeks, AUD 883–970)', () => {
    const p = run('radiographer', 'au', abroadGraduate('PH'));
    wellFormed(p);
    expect(ids(p)).toEqual(['recency-of-practice', 'mrpba-registration', 'visa-au']);
    expect(get(p, 'recency-of-practice').rules).toEqual(['mrpba.recency']);
    expect(get(p, 'mrpba-registration').title).toContain('AGOS-91');
    expect(get(p, 'visa-au').cost).toEqual({ min: 883, max: 970, currency: 'AUD' });
    expect(get(p, 'visa-au').duration?.maxMonths).toBeCloseTo((16 * 7 * 12) / 365.25, 10);
    expect(p.warnings.some((w) => w.includes('English-language thresholds are not confirmed here'))).toBe(true);
  });

  it('Philippines → Ontario: CMRITO assessment, CAMRT exam, CMRITO registration with the jurisprudence course, visa', () => {
    const p = run('radiographer', 'ca-on', abroadGraduate('PH'));
    wellFormed(p);
    expect(ids(p)).toEqual(['assessment-ca-on', 'camrt-exam', 'registration-ca-on', 'visa-ca']);
    expect(get(p, 'registration-ca-on').title).toContain('jurisprudence');
    expect(get(p, 'visa-ca').notes.join(' ')).toContain('NOC 32121');
  });

  it('Canada by province: Alberta (ACMDTT, CAD 100 + 300), Saskatchewan (SAMRT first, then CAMRT at about CAD 300), BC (no registration step: unconfirmed)', () => {
    expect(get(run('radiographer', 'ca-ab', abroadGraduate('IN')), 'assessment-ca-ab').cost).toEqual({ min: 400, max: 400, currency: 'CAD' });
    const sk = run('radiographer', 'ca-sk', abroadGraduate('IN'));
    expect(ids(sk)).toEqual(['application-ca-sk', 'camrt-exam', 'registration-ca-sk', 'visa-ca']);
    expect(get(sk, 'application-ca-sk')).toMatchObject({ cost: { min: 300, max: 300, currency: 'CAD' }, confidence: 'secondary' });
    expect(get(sk, 'application-ca-sk').title).toMatch(/^Apply to SAMRT first, then the CAMRT assessment/);
    const bc = run('radiographer', 'ca-bc', abroadGraduate('IN'));
    expect(ids(bc)).toEqual(['camrt-assessment', 'camrt-exam', 'visa-ca']);
    expect(bc.warnings.some((w) => w.includes('Whether British Columbia regulates MRTs is unconfirmed'))).toBe(true);
  });
});

describe('US R.T. abroad', () => {
  it('→ UK: the English test stays, with a warning that the USA listing is unconfirmed; entry threshold warning for an associate degree', () => {
    const p = run('radiographer', 'gb', usRt());
    expect(ids(p)).toEqual(['english-test', 'hcpc-international', 'visa-gb']);
    expect(p.warnings.some((w) => w.includes('Whether the USA is on HCPC'))).toBe(true);
    expect(p.warnings.some((w) => w.includes("bachelor's degree with honours") && w.includes('associate'))).toBe(true);
  });

  it('→ Canada (Ontario): US-educated R.T.s are IEMRTs', () => {
    const p = run('radiographer', 'ca-on', usRt());
    expect(p.route?.id).toBe('ca-iemrt-from-us');
    expect(get(p, 'assessment-ca-on').notes.join(' ')).toContain('US-educated R.T.s are IEMRTs');
  });

  it('→ Australia: recency is satisfied by 450 practice hours in the last 3 years', () => {
    const without = run('radiographer', 'au', usRt());
    expect(ids(without)).toEqual(['recency-of-practice', 'mrpba-registration', 'visa-au']);
    const withHours = run('radiographer', 'au', usRt({ clinical: [{ procedure: 'radiography:chest', performedOn: '2025-01-10', hours: 450 }] }));
    expect(ids(withHours)).toEqual(['mrpba-registration', 'visa-au']);
    expect(withHours.satisfied.find((s) => s.id === 'recency-of-practice')?.reason).toContain('450 practice hours');
  });

  it('an Australian qualification is evidence of English for HCPC: no English test', () => {
    expect(ids(run('radiographer', 'gb', abroadGraduate('AU')))).toEqual(['hcpc-international', 'visa-gb']);
  });
});

describe('edges', () => {
  it('holding the target credentials: already qualified, no steps, no warnings', () => {
    const p = run('radiographer', 'us-tx', usRt());
    expect(p).toMatchObject({ status: 'already-qualified', steps: [], warnings: [] });
    expect(p.satisfied.map((s) => s.id)).toContain('licence-us-tx');
  });

  it('a role outside the covered routes abroad is "not covered", with a warning', () => {
    expect(run('sonographer', 'gb')).toMatchObject({ status: 'not-covered', steps: [], route: null });
  });

  it('unknown role and jurisdiction: both named, with the valid values', () => {
    const r = plan({ target: 'pilot', in: 'mars', asOf: AS_OF });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => e.field)).toEqual(['target', 'in']);
    expect(r.error[0]?.message).toContain('"pilot"');
    expect(r.error[0]?.valid).toContain('radiographer');
    expect(r.error[1]?.message).toContain('us-tx');
    expect(plan({ target: 'radiographer', in: 'us', asOf: AS_OF }).ok).toBe(false);
  });

  it('every role has a plan from a blank start in a US state', () => {
    for (const role of ['radiographer', 'ct-technologist', 'mri-technologist', 'sonographer', 'cardiac-sonographer', 'vascular-sonographer', 'mammographer', 'nuclear-medicine-technologist', 'interventional-technologist', 'radiation-therapist', 'bone-densitometry-technologist', 'radiologist-assistant']) {
      const p = run(role, 'us-ca');
      expect(p.status, role).toBe('plan');
      wellFormed(p);
    }
  });

  it('a blank person with a record (lives abroad, no education) gets a visa step', () => {
    expect(ids(run('radiographer', 'us-oh', person({ country: 'PH' })))).toContain('visa-us');
  });
});
