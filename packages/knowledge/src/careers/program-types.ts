import { fig, unconfirmed, type SourcedFact } from './fact.js';

/**
 * Program types by discipline, with typical length and cost where the notes give them (workforce-data.md
 * §5a–§5b). National cost averages by program type are UNCONFIRMED: the one cost figure is one college's
 * cost list, shown as that and never as an average.
 */
export const PROGRAM_DISCIPLINES = ['radiography', 'sonography', 'nuclear-medicine', 'radiation-therapy', 'mri', 'radiologist-assistant'] as const;
export type ProgramDiscipline = (typeof PROGRAM_DISCIPLINES)[number];

export const PROGRAM_AWARDS = ['certificate', 'associate', 'bachelor', 'master'] as const;
export type ProgramAward = (typeof PROGRAM_AWARDS)[number];

export interface ProgramType {
  readonly id: string;
  readonly discipline: ProgramDiscipline;
  readonly award: ProgramAward;
  /** Where the type applies (a covered jurisdiction code, or `us` for the whole country). */
  readonly region: 'us' | 'gb' | 'au' | 'ie' | 'ca';
  readonly lengthMinMonths: SourcedFact;
  readonly lengthMaxMonths: SourcedFact;
  readonly costMin: SourcedFact;
  readonly costMax: SourcedFact;
  readonly accreditors: readonly string[];
  readonly note?: string;
}

const NP = 'https://np.edu/academics/health-sciences/radiologic-technology/handbook/info.aspx';
const RAISE = 'https://www.raise.me/careers/healthcare/diagnostic-medical-sonographers';
const NMT = 'https://directcollegeconnect.com/browse_careers_nuclear_medicine_technologists.php';
const AU_REPORT = 'http://www.docstoc.com/docs/132096816/labour-market-report-for-medical-imaging-professionals-(RTF-133kb)';
const noCost = unconfirmed('National cost ranges by program type were not found from a reliable source; use IPEDS / College Scorecard by CIP code');
const noLength = (what: string) => unconfirmed(`The typical length of ${what} is not confirmed here`);

export const PROGRAM_TYPES: readonly ProgramType[] = [
  {
    id: 'us-radiography-associate',
    discipline: 'radiography',
    award: 'associate',
    region: 'us',
    lengthMinMonths: fig(24, 'months', 'handbook, undated (2022 cost list)', NP, 'official', '2 years, 5 semesters, at one college; not a national figure.'),
    lengthMaxMonths: fig(24, 'months', 'handbook, undated (2022 cost list)', NP, 'official', 'One college.'),
    costMin: fig(10030, 'USD', '2022 cost list', NP, 'official', 'Total estimated cost in-county at one public community college (tuition and fees $8,645 plus books, uniforms etc. $1,385); one programme, not an average.'),
    costMax: fig(11155, 'USD', '2022 cost list', NP, 'official', 'Total estimated cost out-of-county at the same college; one programme, not an average.'),
    accreditors: ['jrcert', 'arrt'],
  },
  { id: 'us-radiography-certificate', discipline: 'radiography', award: 'certificate', region: 'us', lengthMinMonths: noLength('radiography certificate programs'), lengthMaxMonths: noLength('radiography certificate programs'), costMin: noCost, costMax: noCost, accreditors: ['jrcert', 'arrt'] },
  { id: 'us-radiography-bachelor', discipline: 'radiography', award: 'bachelor', region: 'us', lengthMinMonths: noLength('radiography bachelor programs'), lengthMaxMonths: noLength('radiography bachelor programs'), costMin: noCost, costMax: noCost, accreditors: ['jrcert', 'arrt'] },
  {
    id: 'us-sonography-certificate',
    discipline: 'sonography',
    award: 'certificate',
    region: 'us',
    lengthMinMonths: fig(12, 'months', 'OOH 2016–26 edition, as quoted', RAISE, 'secondary', 'One-year certificate programs offered by colleges and some hospitals.'),
    lengthMaxMonths: fig(12, 'months', 'OOH 2016–26 edition, as quoted', RAISE, 'secondary'),
    costMin: noCost,
    costMax: noCost,
    accreditors: ['caahep'],
  },
  { id: 'us-sonography-associate', discipline: 'sonography', award: 'associate', region: 'us', lengthMinMonths: noLength('sonography associate programs'), lengthMaxMonths: noLength('sonography associate programs'), costMin: noCost, costMax: noCost, accreditors: ['caahep'] },
  { id: 'us-sonography-bachelor', discipline: 'sonography', award: 'bachelor', region: 'us', lengthMinMonths: noLength('sonography bachelor programs'), lengthMaxMonths: noLength('sonography bachelor programs'), costMin: noCost, costMax: noCost, accreditors: ['caahep'] },
  {
    id: 'us-nuclear-medicine',
    discipline: 'nuclear-medicine',
    award: 'certificate',
    region: 'us',
    lengthMinMonths: fig(12, 'months', 'older OOH edition, as quoted', NMT, 'secondary', '"1 to 4 years" across certificate, associate and bachelor programs.'),
    lengthMaxMonths: fig(48, 'months', 'older OOH edition, as quoted', NMT, 'secondary', '"1 to 4 years" across certificate, associate and bachelor programs.'),
    costMin: noCost,
    costMax: noCost,
    accreditors: ['jrcnmt'],
    note: 'Certificate, associate or bachelor; the 1–4 year range covers all three.',
  },
  { id: 'us-radiation-therapy', discipline: 'radiation-therapy', award: 'associate', region: 'us', lengthMinMonths: noLength('radiation therapy programs'), lengthMaxMonths: noLength('radiation therapy programs'), costMin: noCost, costMax: noCost, accreditors: ['jrcert', 'arrt'], note: "BLS: typical entry education an associate's degree (OOH 2018–19)." },
  { id: 'us-mri', discipline: 'mri', award: 'associate', region: 'us', lengthMinMonths: noLength('MRI programs'), lengthMaxMonths: noLength('MRI programs'), costMin: noCost, costMax: noCost, accreditors: ['jrcert', 'arrt', 'armrit'] },
  {
    id: 'us-radiologist-assistant',
    discipline: 'radiologist-assistant',
    award: 'bachelor',
    region: 'us',
    lengthMinMonths: noLength('radiologist assistant programs'),
    lengthMaxMonths: noLength('radiologist assistant programs'),
    costMin: noCost,
    costMax: noCost,
    accreditors: ['arrt'],
    note: "ARRT requires a master's degree or higher, ARRT registration in radiography and a year of full-time clinical experience (ARRT's R.R.A. questions page).",
  },
  {
    id: 'au-radiography-bachelor',
    discipline: 'radiography',
    award: 'bachelor',
    region: 'au',
    lengthMinMonths: fig(36, 'months', '2012 labour-market report', AU_REPORT, 'secondary', 'A 3-year degree plus the 48-week National Professional Development Program, or an accredited 4-year degree.'),
    lengthMaxMonths: fig(48, 'months', '2012 labour-market report', AU_REPORT, 'secondary', 'An accredited 4-year degree.'),
    costMin: unconfirmed('Australian program costs are not confirmed here'),
    costMax: unconfirmed('Australian program costs are not confirmed here'),
    accreditors: ['ahpra'],
  },
  {
    id: 'au-sonography',
    discipline: 'sonography',
    award: 'bachelor',
    region: 'au',
    lengthMinMonths: fig(48, 'months', '2012 labour-market report', AU_REPORT, 'secondary', '"At least 4 years" (e.g. Bachelor of Medical Sonography with a Graduate Diploma).'),
    lengthMaxMonths: unconfirmed('Only a minimum ("at least 4 years") is in the sources'),
    costMin: unconfirmed('Australian program costs are not confirmed here'),
    costMax: unconfirmed('Australian program costs are not confirmed here'),
    accreditors: ['other'],
  },
  {
    id: 'gb-radiography-bachelor',
    discipline: 'radiography',
    award: 'bachelor',
    region: 'gb',
    lengthMinMonths: noLength('UK radiography degrees'),
    lengthMaxMonths: noLength('UK radiography degrees'),
    costMin: unconfirmed('UK program costs are not confirmed here'),
    costMax: unconfirmed('UK program costs are not confirmed here'),
    accreditors: ['hcpc'],
    note: 'Degree level; the diagnostic radiographer apprenticeship standard ST0619 is Level 6 (Institute for Apprenticeships and Technical Education occupational maps).',
  },
];

/** The program types of a discipline in a region. */
export function programTypesFor(discipline: ProgramDiscipline, region?: ProgramType['region']): ProgramType[] {
  return PROGRAM_TYPES.filter((p) => p.discipline === discipline && (region === undefined || p.region === region));
}
