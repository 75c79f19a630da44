import { said, type SourcedText } from './fact.js';

export * from './jurisdiction-list.js';

// ── US state licensure of radiography (credential-rules.md §5.1) ─────────────────────────────────────

export const STATE_LICENSURE_STATUSES = ['licence', 'none', 'unconfirmed'] as const;
export type StateLicensureStatus = (typeof STATE_LICENSURE_STATUSES)[number];

/** Whether a US state licenses a discipline, and on what evidence. */
export interface StateLicensure {
  readonly status: StateLicensureStatus;
  /** The licence's catalogue code, where Modality has one. */
  readonly credential?: string;
  readonly evidence: SourcedText | null;
}

const ASRT_MAP = 'https://www.asrt.org/promotions/licensure';
const NO_LICENCE_LIST = 'https://legalclarity.org/what-states-require-state-licensure-for-radiologic-technologist';
const NEW_LAWS = 'https://cdn.auntminnie.com/practice-management/medicolegal/article/15615091/2-us-states-adopt-technologist-licensure-laws';

/** The volatile part: ASRT says 37 states license radiography; no dated per-state list was read. */
export const US_LICENSURE_SUMMARY: SourcedText = said('37 states license radiography; fewer license the other disciplines', 'undated ASRT page', ASRT_MAP, 'official');

const RADIOGRAPHY_LICENCES: Readonly<Record<string, StateLicensure>> = {
  'us-ca': {
    status: 'licence',
    credential: 'us-ca:crt-diagnostic',
    evidence: said('Diagnostic CRT (CDPH Radiologic Health Branch, 17 CCR §§30440-30455)', 'O*NET licence database, from CDPH', 'https://www.onetonline.org/link/licenseinfo?id=06-297', 'official'),
  },
  'us-tx': {
    status: 'licence',
    credential: 'us-tx:mrt',
    evidence: said('Medical Radiologic Technologist licence (Texas Medical Board, since SB 202 of 2015)', '2015–', 'http://tmb.state.tx.us/page/resources-ce-for-NCT-Registry', 'official'),
  },
  'us-fl': {
    status: 'licence',
    credential: 'us-fl:radiographer',
    evidence: said('Certification by examination or by endorsement (DOH; Ch. 468 Part IV F.S.; Ch. 64E-3 F.A.C.)', 'undated', 'https://experts123.com/q/what-are-the-requirements-for-licensure.html', 'secondary'),
  },
  'us-ny': {
    status: 'licence',
    credential: 'us-ny:radiography',
    evidence: said('Licensed Radiologic Technologist (10 NYCRR Part 89; Public Health Law Art. 35)', 'current regulation', 'https://regs.health.ny.gov/content/section-8910-general-provisions', 'official'),
  },
  'us-ky': {
    status: 'licence',
    credential: 'us-ky:radiography',
    evidence: said('Kentucky Board of Medical Imaging and Radiation Therapy licence', 'current', 'https://kbmirt.ky.gov/continuing-education/Pages/default.aspx', 'official'),
  },
  'us-tn': { status: 'licence', evidence: said('Licensure law enacted (SB 899)', 'news report, undated', NEW_LAWS, 'secondary') },
  'us-nh': {
    status: 'licence',
    evidence: said('Licensure law enacted (SB 330), covering radiographers, RTTs, NMTs, MR technologists, RAs, limited operators and sonographers', 'news report, undated', NEW_LAWS, 'secondary'),
  },
};

const NO_LICENCE = ['us-al', 'us-ak', 'us-co', 'us-ga', 'us-id', 'us-mi', 'us-mo', 'us-ok', 'us-sd'];

/**
 * Whether `state` licenses radiographers: a licence Modality knows (with its catalogue code where there is
 * one), no licence (a third-party list, which may be out of date), or unconfirmed.
 *
 * @example
 * radiographyLicensure('us-ca').credential // 'us-ca:crt-diagnostic'
 * radiographyLicensure('us-oh').status // 'unconfirmed'
 */
export function radiographyLicensure(state: string): StateLicensure {
  const known = RADIOGRAPHY_LICENCES[state];
  if (known !== undefined) return known;
  if (NO_LICENCE.includes(state)) {
    return { status: 'none', evidence: said('No state licensure of radiologic technologists (third-party list; the list changes as states pass laws)', 'undated', NO_LICENCE_LIST, 'secondary') };
  }
  return { status: 'unconfirmed', evidence: null };
}

/**
 * Whether `state` licenses sonographers: only New Hampshire's new law is in the sources (SECONDARY); for every
 * other state it is unconfirmed.
 */
export function sonographyLicensure(state: string): StateLicensure {
  if (state === 'us-nh') return RADIOGRAPHY_LICENCES['us-nh'] ?? { status: 'unconfirmed', evidence: null };
  return { status: 'unconfirmed', evidence: null };
}

// ── Canada: who assesses internationally educated MRTs, and who regulates (credential-rules.md §6.2) ──

const CAMRT_IEMRT = 'https://www.camrt.ca/certification-4/internationally-educated-medical-radiation-technologists-iemrts/assessment-process/';

export interface ProvinceRoute {
  /** Who assesses an internationally educated MRT first. */
  readonly assessor: 'provincial-regulator' | 'regulator-then-camrt' | 'camrt';
  /** The provincial body's name where the sources give it. */
  readonly body: string | null;
  /** Whether the province regulates MRTs: the current list is UNCONFIRMED (six or seven provinces). */
  readonly regulates: SourcedText;
}

const SIX = 'https://assesshealthcareers.ca/magnetic-resonance-technologists/part-3-registration-process/';
const SEVEN = 'https://www.prepareforcanada.com/category/career-pathways/medical-radiation-technologist-career-pathways/';
const regulates = said('Regulates MRTs (listed by both third-party lists of six and of seven provinces)', 'undated', SIX, 'secondary');
const bcOnly = said('Regulation of MRTs is listed by one third-party source (seven provinces) and not by another (six) — not confirmed', 'undated', SEVEN, 'unconfirmed');
const notListed = said('Not listed as regulating MRTs by the third-party lists read (six or seven provinces); the current list is not confirmed', 'undated', SIX, 'unconfirmed');

/** The IEMRT route of each province and territory. */
export const CANADA_PROVINCES: Readonly<Record<string, ProvinceRoute>> = {
  'ca-on': { assessor: 'provincial-regulator', body: 'CMRITO (College of Medical Radiation and Imaging Technologists of Ontario)', regulates: said('Registration is required to practise', 'current', 'https://www.cmrito.org/applicants/', 'official') },
  'ca-ab': { assessor: 'provincial-regulator', body: 'ACMDTT', regulates },
  'ca-qc': { assessor: 'provincial-regulator', body: null, regulates },
  'ca-sk': { assessor: 'regulator-then-camrt', body: 'SAMRT', regulates },
  'ca-ns': { assessor: 'regulator-then-camrt', body: 'NSCMIRTP', regulates },
  'ca-nb': { assessor: 'camrt', body: null, regulates },
  'ca-bc': { assessor: 'camrt', body: null, regulates: bcOnly },
  'ca-mb': { assessor: 'camrt', body: null, regulates: notListed },
  'ca-pe': { assessor: 'camrt', body: null, regulates: notListed },
  'ca-nl': { assessor: 'camrt', body: null, regulates: notListed },
  'ca-yt': { assessor: 'camrt', body: null, regulates: notListed },
  'ca-nt': { assessor: 'camrt', body: null, regulates: notListed },
  'ca-nu': { assessor: 'camrt', body: null, regulates: notListed },
};

/** Where CAMRT describes the per-province IEMRT routes. */
export const CAMRT_IEMRT_URL = CAMRT_IEMRT;
