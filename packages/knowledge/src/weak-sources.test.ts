import { describe, expect, it } from 'vitest';
import { factLabel, type SourcedFact } from './careers/fact.js';
import { OCCUPATION_CODES } from './careers/occupation-codes.js';
import { RADIOLOGIST_ASSISTANT_PAY, US_OUTLOOK } from './careers/outlook.js';
import * as pathway from './careers/pathway-facts.js';
import { PROGRAM_TYPES } from './careers/program-types.js';
import { CANADA_PROVINCES, JURISDICTIONS, radiographyLicensure } from './careers/jurisdictions.js';
import { JOB_ROLES } from './careers/job-roles.js';
import { SHORTAGE_FACTS } from './careers/shortage.js';
import { confidenceWords } from './publishers.js';
import { ALL_RULES } from './rule-packs/packs.js';

/**
 * Hosts that are no body's own page: document-sharing sites (copies of unknown age), content farms and
 * Q&A sites, CE vendors, visa and law-firm blogs, job boards, a clone of the Texas code. A fact resting on
 * them alone is at best secondary, and every place that shows it says so in plain words.
 */
const WEAK_HOSTS = [
  'docstoc.com', 'paperzz.com', 'docsbay.net', 'docest.com', 'studylib.net', // document sharing
  'experts123.com', 'legalclarity.org', 'discovery.researcher.life', 'healthservicesdaily.com.au', 'cdn.auntminnie.com', // content farms, Q&A, news
  'scrubsce.com', 'gagece.com', 'aheconline.blog', // CE vendors
  'immigrantink.com', 'casemoose.in', 'envertiz.com', 'firstvisas.co.uk', 'bbs.fcgvisa.com', 'myvisaonline.zendesk.com', 'bdzlaw.com', 'prepareforcanada.com', // visa and law blogs
  'h1b.work', 'tucareers.com', 'startrightcareers.com', 'raise.me', 'directcollegeconnect.com', 'browardintern.com', // career and job boards
  'tac-clone.dsswtx.org', // a copy of the Texas Administrative Code
];
const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const weak = (url: string) => WEAK_HOSTS.includes(hostOf(url));

interface Cited {
  readonly sourceUrl: string;
  readonly confidence: 'official' | 'official-copy' | 'secondary' | 'unconfirmed';
}
const isCited = (v: unknown): v is Cited =>
  typeof v === 'object' && v !== null && 'sourceUrl' in v && typeof v.sourceUrl === 'string' && /^https?:/.test(v.sourceUrl) && 'confidence' in v;

/** Every sourced statement, figure and code of the careers knowledge (depth-first). */
function cited(v: unknown, out: Cited[] = [], seen = new Set<unknown>()): Cited[] {
  if (typeof v !== 'object' || v === null || seen.has(v)) return out;
  seen.add(v);
  if (isCited(v)) out.push(v);
  for (const x of Object.values(v)) cited(x, out, seen);
  return out;
}

const careers = cited({ JOB_ROLES, US_OUTLOOK, RADIOLOGIST_ASSISTANT_PAY, PROGRAM_TYPES, SHORTAGE_FACTS, pathway, CANADA_PROVINCES, OCCUPATION_CODES, licences: JURISDICTIONS.map((j) => radiographyLicensure(j.code)) });

describe('facts that rest on weak hosts', () => {
  it('finds them (the list is not stale)', () => {
    expect(careers.filter((c) => weak(c.sourceUrl)).length).toBeGreaterThan(10);
    expect(ALL_RULES.filter((r) => weak(r.sourceUrl)).length).toBeGreaterThan(2);
  });

  it('a careers fact, statement or code whose source is a weak host is never shipped as official, and its words say so', () => {
    for (const c of careers.filter((x) => weak(x.sourceUrl))) {
      expect(['official-copy', 'secondary', 'unconfirmed'], c.sourceUrl).toContain(c.confidence);
      const words = confidenceWords(c.confidence, c.sourceUrl);
      expect(words, c.sourceUrl).toMatch(c.confidence === 'unconfirmed' ? /^not confirmed here/ : /secondary source.*check before relying on it$/);
      // A figure's label, as the careers pages and the plan show it, carries the same words.
      if ('value' in c && 'unit' in c && (c as unknown as SourcedFact).value !== null) expect(factLabel(c as unknown as SourcedFact), c.sourceUrl).toMatch(/secondary source.*check before relying on it/);
    }
  });

  it('a rule read on a weak host is never official, and its words (as eligibility and verdicts quote them) say to check it', () => {
    for (const r of ALL_RULES.filter((x) => weak(x.sourceUrl))) {
      expect(['official-copy', 'secondary', 'unconfirmed'], r.id).toContain(r.confidence);
      if (r.confidence !== 'unconfirmed') expect(confidenceWords(r.confidence, r.sourceUrl), r.id).toMatch(/secondary source.*check before relying on it$/);
    }
  });
});
