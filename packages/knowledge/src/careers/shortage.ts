import { fig, unconfirmed, type SourcedFact } from './fact.js';

/**
 * Shortage evidence (workforce-data.md §4; registers from workforce-data-update.md §9). Cited facts: a
 * number, its vintage and where it was read. The publishers' reports are copyrighted; link, don't copy.
 */
export interface ShortageFact {
  readonly region: 'US' | 'GB' | 'CA' | 'AU';
  /** A modality (`radiography`, `ct` …) or a broader group (`diagnostic-radiography`, `all`). */
  readonly modality: string;
  readonly indicator: 'vacancy-rate' | 'shortfall' | 'vacancies-filled' | 'registrants' | 'positions' | 'statement';
  readonly fact: SourcedFact;
  readonly publisher: string;
  readonly statement?: string;
}

const ASRT_2023 = 'https://asrt.org/main/news-publications/news/article/2023/05/08/asrt-staffing-survey-shows-increase-in-medical-imaging-vacancy-rates-aligning-with-overall-health-care-profession-trends';
const ASRT_NOTE = 'ASRT Radiologic Sciences Staffing and Workplace Survey: unfilled positions being actively recruited. 2023: 490 replies of 23,536 managers e-mailed (2.1 % response).';

const asrt = (modality: string, value: number): ShortageFact => ({
  region: 'US',
  modality,
  indicator: 'vacancy-rate',
  fact: fig(value, 'pct', '2023 survey', ASRT_2023, 'official', ASRT_NOTE),
  publisher: 'ASRT',
});
const asrt2021 = (modality: string, value: number): ShortageFact => ({
  region: 'US',
  modality,
  indicator: 'vacancy-rate',
  fact: fig(value, 'pct', '2021 survey', ASRT_2023, 'official', 'Earlier survey, reported on the same ASRT page.'),
  publisher: 'ASRT',
});

export const SHORTAGE_FACTS: readonly ShortageFact[] = [
  // United States: ASRT vacancy rates by modality
  asrt('radiography', 18.1),
  asrt('cardiovascular-interventional', 18.6),
  asrt('ct', 17.7),
  asrt('sonography', 16.7),
  asrt('mri', 16.2),
  asrt('nuclear-medicine', 14.5),
  asrt('mammography', 13.6),
  asrt('bone-densitometry', 6.9),
  asrt2021('radiography', 6.2),
  asrt2021('cardiovascular-interventional', 7.1),
  asrt2021('ct', 8.7),
  asrt2021('sonography', 6.9),
  asrt2021('mri', 8.7),
  asrt2021('nuclear-medicine', 4.2),
  asrt2021('mammography', 4.3),
  asrt2021('bone-densitometry', 3.8),
  { region: 'US', modality: 'radiation-therapy', indicator: 'vacancy-rate', fact: unconfirmed('The ASRT vacancy rate for radiation therapy was not found'), publisher: 'ASRT' },
  // United Kingdom
  {
    region: 'GB',
    modality: 'diagnostic-radiography',
    indicator: 'vacancy-rate',
    fact: fig(10.5, 'pct', 'census of 1 Nov 2020', 'https://www.sor.org/news/college-of-radiographers/radiography-census-highlights-staff-bravery-amid-w', 'official', 'England 10 %, Northern Ireland 7.1 %, Scotland 8 %. Later censuses (2022–2024) not found.'),
    publisher: 'Society and College of Radiographers',
  },
  {
    region: 'GB',
    modality: 'therapeutic-radiography',
    indicator: 'vacancy-rate',
    fact: fig(7.1, 'pct', 'census of 1 Nov 2019', 'https://sor.org/news/government-nhs/nhs-radiotherapy-radiographic-workforce-is-largest', 'official', 'NHS; England 7.2 %, Wales/NI 10.0 %, Scotland 3.1 %. The 2023 rate itself is not confirmed.'),
    publisher: 'Society and College of Radiographers',
  },
  {
    region: 'GB',
    modality: 'radiology-consultants',
    indicator: 'shortfall',
    fact: fig(29, 'pct', 'Sep/Oct 2024 census', 'https://www.rcr.ac.uk/news-policy/latest-updates/2024-workforce-census-reports-lay-bare-the-challenges-facing-radiology-and-clinical-oncology', 'official', 'Consultant radiologists (not radiographers); forecast 39 % by 2029.'),
    publisher: 'Royal College of Radiologists',
  },
  {
    region: 'GB',
    modality: 'radiography',
    indicator: 'registrants',
    fact: fig(48193, 'persons', 'HCPC registrant snapshot, January 2025', 'https://www.hcpc-uk.co.uk/resources/data/2025/registrant-snapshot-january-2025', 'official', 'Diagnostic and therapeutic radiographers together; 12,684 registered by the international route.'),
    publisher: 'HCPC',
  },
  // Canada
  {
    region: 'CA',
    modality: 'all',
    indicator: 'vacancy-rate',
    fact: unconfirmed('Vacancy rates by discipline for Canadian MRTs were not found; CAMRT says vacancy rates "have exponentially increased, and in some cases tripled"'),
    publisher: 'CAMRT',
    statement: '"vacancy rates have exponentially increased, and in some cases tripled" (CAMRT HHR data, J Med Imaging Radiat Sci 2024, https://pubmed.ncbi.nlm.nih.gov/38735772)',
  },
  {
    region: 'CA',
    modality: 'all',
    indicator: 'positions',
    fact: fig(25000, 'count', 'Canadian Medical Imaging Inventory 2022–2023', 'https://discovery.researcher.life/article/canadian-medical-imaging-inventory-2022-2023-the-medical-imaging-team/96b2a1cf1dee3c578d2975622634386a', 'secondary', 'About 25,000 MRT positions across all provinces and territories (abstract).'),
    publisher: 'CADTH (Canadian Medical Imaging Inventory)',
  },
  // Australia
  {
    region: 'AU',
    modality: 'diagnostic-radiography',
    indicator: 'statement',
    fact: unconfirmed('No vacancy rate; diagnostic radiographers and radiation therapists are listed among health professions in shortage (OSL year not shown, probably 2024)'),
    publisher: 'Jobs and Skills Australia',
    statement: 'Diagnostic radiographers and radiation therapists listed in shortage (https://healthservicesdaily.com.au/which-health-professions-are-in-perpetual-shortage/20681, from a secondary source)',
  },
  {
    region: 'AU',
    modality: 'diagnostic-radiography',
    indicator: 'vacancies-filled',
    fact: fig(69, 'pct', 'June 2017, Queensland', 'https://docest.com/doc/644130/medical-diagnostic-radiographer-queensland', 'secondary', 'Regional shortage: metro 83 %, regional 25 % of vacancies filled.'),
    publisher: 'Department of Employment',
  },
  {
    region: 'AU',
    modality: 'sonography',
    indicator: 'vacancies-filled',
    fact: fig(17, 'pct', 'May 2017, ACT', 'https://docsbay.net/sonographer-australian-capital-territory', 'secondary', 'Shortage; 89 active sonographers in the ACT.'),
    publisher: 'Department of Employment',
  },
  {
    region: 'AU',
    modality: 'medical-radiation-practice',
    indicator: 'registrants',
    fact: fig(20626, 'persons', 'MRPBA 2024/25 annual summary', 'https://www.medicalradiationpracticeboard.gov.au/News/Annual-report.aspx', 'official', 'Diagnostic radiographers 79.1 %, radiation therapists 14.4 %, nuclear medicine technologists 6.6 %; 302 international first-time registrants.'),
    publisher: 'MRPBA / Ahpra',
  },
];

/** Shortage facts about one modality (and the broad groups that include it). */
export function shortageFor(modalities: readonly string[]): ShortageFact[] {
  return SHORTAGE_FACTS.filter((f) => modalities.includes(f.modality));
}
