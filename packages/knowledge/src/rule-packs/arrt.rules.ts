import type { AnyRule, RulePack } from './rule.js';
import { VERIFIED_2026_11_26 as V, d, rule } from './define.js';

/**
 * ARRT: continuing education, renewal, probation, reinstatement, CQR and the primary and postprimary
 * pathways. Sources: /reference/credential-rules.md §1 and its update §2–§3, each URL beside its numbers.
 */
const CE_PAGE = 'https://www.arrt.org/pages/resources/maintaining-credentials/continuing-education';
const RENEWAL_PAGE = 'https://www.arrt.org/registration/annual-renewal';
const ANNUAL_RENEWAL = 'https://www.arrt.org/pages/resources/maintaining-credentials/annual-renewal';
const PRIMARY = 'https://www.arrt.org/earn-arrt-credentials/requirements/primary-requirements';
const SUPPORTING =
  'https://www.arrt.org/pages/earn-arrt-credentials/initial-requirements/postprimary-requirements/education-requirements-postprimary/supporting-category-requirements';
const STRUCTURED =
  'https://arrt.org/earn-arrt-credentials/requirements/education-requirements/education-requirements-postprimary/structured-education-requirements';
const CLINICAL =
  'http://www.arrt.org/pages/earn-arrt-credentials/initial-requirements/postprimary-requirements/education-requirements-postprimary/clinical-experience';

/** Every ARRT credential (primary, postprimary, R.R.A.). */
export const ARRT_CREDENTIALS = [
  'arrt:R', 'arrt:N', 'arrt:T', 'arrt:MR', 'arrt:S', 'arrt:VS',
  'arrt:CT', 'arrt:M', 'arrt:BD', 'arrt:VI', 'arrt:CI', 'arrt:BS', 'arrt:RRA',
] as const;

const base = { body: 'arrt', jurisdiction: 'us', verifiedAt: V } as const;
const all = ARRT_CREDENTIALS;

/** Primary-pathway credentials and the program discipline each needs. */
export const ARRT_PRIMARY_DISCIPLINES = {
  'arrt:R': 'radiography',
  'arrt:N': 'nuclear-medicine',
  'arrt:T': 'radiation-therapy',
  'arrt:MR': 'mri',
  'arrt:S': 'sonography',
  'arrt:VS': 'vascular-sonography',
} as const satisfies Record<string, string>;

const supporting = (credential: string, anyOf: readonly (readonly string[])[], extra = ''): AnyRule =>
  rule({
    ...base,
    id: `arrt.postprimary.supporting-category.${credential.slice(5).toLowerCase()}`,
    credentials: [credential],
    kind: 'supporting-credential',
    params: { credential, anyOf },
    summary: `${credential} by the postprimary pathway needs one of its supporting-category credentials${extra}`,
    effectiveFrom: d('2018-01-01'),
    effectiveTo: null,
    sourceUrl: SUPPORTING,
    confidence: 'official',
    note: 'effectiveFrom is the start of the full postprimary requirements (1 Jan 2018); the matrix may be older. Sonography supporters from ARDMS are taken as RDMS, RDCS or RVT.',
  });

const R = ['arrt:R'];
const NMT = [['arrt:N'], ['nmtcb:CNMT']] as const;
const T = ['arrt:T'];
const SONO = [['arrt:S'], ['ardms:RDMS'], ['ardms:RDCS'], ['ardms:RVT']] as const;

const structured = (credential: string, categories?: readonly string[]): AnyRule =>
  rule({
    ...base,
    id: 'arrt.postprimary.structured-education',
    credentials: [credential],
    kind: 'structured-education',
    params: { credential, hours: 16, perCategoryMin: 1, withinMonths: 24, ...(categories === undefined ? {} : { categories }) },
    summary: `${credential}: 16 hours of structured education, at least 1 credit in each content category, within the 24 months before applying`,
    effectiveFrom: d('2018-01-01'),
    effectiveTo: null,
    sourceUrl: STRUCTURED,
    ...(categories === undefined
      ? {
          note: 'The content categories of this discipline are not in the sourced material, so only the 16-hour total is checked.',
        }
      : { note: "Categories from ARRT's CT structured-education requirements effective 1 Jan 2016." }),
    confidence: 'official',
  });

const clinical = (credential: string, prefixes: readonly string[]): AnyRule =>
  rule({
    ...base,
    id: 'arrt.postprimary.clinical-experience',
    credentials: [credential],
    kind: 'clinical-window',
    params: { credential, withinMonths: 24, procedurePrefixes: prefixes },
    summary: `${credential}: clinical procedures performed no more than 24 months before the application (locked in once an exam window is assigned)`,
    effectiveFrom: d('2018-01-01'),
    effectiveTo: null,
    sourceUrl: CLINICAL,
    sourceUrls: ['https://www.arrt.org/pages/arrt-reference-documents/by-document-type/clinical-experience-requirements'],
    confidence: 'official',
    note: 'The required procedure counts are not confirmed for every discipline and are not encoded; the engine only requires documented procedures in the window.',
  });

export const ARRT_RULES: readonly AnyRule[] = [
  // ── Continuing education (biennial) ────────────────────────────────────────────────────────────
  rule({
    ...base,
    id: 'arrt.ce.biennium',
    credentials: all,
    kind: 'ce-cycle',
    params: { lengthMonths: 24, required: 24, unit: 'credits', anchor: { type: 'birth-month-biennium' }, carryOver: 0 },
    summary:
      '24 credits per biennium, however many ARRT credentials; the biennium runs from the first day of the birth month to the last day of the month before it two years later; no carry-over',
    effectiveFrom: d('1995-01-01'),
    effectiveTo: null,
    sourceUrl: CE_PAGE,
    sourceUrls: [RENEWAL_PAGE],
    confidence: 'official',
    note: 'effectiveFrom: mandatory CE dates from 1995 (official copy); amounts before the current page are not researched.',
  }),
  rule({
    ...base,
    id: 'arrt.ce.rra-credits',
    credentials: all,
    kind: 'ce-required-override',
    params: { whenHolding: ['arrt:RRA'], required: 50 },
    summary: 'R.R.A.s: 50 credits per biennium',
    effectiveFrom: d('1995-01-01'),
    effectiveTo: null,
    sourceUrl: CE_PAGE,
    confidence: 'official',
  }),
  rule({
    ...base,
    id: 'arrt.ce.sonography-minimum',
    credentials: all,
    kind: 'topic-minimum',
    params: { topic: 'sonography', match: { type: 'any-topic', topics: ['sonography', 'vascular-sonography', 'breast-sonography'] }, required: 16, whenHolding: ['arrt:S', 'arrt:VS', 'arrt:BS'], measure: 'credits', question: 'Does it relate directly to sonography?' },
    summary: 'Sonography credential holders: 16 of the 24 credits must relate directly to sonography',
    effectiveFrom: d('2024-09-01'),
    effectiveTo: null,
    sourceUrl: CE_PAGE,
    confidence: 'official',
    note: 'effectiveFrom is the revision date of the governing document (1 Sep 2024); the earlier start is not sourced. "Sonography credential holders" is read as holders of any ARRT sonography credential (S, VS, BS). The extension to other disciplines has no date (not confirmed) and is not encoded.',
  }),
  rule({
    ...base,
    id: 'arrt.ce.rra-category-a-plus',
    credentials: all,
    kind: 'topic-minimum',
    params: { topic: 'category-A+', match: { type: 'category', category: 'A+' }, required: 25, whenHolding: ['arrt:RRA'], measure: 'credits' },
    summary: 'R.R.A.s: at least 25 of the 50 credits must be Category A+',
    effectiveFrom: d('2024-09-01'),
    effectiveTo: null,
    sourceUrl: 'https://scrubsce.com/ce-for-mri-technologists',
    sourceUrls: ['https://scrubsce.com/radiology-tech-ce-credits-complete-guide-2'],
    confidence: 'secondary',
    note: "ARRT's own wording is not confirmed; a CE vendor states it. The vendor's \"35 discipline-specific\" is unexplained and not encoded.",
  }),
  rule({
    ...base,
    id: 'arrt.ce.category-a',
    credentials: all,
    kind: 'category-filter',
    params: { categories: ['A', 'A+'], alsoKinds: ['academic', 'acls', 'pals', 'structured-education'] },
    summary:
      'Only Category A or A+ credit counts (academic courses and ACLS/PALS are listed as Category A; structured-education activities also count toward biennial CE)',
    effectiveFrom: d('2008-01-01'),
    effectiveTo: null,
    sourceUrl: CE_PAGE,
    sourceUrls: [STRUCTURED],
    confidence: 'official',
    note: 'Category B stopped being accepted on 1 Jan 2008. CQR-prescribed CE counts only with a category ("most" prescribed CE counts).',
  }),
  rule({
    ...base,
    id: 'arrt.ce.academic-credit',
    credentials: all,
    kind: 'academic-conversion',
    params: { perSemesterCredit: 16, perQuarterCredit: 12 },
    summary: 'Relevant academic courses: 16 credits per semester credit, 12 per quarter credit',
    effectiveFrom: d('2008-01-01'),
    effectiveTo: null,
    sourceUrl: CE_PAGE,
    confidence: 'official',
  }),
  rule({
    ...base,
    id: 'arrt.ce.acls-pals',
    credentials: all,
    kind: 'activity-cap',
    params: { kinds: ['acls', 'pals'], maxCredits: 6, maxActivities: 1 },
    summary: 'ACLS or PALS: up to 6 credits, once per biennium',
    effectiveFrom: d('2008-01-01'),
    effectiveTo: null,
    sourceUrl: CE_PAGE,
    confidence: 'official',
    note: 'Read as one ACLS or PALS course per biennium, capped at 6 credits.',
  }),
  rule({
    ...base,
    id: 'arrt.ce.no-credit-for-credential',
    credentials: all,
    kind: 'ce-exclusion',
    params: { excludes: 'credential-earned' },
    summary: 'For bienniums starting after 1 Jan 2018 a newly earned credential is not CE; the approved activities behind it are',
    effectiveFrom: d('2018-01-01'),
    effectiveTo: null,
    sourceUrl: 'https://www.arrt.org/news/article/2019/08/12/arrt-has-revised-our-policy-regarding-ce-requirements',
    confidence: 'official',
  }),
  rule({
    ...base,
    id: 'arrt.ce.no-partial-credit',
    credentials: all,
    kind: 'ce-exclusion',
    params: { excludes: 'partial-attendance' },
    summary: 'No partial credit: a learner must attend all of an activity',
    effectiveFrom: d('2022-01-01'),
    effectiveTo: null,
    sourceUrl: 'https://www.arrt.org/news/article/2021/04/07/arrt-to-end-partial-continuing-education-ce-credit',
    confidence: 'official',
  }),
  // ── Renewal, probation, reinstatement ───────────────────────────────────────────────────────────
  rule({
    ...base,
    id: 'arrt.renewal.annual',
    credentials: all,
    kind: 'renewal',
    params: { everyMonths: 12, due: { type: 'end-of-birth-month' }, windowOpensMonthsBefore: 2, firstRegistrationMinMonths: 2 },
    summary:
      'Annual renewal, due on the last day of the birth month (11:59 p.m. CT); the window opens 2 months before the birth month; a first registration runs to the end of the next birth month, or the following one if that is less than 2 months away',
    effectiveFrom: d('2018-01-01'),
    effectiveTo: null,
    sourceUrl: ANNUAL_RENEWAL,
    sourceUrls: ['https://arrt.org/pages/contact/frequent-questions-registered/continuing-education-and-renewal-registered'],
    confidence: 'official',
  }),
  rule({
    ...base,
    id: 'arrt.ce.probation',
    credentials: all,
    kind: 'probation',
    params: { months: 6, retroactiveTo: 'cycle-end' },
    summary: 'Renewing without the CE done puts the person on CE probation: 6 months, retroactive to the end of the biennium',
    effectiveFrom: d('2018-01-01'),
    effectiveTo: null,
    sourceUrl: 'https://arrt.org/pages/resources/maintaining-credentials/ce-audits',
    sourceUrls: [ANNUAL_RENEWAL],
    confidence: 'official',
  }),
  rule({
    ...base,
    id: 'arrt.reinstatement',
    credentials: all,
    kind: 'reinstatement',
    params: { onlineMonthsAfterCycleEnd: 6, cqrGraceYears: 1 },
    summary:
      'Online reinstatement: within the biennium; or less than 6 months after its end (with probation if the CE is not done); or within 1 year after the CQR window closes. Otherwise by re-examination',
    effectiveFrom: d('2018-01-01'),
    effectiveTo: null,
    sourceUrl: 'https://www.arrt.org/pages/resources/maintaining-credentials/reinstatement',
    confidence: 'official',
  }),
  rule({
    ...base,
    id: 'arrt.cqr',
    credentials: all,
    kind: 'cqr',
    params: { earnedOnOrAfter: d('2011-01-01'), alwaysFor: ['arrt:RRA'], periodYears: 10, windowYears: 3 },
    summary: 'CQR for credentials earned on or after 1 Jan 2011 and for all R.R.A.s: every 10 years per credential, done in the last 3 years',
    effectiveFrom: d('2011-01-01'),
    effectiveTo: null,
    sourceUrl: 'https://www.arrt.org/pages/resources/maintaining-credentials/continuing-qualifications-requirements',
    sourceUrls: ['https://www.arrt.org/pages/contact/frequent-questions-registered/continuing-qualifications-requirements-registered'],
    confidence: 'official',
    note: 'The 10-year period is counted from the day the credential was earned. SSA question counts and prescription sizes come from secondary sources or are not confirmed and not encoded.',
  }),
  // ── Primary pathway ─────────────────────────────────────────────────────────────────────────────
  rule({
    ...base,
    id: 'arrt.primary.program',
    credentials: Object.keys(ARRT_PRIMARY_DISCIPLINES),
    kind: 'program-requirement',
    params: { disciplines: Object.values(ARRT_PRIMARY_DISCIPLINES), approvers: ['arrt'] },
    summary: 'An ARRT-approved educational program in the same discipline as the credential; work experience does not replace it',
    effectiveFrom: d('2015-01-01'),
    effectiveTo: null,
    sourceUrl: PRIMARY,
    sourceUrls: ['https://www.arrt.org/earn-arrt-credentials/how-to-apply/international-Inquiries'],
    confidence: 'official',
    note: 'A program counts when its approvedBy lists "arrt". The complete primary discipline list is not confirmed (5 or 6); the six of the contract are encoded.',
  }),
  rule({
    ...base,
    id: 'arrt.primary.degree',
    credentials: Object.keys(ARRT_PRIMARY_DISCIPLINES),
    kind: 'degree-requirement',
    params: {
      awards: ['associate', 'bachelor', 'master', 'doctorate'],
      forProgramsCompletedOnOrAfter: d('2015-01-01'),
      recognisedCountries: ['AU', 'CA', 'GB'],
      homeCountry: 'US',
    },
    summary:
      'An associate degree or higher, in any subject, earned before the exam, for programs completed on or after 1 Jan 2015; degrees from Australia, Canada and Great Britain count, other foreign degrees need an AICE/NACES evaluation',
    effectiveFrom: d('2015-01-01'),
    effectiveTo: null,
    sourceUrl: 'https://www.arrt.org/pages/contact/frequent-questions-registered/primary-certification-registration',
    sourceUrls: [
      'https://www.arrt.org/earn-arrt-credentials/requirements/primary-requirements/education-requirements-primary/arrt-recognized-accreditation-agencies',
      'https://www.arrt.org/earn-arrt-credentials/how-to-apply/international-Inquiries',
    ],
    confidence: 'official',
    note: 'The per-accreditor recognition dates are not confirmed and not encoded. An AICE/NACES evaluation cannot be recorded in a person record v1, so other foreign degrees are reported as missing it.',
  }),
  rule({
    ...base,
    id: 'arrt.primary.degree-timing',
    credentials: Object.keys(ARRT_PRIMARY_DISCIPLINES),
    kind: 'degree-timing',
    params: { withinYearsAfterProgram: 3 },
    summary: 'From 1 Jan 2025 (Rules & Regulations §2.03): the degree must be earned, and the exam application submitted, within 3 years after finishing the professional component',
    effectiveFrom: d('2025-01-01'),
    effectiveTo: null,
    sourceUrl: 'https://arrt.org/pages/reminders-for-the-2024-2025-school-year-fall2024',
    confidence: 'official',
  }),
  rule({
    ...base,
    id: 'arrt.primary.eligibility-window',
    credentials: Object.keys(ARRT_PRIMARY_DISCIPLINES),
    kind: 'eligibility-window',
    params: { years: 5 },
    summary: 'Graduates before 1 Jan 2013 had 5 years after completing the program to establish eligibility',
    effectiveFrom: d('1900-01-01'),
    effectiveTo: d('2012-12-31'),
    sourceUrl: 'https://www.arrt.org/students-of-the-profession/requirements/education/three-year-rule',
    confidence: 'official',
    note: 'The version is chosen by the program completion date. effectiveFrom is open-ended (the rule governs all earlier graduates).',
  }),
  rule({
    ...base,
    id: 'arrt.primary.eligibility-window',
    credentials: Object.keys(ARRT_PRIMARY_DISCIPLINES),
    kind: 'eligibility-window',
    params: { years: 3 },
    summary: '3 years after completing the program to establish eligibility (application, ethics review, an assigned exam window); otherwise requalify',
    effectiveFrom: d('2013-01-01'),
    effectiveTo: null,
    sourceUrl: 'https://www.arrt.org/students-of-the-profession/requirements/education/three-year-rule',
    confidence: 'official',
    note: 'The version is chosen by the program completion date.',
  }),
  rule({
    ...base,
    id: 'arrt.exam.attempts',
    credentials: all,
    kind: 'attempt-limit',
    params: { attempts: 3, years: 3 },
    summary: 'Three attempts within three years from the start of the first exam window; state-licensing attempts count',
    effectiveFrom: d('2017-01-01'),
    effectiveTo: null,
    sourceUrl: 'https://www.arrt.org/pages/resources/exam-information/after-the-exam/three-attempts-in-three-years',
    sourceUrls: ['https://arrt.org/news/article/2017/01/10/scheduling-an-exam-soon-you-ll-have-365-days-to-do-so'],
    confidence: 'official',
    note: 'effectiveFrom: the 365-day exam windows (1 Jan 2017) are the earliest date this page is known in force.',
  }),
  // ── Postprimary pathway ─────────────────────────────────────────────────────────────────────────
  supporting('arrt:CT', [R, ...NMT, T]),
  supporting('arrt:MR', [R, ...NMT, T, ...SONO]),
  supporting('arrt:BD', [R, ...NMT, T]),
  supporting('arrt:VS', [R, ...NMT, T, ...SONO]),
  supporting('arrt:M', [R]),
  supporting('arrt:CI', [R]),
  supporting('arrt:VI', [R]),
  supporting('arrt:BS', [['arrt:R', 'arrt:M'], ...SONO], ' (from Radiography it also needs Mammography)'),
  supporting('arrt:RRA', [R]),
  structured('arrt:CT', ['Patient Care', 'Safety', 'Image Production', 'Procedures']),
  structured('arrt:MR'),
  structured('arrt:M'),
  structured('arrt:BD'),
  structured('arrt:VI'),
  structured('arrt:CI'),
  structured('arrt:BS'),
  structured('arrt:VS'),
  clinical('arrt:CT', ['ct']),
  clinical('arrt:MR', ['mri', 'mr']),
  clinical('arrt:M', ['mammography']),
  clinical('arrt:BD', ['bone-densitometry', 'bd']),
  clinical('arrt:VI', ['vascular-interventional', 'vi']),
  clinical('arrt:CI', ['cardiac-interventional', 'ci']),
  clinical('arrt:BS', ['breast-sonography', 'bs']),
  clinical('arrt:VS', ['vascular-sonography', 'vs']),
  rule({
    ...base,
    id: 'arrt.renewal.supporting-category',
    credentials: ['arrt:CT', 'arrt:M', 'arrt:BD', 'arrt:VI', 'arrt:CI', 'arrt:BS'],
    kind: 'prerequisite-credential',
    params: { anyOf: ['arrt:R', 'arrt:N', 'arrt:T', 'arrt:S', 'nmtcb:CNMT', 'ardms:RDMS', 'ardms:RDCS', 'ardms:RVT'] },
    summary: 'To renew a postprimary credential the person must stay registered in at least one of its supporting categories',
    effectiveFrom: d('2018-01-01'),
    effectiveTo: null,
    sourceUrl: RENEWAL_PAGE,
    confidence: 'official',
    note: 'Checked against the credential\'s own supporting matrix (arrt.postprimary.supporting-category.*).',
  }),
];

export const ARRT_PACK: RulePack = { id: 'arrt', title: 'ARRT', rules: ARRT_RULES };
