import { describe, expect, it } from 'vitest';
import { CONFIDENCES } from '../rule-packs/rule.js';
import { factLabel, FIGURE_UNITS, type SourcedFact, type SourcedText } from './fact.js';
import { CANADA_PROVINCES, findJurisdiction, JURISDICTIONS, radiographyLicensure } from './jurisdictions.js';
import { OCCUPATION_CODES } from './occupation-codes.js';
import { RADIOLOGIST_ASSISTANT_PAY, US_OUTLOOK } from './outlook.js';
import * as pathway from './pathway-facts.js';
import { PROGRAM_TYPES } from './program-types.js';
import { findJobRole, JOB_ROLE_CODES, JOB_ROLES, jobRoleProfile } from './job-roles.js';
import { SHORTAGE_FACTS } from './shortage.js';
import { findCredential } from '../credentials/catalogue.js';

const isFact = (v: unknown): v is SourcedFact => typeof v === 'object' && v !== null && 'value' in v && 'confidence' in v && ('warning' in v || 'unit' in v);
const isText = (v: unknown): v is SourcedText => typeof v === 'object' && v !== null && 'text' in v && 'sourceUrl' in v;

/** Every fact and statement reachable from a value (depth-first). */
function collect(v: unknown, facts: SourcedFact[], texts: SourcedText[], seen = new Set<unknown>()): void {
  if (typeof v !== 'object' || v === null || seen.has(v)) return;
  seen.add(v);
  if (isFact(v)) facts.push(v);
  if (isText(v)) texts.push(v);
  for (const x of Object.values(v)) collect(x, facts, texts, seen);
}

const everything = { JOB_ROLES, US_OUTLOOK, RADIOLOGIST_ASSISTANT_PAY, PROGRAM_TYPES, SHORTAGE_FACTS, pathway, CANADA_PROVINCES, licences: JURISDICTIONS.map((j) => radiographyLicensure(j.code)) };
const facts: SourcedFact[] = [];
const texts: SourcedText[] = [];
collect(everything, facts, texts);

describe('careers knowledge: provenance', () => {
  it('finds the data it is checking', () => {
    expect(facts.length).toBeGreaterThan(80);
    expect(texts.length).toBeGreaterThan(40);
  });

  it('every number has a unit, a vintage, an http(s) source and a confidence other than unconfirmed', () => {
    for (const f of facts) {
      if (f.value === null) continue;
      expect(FIGURE_UNITS, JSON.stringify(f)).toContain(f.unit);
      expect(f.vintage.trim(), JSON.stringify(f)).not.toBe('');
      expect(f.sourceUrl, JSON.stringify(f)).toMatch(/^https?:\/\/\S+$/);
      expect(['official', 'official-copy', 'secondary']).toContain(f.confidence);
      expect(Number.isFinite(f.value)).toBe(true);
    }
  });

  it('an unconfirmed fact carries no number, only a warning', () => {
    const open = facts.filter((f) => f.confidence === 'unconfirmed');
    expect(open.length).toBeGreaterThan(10);
    for (const f of open) {
      expect(f.value).toBeNull();
      expect(f.value === null && f.warning.length > 10).toBe(true);
      expect(factLabel(f)).toMatch(/^not confirmed: /);
      expect(factLabel(f)).not.toMatch(/^(USD|GBP|AUD|CAD|EUR)? ?\d/);
    }
  });

  it('secondary figures are labelled as such; official ones are not', () => {
    const secondary = facts.find((f) => f.value !== null && f.confidence === 'secondary');
    const official = facts.find((f) => f.value !== null && f.confidence === 'official');
    expect(secondary && factLabel(secondary)).toContain('secondary source — check before relying on it');
    expect(official && factLabel(official)).not.toContain('secondary');
  });

  it('every statement has a source and a known confidence', () => {
    for (const t of texts) {
      expect(t.sourceUrl, t.text).toMatch(/^https?:\/\/\S+$/);
      expect(CONFIDENCES).toContain(t.confidence);
      expect(t.vintage.trim()).not.toBe('');
    }
  });

  it('occupation codes: a code is given only with a source; unconfirmed mappings have no code', () => {
    for (const [role, codes] of Object.entries(OCCUPATION_CODES)) {
      expect(JOB_ROLE_CODES as readonly string[]).toContain(role);
      for (const c of codes) {
        if (c.code === null) expect(c.confidence, `${role} ${c.system}`).toBe('unconfirmed');
        else expect(c.sourceUrl, `${role} ${c.system}`).toMatch(/^https?:\/\//);
      }
    }
  });
});

describe('careers knowledge: words a person reads', () => {
  const shown = (v: unknown): string[] => {
    const out: string[] = [];
    const walk = (x: unknown) => {
      if (typeof x === 'string') out.push(x);
      else if (typeof x === 'object' && x !== null) for (const y of Object.values(x)) walk(y);
    };
    walk(v);
    return out;
  };

  it('no fact speaks of internal notes, note ids or how a page was read, nor shouts its confidence', () => {
    for (const text of shown({ ...everything, OCCUPATION_CODES })) {
      expect(text).not.toMatch(/S-GH\d|the notes|not in the sources|that file|link wrapper|repository URL/);
      expect(text).not.toMatch(/\b(SECONDARY|UNCONFIRMED|UNRESOLVED)\b/);
    }
  });

  it('cites none of the weak hosts a stronger source replaced', () => {
    const weak = /fermatmind\.com|climbtheladder\.com|workers\.dev|alliedhealthworld\.com|studylib\.net|mail\.nmtcb\.org|myplan\.com|fill\.io|gagece\.com\/changes|nexxt\.com/;
    for (const text of shown({ ...everything, OCCUPATION_CODES })) expect(text).not.toMatch(weak);
  });

  it('the R.R.A. needs a master\'s degree or higher (ARRT)', () => {
    const rra = findJobRole('radiologist-assistant')?.entryEducation;
    expect(rra?.text).toMatch(/^A master's degree or higher/);
    expect(rra?.confidence).toBe('official');
  });
});

describe('careers knowledge: content', () => {
  it('has every role of the issue, each once', () => {
    expect(JOB_ROLES.map((r) => r.code)).toEqual([...JOB_ROLE_CODES]);
    expect(JOB_ROLE_CODES).toHaveLength(12);
  });

  it('names only catalogue credentials', () => {
    for (const r of JOB_ROLES) for (const c of r.credentials) for (const set of c.anyOf) for (const code of set) expect(findCredential(code), `${r.code}: ${code}`).toBeDefined();
  });

  it('carries the BLS figures: Employment Projections 2024–34 and OEWS May 2025, from bls.gov', () => {
    const rt = US_OUTLOOK['29-2034'];
    expect(rt?.medianAnnualWage).toMatchObject({ value: 80110, vintage: 'OEWS May 2025, national', sourceUrl: 'https://www.bls.gov/oes/' });
    expect(rt?.employment).toMatchObject({ value: 228000, vintage: '2024 (EP 2024–34)', sourceUrl: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm' });
    expect(rt?.projectedChangePct).toMatchObject({ value: 4.3, unit: 'pct' });
    expect(US_OUTLOOK['29-2032']?.projectedChangePct).toMatchObject({ value: 13 });
    expect(US_OUTLOOK['29-2032']?.medianHourlyWage).toMatchObject({ value: 46.44 });
    expect(US_OUTLOOK['29-2031']?.numericChange).toMatchObject({ value: 1900 });
    // The "EP 2025–35" figures read on a copy matched no BLS table; these are the EP 2024–34 ones.
    expect(US_OUTLOOK['29-2033']?.employment).toMatchObject({ value: 20000 });
    expect(US_OUTLOOK['29-1124']?.employment).toMatchObject({ value: 19200 });
    expect(US_OUTLOOK['29-1124']?.medianAnnualWage).toMatchObject({ value: 105310, vintage: 'OEWS May 2025, national' });
    expect(US_OUTLOOK['29-2035']?.annualOpenings).toMatchObject({ value: 2600, unit: 'openings/year' });
    for (const o of Object.values(US_OUTLOOK)) for (const f of [o.employment, o.medianAnnualWage, o.p10AnnualWage, o.p90AnnualWage]) expect(f.value === null ? '' : f.sourceUrl, o.soc).toMatch(/^https:\/\/www\.bls\.gov\//);
    expect(SHORTAGE_FACTS.find((s) => s.modality === 'ct' && s.fact.value !== null && s.fact.vintage === '2023 survey')?.fact.value).toBe(17.7);
    expect(pathway.HCPC.scrutinyFee.value).toBe(678.38);
    expect(pathway.MRPBA.englishThresholds.value).toBeNull();
  });

  it('joins a role profile: codes, outlook (or none) and shortage', () => {
    const ct = jobRoleProfile('ct-technologist');
    expect(ct?.usOutlook?.soc).toBe('29-2034');
    expect(ct?.outlookNote).toMatch(/all radiologic technologists/);
    expect(ct?.shortage.map((s) => s.fact.value)).toContain(17.7);
    expect(jobRoleProfile('radiologist-assistant')?.usOutlook).toBeNull();
    expect(jobRoleProfile('nope')).toBeUndefined();
    expect(findJobRole('sonographer')?.program).toBe('sonography');
  });

  it('covers every US state and DC, gb, ie, au and every Canadian province and territory', () => {
    expect(JURISDICTIONS.filter((j) => j.kind === 'us-state')).toHaveLength(51);
    expect(JURISDICTIONS.filter((j) => j.kind === 'ca-province')).toHaveLength(13);
    for (const c of ['gb', 'ie', 'au', 'us-tx', 'ca-on', 'ca-nu']) expect(findJurisdiction(c)).toBeDefined();
    for (const j of JURISDICTIONS.filter((x) => x.kind === 'ca-province')) expect(CANADA_PROVINCES[j.code], j.code).toBeDefined();
    expect(findJurisdiction('us')).toBeUndefined();
  });

  it('knows which state licences it can name, and says unconfirmed for the rest', () => {
    expect(radiographyLicensure('us-ny')).toMatchObject({ status: 'licence', credential: 'us-ny:radiography' });
    expect(radiographyLicensure('us-al').status).toBe('none');
    expect(radiographyLicensure('us-oh')).toEqual({ status: 'unconfirmed', evidence: null });
  });
});
