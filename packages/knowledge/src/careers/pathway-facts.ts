import { fig, said, unconfirmed, type SourcedFact, type SourcedText } from './fact.js';

/**
 * The facts behind pathway steps that are not rules of the rules engine: processing times, fees, English
 * requirements, visa routes (credential-rules.md §5–§7 and its update §8; product-landscape.md §3c).
 * The planner reads durations and costs only from here; a missing one is `null` with a warning.
 */

// ── United Kingdom: HCPC international route ───────────────────────────────────────────────────────
const HCPC_FEES = 'https://www.hcpc-uk.org/registration/your-registration/fees-and-tax/changes-to-our-registration-fees';
export const HCPC = {
  route: said(
    'International route, for people trained outside the UK: the application is assessed against the HCPC Standards of Proficiency; HCPC contacts the education provider and the competent authority directly; non-English documents need certified translations',
    'current',
    'https://www.hcpc-uk.org/registration/getting-on-the-register/international-applications/how-to-apply/',
    'official',
  ),
  processing: said(
    'Initial processing (including background checks) within 4 weeks; the whole process about 60 working days from a complete application',
    'current',
    'https://www.hcpc-uk.org/registration/getting-on-the-register/international-applications/how-to-apply/',
    'official',
  ),
  durationMinMonths: fig(3, 'months', 'undated', 'https://www.sor.org/learning-advice/career-development/international-recruitment/working-in-the-united-kingdom-(uk)', 'official', 'Society of Radiographers: the international route takes about 3–4 months.'),
  durationMaxMonths: fig(4, 'months', 'undated', 'https://www.sor.org/learning-advice/career-development/international-recruitment/working-in-the-united-kingdom-(uk)', 'official', 'Society of Radiographers: about 3–4 months; a 2018 blog: about 4 weeks before processing plus 60 working days (about 4 months).'),
  scrutinyFee: fig(678.38, 'GBP', 'from 29 Apr 2025', HCPC_FEES, 'official', 'International scrutiny fee, one-off, non-refundable.'),
  registrationFee: fig(123.34, 'GBP', 'from 29 Apr 2025', HCPC_FEES, 'official', 'Per year; paid every two years at renewal.'),
  entryThreshold: said("Entry threshold for radiographers: a bachelor's degree with honours", 'undated', 'https://www.envertiz.com/hcpc-registration', 'secondary'),
  gaps: said(
    'An applicant whose training is not found substantially equivalent may need further training or supervised practice',
    'undated',
    'https://www.casemoose.in/news/your-complete-guide-to-hcpc-registration-for-radiographers',
    'secondary',
    "HCPC's own wording is not confirmed.",
  ),
  english: said(
    'IELTS 7.0 with no element below 6.5; OET accepted from 29 Jan 2025',
    'HCPC language requirements; from 29 Jan 2025 for OET',
    'https://hcpc-uk.org/education/insight-from-our-assessments/language-requirements-in-admissions',
    'official',
    "HCPC's TOEFL iBT score is not confirmed here; see HCPC's English language page.",
  ),
  englishList: said(
    'From 29 Jan 2025: a primary qualification gained in a country on HCPC\'s qualifying-countries list is evidence of English; self-declaration is no longer accepted. The list includes Australia, Canada and Ireland',
    'applications submitted and paid from 29 Jan 2025',
    'https://prod.hcpc-uk.org/news-and-events/news/2024/new-english-language-requirements-for-international-applicants-to-come-into-effect-in-2025',
    'official',
    'Whether the USA itself is listed is not confirmed (the copies end before "United States"); the rest of the list was not read.',
  ),
} as const;

/** Countries confirmed on HCPC's English qualifying-countries list (the rest of the list is not confirmed). */
export const HCPC_ENGLISH_CONFIRMED_COUNTRIES: readonly string[] = ['AU', 'CA', 'IE'];

export const UK_VISA = said(
  'Health and Care Worker visa: medical radiographers (SOC 2010 code 2217) are eligible; a certificate of sponsorship from an approved sponsor; reduced fees; no immigration health surcharge; English at B1',
  'undated',
  'http://firstvisas.co.uk/skilled-worker-health-and-care-visa.php',
  'secondary',
  'Visa fees and processing times are not confirmed here.',
);

// ── Ireland: CORU ──────────────────────────────────────────────────────────────────────────────────
export const CORU = {
  recognition: said(
    'The international qualification must first be recognised by the Radiographers Registration Board; the applicant must be entitled to practise in the country that awarded it; qualifications and experience are assessed against the Standards of Proficiency',
    'current',
    'https://coru.ie/news/news-for-the-public/corus-top-tips-for-applying-to-have-your-international-qualification-recognised.html',
    'official',
  ),
  compensation: said(
    'Case-by-case assessment under Directive 2005/36/EC; compensation measures apply if deficits are found',
    '2013 parliamentary answer',
    'https://www.oireachtas.ie/en/debates/question/2013-10-22/495/',
    'official',
    'The types of compensation measure (adaptation period / aptitude test) and the fees are not confirmed.',
  ),
  register: said('"Radiographer" and "Radiation Therapist" are protected titles; registration is mandatory after 31 Oct 2015', '2015–', 'http://www.iirrt.ie/faq', 'official'),
  eea: said('Applicants with EEA rights under Directive 2005/36/EC have a separate route, with CORU as competent authority', 'undated', 'http://www.iirrt.ie/faq', 'official'),
  fee: unconfirmed('CORU recognition and registration fees are not confirmed here'),
  duration: unconfirmed('How long CORU recognition takes is not confirmed here'),
} as const;

// ── Australia: MRPBA / Ahpra and the ASMIRT skills assessment ──────────────────────────────────────
const ASMIRT = 'https://myvisaonline.zendesk.com/hc/en-us/articles/360023045713-ASMIRT-FAQ';
export const MRPBA = {
  overseas: said(
    'Overseas-qualified applicants use form AGOS-91 and are assessed against the Board-approved qualification criteria; registration and a visa are separate processes',
    'current',
    'https://www.medicalradiationpracticeboard.gov.au/Registration/Overseas-qualified-practitioners.aspx',
    'official',
  ),
  standards: said(
    'Also assessed against the registration standards: criminal history (international check since 4 Feb 2015), English, professional indemnity insurance, recency of practice',
    'current',
    'https://www.medicalradiationpracticeboard.gov.au/Registration/Overseas-qualified-practitioners/Assessing-qualifications.aspx',
    'official',
  ),
  recency: said('Recency of practice: at least 450 hours in the previous 3 years', 'in force since 1 Dec 2016', 'https://medicalradiationpracticeboard.gov.au/Registration/rop.aspx', 'official'),
  englishThresholds: unconfirmed('The MRPBA English-language thresholds are not confirmed here'),
  supervisedPractice: unconfirmed('Whether overseas applicants may be given supervised practice, conditions or an exam is not confirmed here'),
  fee: unconfirmed('Ahpra/MRPBA application and registration fees are not confirmed here'),
  duration: unconfirmed('How long MRPBA registration of an overseas applicant takes is not confirmed here'),
  skillsAssessment: said('ASMIRT migration skills assessment, separate from registration', '2019', ASMIRT, 'secondary'),
  skillsAssessmentMaxWeeks: fig(16, 'weeks', '2019', ASMIRT, 'secondary', 'Takes "up to 16 weeks".'),
  skillsAssessmentFeeOverseas: fig(883, 'AUD', '2019', ASMIRT, 'secondary', 'Applicant overseas.'),
  skillsAssessmentFeeResident: fig(970, 'AUD', '2019', ASMIRT, 'secondary', 'Applicant resident in Australia.'),
} as const;

// ── Canada: CAMRT and the provinces ────────────────────────────────────────────────────────────────
export const CAMRT = {
  assessment: said(
    'Internationally educated MRTs are assessed for language, substantial similarity of qualifications and work experience before the CAMRT exam; a signed IEMRT Applicant Document Checklist is mandatory from 1 Jan 2025',
    'current (checklist from 1 Jan 2025)',
    'https://www.camrt.ca/certification-4/internationally-educated-medical-radiation-technologists-iemrts/assessment-process/',
    'official',
  ),
  usAreIemrts: said('Anyone who completed their MRT program outside Canada is an IEMRT, so US-educated R.T.s are IEMRTs', 'current', 'https://nbamrt.ca/index.php?page=internationally-educated-medical-radiation-technologists-iemrt-2', 'official'),
  assessmentFee: fig(300, 'CAD', 'undated', 'http://bbs.fcgvisa.com/t/topic/30156', 'secondary', 'CAMRT IEMRT assessment fee, "about CAD 300".'),
  exam: said('CAMRT national certification exam (radiological technology, nuclear medicine, magnetic resonance, radiation therapy)', 'current', 'https://www.cmrito.org/applicants/ontario-graduates/', 'official'),
  examFee: unconfirmed('The CAMRT exam fee is not confirmed here'),
  duration: unconfirmed('How long the CAMRT assessment takes is not confirmed here'),
  languageThresholds: unconfirmed('CAMRT language-proficiency thresholds are not confirmed here'),
  acmdttApplicationFee: fig(100, 'CAD', 'current', 'https://acmdtt.com/applicants/general-registration/internationally-educated-applicants/', 'official', 'ACMDTT (Alberta) application fee for internationally educated applicants.'),
  acmdttAssessmentFee: fig(300, 'CAD', 'current', 'https://acmdtt.com/applicants/general-registration/internationally-educated-applicants/', 'official', 'ACMDTT assessment fee, per specialty.'),
  cmrito: said(
    'A Registration Committee panel decides whether the education is "substantially similar" to an approved Ontario program (Recognition of Prior Learning); the CAMRT exams are the only approved written exams; a jurisprudence course is required',
    'current',
    'https://cmrto.microsoftcrmportals.com/applicants/international-applicants/cmrito-registration-assessment-process',
    'official',
  ),
} as const;

export const CANADA_VISA = said(
  'Express Entry healthcare category draws include NOC 32121 (medical radiation technologists) and 32122 (sonographers)',
  'undated',
  'https://immigrantink.com/express-entry-a-guide-to-healthcare-occupations-in-category-based-draws/',
  'secondary',
  'Immigration fees and processing times are not confirmed here.',
);

// ── United States: internationally educated candidates, visas, state licences ──────────────────────
export const ARRT_INTERNATIONAL = said(
  'The same requirements apply to everyone: an associate degree or higher (degrees from Australia, Canada and Great Britain count; other foreign degrees if evaluated and approved by an AICE and/or NACES member) and an ARRT-approved educational program — no exceptions; work experience is not accepted in place of an approved program',
  'current',
  'https://www.arrt.org/earn-arrt-credentials/how-to-apply/international-Inquiries',
  'official',
);

export const US_VISA = said(
  'H-1B needs a bachelor-level "specialty occupation"; TN for radiologic technologists is contested (Henry Ford v. USCIS); EB-3 is the common route',
  'undated',
  'https://bdzlaw.com/nafta-tn-blog/do-radiologic-technologists-qualify-for-a-tn-visa-lawsuit-attempts-to-convince-court-they-do',
  'secondary',
  'Visa fees and processing times are not confirmed here.',
);

export const STATE_LICENCE_FACTS: Readonly<Record<string, { readonly requirement: SourcedText; readonly fee: SourcedFact }>> = {
  'us-ca': {
    requirement: said(
      'An RHB-approved California school or current ARRT certification in radiography or radiation therapy; an ARRT exam pass is accepted in place of the state exam; application per category, renewal every 2 years',
      'O*NET licence database, from CDPH',
      'https://www.onetonline.org/link/licenseinfo?id=06-297',
      'official',
    ),
    fee: fig(112, 'USD', 'O*NET licence database, from CDPH (undated)', 'https://www.onetonline.org/link/licenseinfo?id=06-297', 'official', 'Application fee per category.'),
  },
  'us-ny': {
    requirement: said(
      'A program registered with DOH or SED or with an approved accreditor; the ARRT or NMTCB exam passed at 75 %; age 18 or over; good moral character',
      'current regulation (§89.10)',
      'https://regs.health.ny.gov/content/section-8910-general-provisions',
      'official',
    ),
    fee: fig(120, 'USD', 'current regulation (§89.10)', 'https://regs.health.ny.gov/content/section-8910-general-provisions', 'official', 'Licence fee; registration is a further $20 per year.'),
  },
  'us-fl': {
    requirement: said(
      'Certification by examination (age 18+, good moral character, a 2-year accredited program) or by endorsement',
      'undated',
      'https://experts123.com/q/what-are-the-requirements-for-licensure.html',
      'secondary',
    ),
    fee: unconfirmed('Florida: the exam application fee is $50 plus a testing charge that is not confirmed here (64E-3.001, official copy); the endorsement fee is $45'),
  },
  'us-tx': {
    requirement: said('Medical Radiologic Technologist licence from the Texas Medical Board (which took over the program from the Department of State Health Services under Senate Bill 202); what a first application needs is not confirmed here', '2015–', 'http://tmb.state.tx.us/page/resources-ce-for-NCT-Registry', 'official'),
    fee: unconfirmed('The Texas initial MRT application fee is not confirmed here (the renewal fee is $66, from a secondary source)'),
  },
  'us-ky': {
    requirement: said('Kentucky medical imaging technologist licence (KBMIRT); what a first application needs is not confirmed here', 'current', 'https://kbmirt.ky.gov/continuing-education/Pages/default.aspx', 'official'),
    fee: unconfirmed('The Kentucky licence fee is not confirmed here'),
  },
};

export const MQSA = said(
  'Federal MQSA initial qualification for mammographers: ARRT or ARCRT certification or a state general-radiography licence; 40 hours of mammography training; 25 mammography examinations under direct supervision; 8 hours of training per mammographic modality (e.g. digital)',
  'revised 22 May 2024',
  'https://testsupport.acr.org/support/solutions/articles/11000049779-radiologic-technologist-mammography-revised-05-22-2024-',
  'official',
);

export const ARMRIT_ROUTE = said(
  'ARMRIT: another imaging or allied-health credential plus at least 1,000 hours of documented MRI clinical experience (one of four eligibility routes)',
  'undated',
  'https://www.cool.army.mil/search/CERT_MRIT193.htm',
  'secondary',
);

export const ARRT_RENEWAL_FEE = fig(30, 'USD', 'current', 'https://www.arrt.org/pages/resources/maintaining-credentials/annual-renewal', 'official', 'Annual renewal, first discipline; $15 for each additional one.');
export const ARRT_EXAM_FEE = unconfirmed('ARRT examination fees are not confirmed here');
export const ARDMS_EXAM_FEE = unconfirmed('ARDMS examination fees are not confirmed here; the $100 per exam is only the processing fee kept when an applicant is found ineligible (older page)');
export const NMTCB_CNMT_FEE = fig(200, 'USD', 'from 1 Jul 2023', 'https://nmtcb.org/faqs/certification', 'official', 'CNMT exam application fee, from an NMTCB announcement.');
export const NMTCB_CT_FEE = fig(225, 'USD', 'from 1 Jul 2023', 'https://nmtcb.org/exams/computed-tomography', 'official', 'NMTCB(CT) application fee.');
