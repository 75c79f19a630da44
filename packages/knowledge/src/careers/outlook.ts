import { fig, unconfirmed, type SourcedFact } from './fact.js';

/**
 * US outlook and pay per occupation (workforce-data.md §1 and workforce-data-update.md §1–§6; the update wins
 * where they differ). No current-vintage figure could be read on bls.gov itself: every figure below is
 * SECONDARY (a third party quoting BLS) unless it says otherwise, and is labelled so wherever it is shown.
 *
 * Source S-GH1 of the update is a third-party transcription of the OOH whose repository URL was not captured;
 * its figures carry the bls.gov page they cite as `sourceUrl` and say so in their note.
 */
export interface UsOutlook {
  /** The occupation the figures describe (a role may share its occupation's figures). */
  readonly soc: string;
  readonly occupation: string;
  readonly employment: SourcedFact;
  readonly projectedChangePct: SourcedFact;
  readonly numericChange: SourcedFact;
  readonly annualOpenings: SourcedFact;
  readonly medianAnnualWage: SourcedFact;
  readonly medianHourlyWage: SourcedFact;
  readonly p10AnnualWage: SourcedFact;
  readonly p90AnnualWage: SourcedFact;
  readonly typicalEntryEducation: SourcedFact | { readonly text: string; readonly vintage: string; readonly sourceUrl: string; readonly confidence: 'official' | 'secondary' };
}

const GH1 = 'Read on a third-party transcription of the BLS OOH (source S-GH1 of the notes; its repository URL was not captured) that cites this bls.gov page. Check on bls.gov.';
const GH1_UNVERIFIED = `${GH1} The OEWS May 2025 / EP 2025–35 vintage is unverified.`;
const OOH_RT = 'https://www.bls.gov/ooh/healthcare/radiologic-technologists.htm';
const OOH_SONO = 'https://www.bls.gov/ooh/healthcare/diagnostic-medical-sonographers.htm';
const OOH_NMT = 'https://www.bls.gov/ooh/healthcare/nuclear-medicine-technologists.htm';
const OOH_RTT = 'https://www.bls.gov/ooh/healthcare/radiation-therapists.htm';
const OOH_OLD = 'https://www.bls.gov/OOH/healthcare/radiologic-technologists.htm';
const FERMAT = 'https://fermatmind.com/en/career/jobs/cardiovascular-technologists-and-technicians';

const notFound = (what: string, vintage: string): SourcedFact => unconfirmed(`${what} (${vintage}) was not found; take it from bls.gov`);

/** Outlook by SOC code. */
export const US_OUTLOOK: Readonly<Record<string, UsOutlook>> = {
  '29-2034': {
    soc: '29-2034',
    occupation: 'Radiologic Technologists and Technicians',
    employment: fig(228000, 'jobs', '2024 (EP 2024–34)', OOH_RT, 'secondary', GH1),
    projectedChangePct: fig(4, 'pct', 'EP 2024–34', OOH_RT, 'secondary', `${GH1} "Faster than average".`),
    numericChange: fig(9800, 'jobs', 'EP 2024–34', OOH_RT, 'secondary', GH1),
    annualOpenings: fig(15400, 'openings/year', 'EP 2024–34', 'https://www.mtsac.edu/radiologic/career.html', 'secondary', 'For the OOH group "Radiologic and MRI technologists" (29-2034 and 29-2035 together), quoting the BLS OOH.'),
    medianAnnualWage: fig(77660, 'USD', 'OEWS May 2024', OOH_RT, 'secondary', GH1),
    medianHourlyWage: notFound('The median hourly wage', 'OEWS May 2024'),
    p10AnnualWage: fig(52360, 'USD', 'OEWS May 2024', OOH_RT, 'secondary', GH1),
    p90AnnualWage: fig(106990, 'USD', 'OEWS May 2024', OOH_RT, 'secondary', GH1),
    typicalEntryEducation: { text: "Associate's degree", vintage: 'OOH edition with May 2017 wages', sourceUrl: OOH_OLD, confidence: 'official' },
  },
  '29-2035': {
    soc: '29-2035',
    occupation: 'Magnetic Resonance Imaging Technologists',
    employment: fig(43900, 'jobs', '2025 (EP 2025–35, unverified)', OOH_RT, 'secondary', GH1_UNVERIFIED),
    projectedChangePct: fig(8, 'pct', 'EP 2025–35 (unverified)', OOH_RT, 'secondary', `${GH1_UNVERIFIED} "Faster than average".`),
    numericChange: fig(3400, 'jobs', 'EP 2025–35 (unverified)', OOH_RT, 'secondary', GH1_UNVERIFIED),
    annualOpenings: notFound('Average annual openings for MRI technologists alone', 'EP 2024–34 or later'),
    medianAnnualWage: fig(95480, 'USD', 'OEWS May 2025 (unverified)', OOH_RT, 'secondary', GH1_UNVERIFIED),
    medianHourlyWage: fig(45.9, 'USD/hour', 'OEWS May 2025 (unverified)', OOH_RT, 'secondary', GH1_UNVERIFIED),
    p10AnnualWage: fig(68890, 'USD', 'OEWS May 2025 (unverified)', OOH_RT, 'secondary', GH1_UNVERIFIED),
    p90AnnualWage: fig(127670, 'USD', 'OEWS May 2025 (unverified)', OOH_RT, 'secondary', GH1_UNVERIFIED),
    typicalEntryEducation: { text: "Associate's degree", vintage: 'OOH edition with May 2017 wages', sourceUrl: OOH_OLD, confidence: 'official' },
  },
  '29-2032': {
    soc: '29-2032',
    occupation: 'Diagnostic Medical Sonographers',
    employment: fig(90000, 'jobs', '2024 (EP 2024–34)', OOH_SONO, 'secondary', GH1),
    projectedChangePct: fig(13, 'pct', 'EP 2024–34', OOH_SONO, 'secondary', `${GH1} "Much faster than average"; the same 13 % is quoted by https://climbtheladder.com/is-sonography-in-high-demand-job-outlook-and-salary.`),
    numericChange: fig(11700, 'jobs', 'EP 2024–34', OOH_SONO, 'secondary', GH1),
    annualOpenings: fig(5800, 'openings/year', 'EP 2024–34', 'https://climbtheladder.com/is-sonography-in-high-demand-job-outlook-and-salary', 'secondary', 'Quoted as "approximately 5,800".'),
    medianAnnualWage: fig(89340, 'USD', 'OEWS May 2024', OOH_SONO, 'secondary', GH1),
    medianHourlyWage: fig(42.95, 'USD/hour', 'OEWS May 2024', OOH_SONO, 'secondary', GH1),
    p10AnnualWage: fig(64760, 'USD', 'OEWS May 2024', OOH_SONO, 'secondary', GH1),
    p90AnnualWage: fig(123170, 'USD', 'OEWS May 2024', OOH_SONO, 'secondary', GH1),
    typicalEntryEducation: { text: "Associate's degree", vintage: 'EP 2024–34', sourceUrl: OOH_SONO, confidence: 'secondary' },
  },
  '29-2031': {
    soc: '29-2031',
    occupation: 'Cardiovascular Technologists and Technicians',
    employment: fig(64700, 'jobs', '2024 (EP 2024–34)', FERMAT, 'secondary', 'Given as "64.7k" in the source.'),
    projectedChangePct: fig(3, 'pct', 'EP 2024–34', FERMAT, 'secondary', 'Given as "3.0%".'),
    numericChange: fig(1900, 'jobs', 'EP 2024–34', FERMAT, 'secondary', 'Given as "+1.9k".'),
    annualOpenings: fig(3800, 'openings/year', 'EP 2024–34', FERMAT, 'secondary', 'Given as "3.8k".'),
    medianAnnualWage: fig(67260, 'USD', 'OEWS May 2024 (EP table)', FERMAT, 'secondary'),
    medianHourlyWage: notFound('The median hourly wage', 'OEWS May 2024'),
    p10AnnualWage: notFound('The 10th percentile', 'OEWS May 2024'),
    p90AnnualWage: notFound('The 90th percentile', 'OEWS May 2024'),
    typicalEntryEducation: { text: "Associate's degree", vintage: 'EP 2024–34', sourceUrl: FERMAT, confidence: 'secondary' },
  },
  '29-2033': {
    soc: '29-2033',
    occupation: 'Nuclear Medicine Technologists',
    employment: fig(17400, 'jobs', '2025 (EP 2025–35, unverified)', OOH_NMT, 'secondary', `${GH1_UNVERIFIED} The same figure appears for radiation therapists in that file; check.`),
    projectedChangePct: fig(4, 'pct', 'EP 2025–35 (unverified)', OOH_NMT, 'secondary', `${GH1_UNVERIFIED} "As fast as average".`),
    numericChange: fig(800, 'jobs', 'EP 2025–35 (unverified)', OOH_NMT, 'secondary', GH1_UNVERIFIED),
    annualOpenings: notFound('Average annual openings', 'EP 2024–34 or later'),
    medianAnnualWage: fig(101370, 'USD', 'OEWS May 2025 (unverified)', OOH_NMT, 'secondary', GH1_UNVERIFIED),
    medianHourlyWage: fig(48.74, 'USD/hour', 'OEWS May 2025 (unverified)', OOH_NMT, 'secondary', GH1_UNVERIFIED),
    p10AnnualWage: fig(78080, 'USD', 'OEWS May 2025 (unverified)', OOH_NMT, 'secondary', GH1_UNVERIFIED),
    p90AnnualWage: fig(134500, 'USD', 'OEWS May 2025 (unverified)', OOH_NMT, 'secondary', GH1_UNVERIFIED),
    typicalEntryEducation: {
      text: "Associate's degree in nuclear medicine technology",
      vintage: 'OOH 2012–13 edition',
      sourceUrl: 'https://cybercemetery.unt.edu/archive/oilspill/20121017152146/http://www.bls.gov/ooh/healthcare/nuclear-medicine-technologists.htm',
      confidence: 'official',
    },
  },
  '29-1124': {
    soc: '29-1124',
    occupation: 'Radiation Therapists',
    employment: fig(17400, 'jobs', '2025 (EP 2025–35, unverified)', OOH_RTT, 'secondary', GH1_UNVERIFIED),
    projectedChangePct: fig(3, 'pct', 'EP 2025–35 (unverified)', OOH_RTT, 'secondary', `${GH1_UNVERIFIED} "As fast as average".`),
    numericChange: fig(500, 'jobs', 'EP 2025–35 (unverified)', OOH_RTT, 'secondary', GH1_UNVERIFIED),
    annualOpenings: fig(900, 'openings/year', 'projection cycle not stated', 'https://singulariki.ryanjhunter.workers.dev/roles/role-29-1124-00', 'secondary', 'Quoted as "about 900 openings a year (+1.9% projected, BLS)"; weak source, vintage not stated.'),
    medianAnnualWage: fig(105310, 'USD', 'OEWS May 2025 (unverified)', OOH_RTT, 'secondary', GH1_UNVERIFIED),
    medianHourlyWage: fig(50.63, 'USD/hour', 'OEWS May 2025 (unverified)', OOH_RTT, 'secondary', GH1_UNVERIFIED),
    p10AnnualWage: notFound('Percentiles', 'OEWS May 2025'),
    p90AnnualWage: notFound('Percentiles', 'OEWS May 2025'),
    typicalEntryEducation: {
      text: "Associate's degree",
      vintage: 'OOH 2018–19 edition',
      sourceUrl: 'https://webharvest.gov/congress115th/20190109070422/https://www.bls.gov/ooh/healthcare/radiation-therapists.htm',
      confidence: 'official',
    },
  },
};

/** Radiologist assistants: no SOC code, no BLS figures; the only pay figure is an old survey. */
export const RADIOLOGIST_ASSISTANT_PAY = {
  current: unconfirmed('Current pay of radiologist assistants is not published by BLS (no SOC code) and was not found elsewhere'),
  historical: fig(80000, 'USD', 'ASRT 2007 wage survey (lower end of "$80,000–$100,000")', 'https://nexxt.com/articles/Enjoy-a-Promising-Career-as-a-Radiologist-Assistant-5536-article.html', 'secondary', 'Stale (2007); the range\'s upper end is 100,000. Do not present as current pay.'),
  historicalUpper: fig(100000, 'USD', 'ASRT 2007 wage survey (upper end)', 'https://nexxt.com/articles/Enjoy-a-Promising-Career-as-a-Radiologist-Assistant-5536-article.html', 'secondary', 'Stale (2007).'),
} as const;
