import { said, type SourcedText } from './fact.js';
import type { JobRoleCode } from './job-role-codes.js';
import { OCCUPATION_CODES, type OccupationCode } from './occupation-codes.js';
import { US_OUTLOOK, type UsOutlook } from './outlook.js';
import type { ProgramDiscipline } from './program-types.js';
import { shortageFor, type ShortageFact } from './shortage.js';

export { JOB_ROLE_CODES, type JobRoleCode } from './job-role-codes.js';

/** The credentials that open a role in a jurisdiction (`us` for every state; states add licences). */
export interface JobRoleCredentials {
  readonly jurisdiction: string;
  /** Any one of these sets, each held in full (catalogue codes). */
  readonly anyOf: readonly (readonly string[])[];
  readonly note?: string;
}

export interface JobRole {
  readonly code: JobRoleCode;
  readonly title: string;
  readonly work: SourcedText;
  readonly modalities: readonly string[];
  /** The mix of patient care and technology, in words (no sourced ratio exists). */
  readonly patientCareAndTechnology: SourcedText;
  readonly entryEducation: SourcedText;
  readonly credentials: readonly JobRoleCredentials[];
  /** The SOC occupation whose US figures apply (`null`: none). */
  readonly soc: string | null;
  /** When the figures are those of a wider occupation, say so. */
  readonly outlookNote?: string;
  readonly program: ProgramDiscipline | null;
  /** Shortage evidence keys (see shortage.ts). */
  readonly shortageModalities: readonly string[];
}

const ONET_2034 = 'http://www.onetonline.org/link/details/29-2034.00?redir=29-2034.01';
const ONET_1124 = 'http://www.onetonline.org/link/details/29-1124.00';
const ONET_2035 = 'http://www2.labor.alabama.gov/WorkforceDev/CareerExploration/jobquest.aspx?SOCcode=292035';
const ONET_2033 = 'https://www.onetonline.org/link/summary/29-2033.00';
const ONET_2031 = 'https://www.startrightcareers.com/occupation/cardiovascular-technologists-and-technicians';
const OOH_OLD = 'https://www.bls.gov/OOH/healthcare/radiologic-technologists.htm';
const RRA_FAQ = 'https://www.arrt.org/pages/contact/frequent-questions-registered/registered-radiologist-assistant';
const EP_TABLE = 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm';
const POSTPRIMARY = 'https://www.arrt.org/earn-arrt-credentials/requirements';
const SUPPORTING =
  'https://www.arrt.org/pages/earn-arrt-credentials/initial-requirements/postprimary-requirements/education-requirements-postprimary/supporting-category-requirements';
const ARDMS = 'https://paperzz.com/doc/8718571/how-to-apply-guide';
const noTasks = (role: string): SourcedText => said(`No O*NET task statements for ${role} were read; see the ARRT discipline pages`, 'n/a', POSTPRIMARY, 'unconfirmed');

const radiographyAbroad: readonly JobRoleCredentials[] = [
  { jurisdiction: 'gb', anyOf: [['gb:hcpc-radiographer']], note: 'HCPC registration is a legal requirement to use the title "radiographer".' },
  { jurisdiction: 'ie', anyOf: [['ie:coru-radiographer']], note: 'CORU registration; "Radiographer" is a protected title.' },
  { jurisdiction: 'au', anyOf: [['au:mrpba-radiographer']], note: 'MRPBA registration through Ahpra (division: diagnostic radiographer).' },
  { jurisdiction: 'ca-on', anyOf: [['ca-on:cmrito-mrt']], note: 'CMRITO registration after the CAMRT exam; other provinces: CAMRT certification and the provincial regulator where there is one.' },
];

/**
 * The imaging roles of the knowledge base, with stable codes. What the work is and the mix of patient care
 * and technology are taken from O*NET task statements (workforce-data.md §2b) where they were read; roles
 * without sourced tasks say so.
 */
export const JOB_ROLES: readonly JobRole[] = [
  {
    code: 'radiographer',
    title: 'Radiographer (radiologic technologist)',
    work: said('Reviews and evaluates x-rays and computer images for diagnostic quality; operates radiologic equipment; positions patients and equipment; sets exposure; uses radiation safety measures', 'older O*NET release', ONET_2034, 'official'),
    modalities: ['radiography'],
    patientCareAndTechnology: said('Both, in the top tasks: explaining procedures, watching patient safety and comfort, positioning and immobilising patients and taking histories; and operating equipment, setting exposure and evaluating images', 'older O*NET release', ONET_2034, 'official'),
    entryEducation: said("Associate's degree", 'OOH edition with May 2017 wages', OOH_OLD, 'official'),
    credentials: [{ jurisdiction: 'us', anyOf: [['arrt:R']], note: 'ARRT certification; licensed or certified in most states; employers typically require or prefer certification.' }, ...radiographyAbroad],
    soc: '29-2034',
    program: 'radiography',
    shortageModalities: ['radiography', 'diagnostic-radiography', 'all', 'medical-radiation-practice'],
  },
  {
    code: 'ct-technologist',
    title: 'CT technologist',
    work: said('Computed tomography; CT Technologist is a sample title of O*NET 29-2034 (radiologic technologists)', 'O*NET code connector', 'http://www.onetcodeconnector.org/ccreport/29-2034.00', 'official'),
    modalities: ['ct'],
    patientCareAndTechnology: noTasks('CT technologists separately'),
    entryEducation: said('ARRT(CT) by the postprimary pathway from Radiography, Nuclear Medicine Technology or Radiation Therapy (no degree requirement for postprimary credentials)', 'current', SUPPORTING, 'official'),
    credentials: [{ jurisdiction: 'us', anyOf: [['arrt:CT'], ['nmtcb:CT']], note: 'ARRT(CT), or NMTCB(CT) for nuclear medicine technologists.' }],
    soc: '29-2034',
    outlookNote: 'Figures for all radiologic technologists and technicians (29-2034), which includes CT.',
    program: null,
    shortageModalities: ['ct'],
  },
  {
    code: 'mri-technologist',
    title: 'MRI technologist',
    work: said('Screens patients for contraindications; operates MRI scanners; selects imaging techniques or coils; inspects image quality; injects gadolinium contrast within scope of practice', 'O*NET task text', ONET_2035, 'secondary'),
    modalities: ['mri'],
    patientCareAndTechnology: said('Both: screening, positioning and explaining procedures to patients, ear protection; operating scanners, choosing techniques and coils, testing equipment', 'O*NET task text', ONET_2035, 'secondary'),
    entryEducation: said("Associate's degree (radiologic and MRI technologists)", 'OOH edition with May 2017 wages', OOH_OLD, 'official'),
    credentials: [{ jurisdiction: 'us', anyOf: [['arrt:MR'], ['armrit:MRIT']], note: 'Few states license MRI technologists; employers typically require or prefer certification.' }],
    soc: '29-2035',
    program: 'mri',
    shortageModalities: ['mri'],
  },
  {
    code: 'sonographer',
    title: 'Diagnostic medical sonographer',
    work: said('Diagnostic medical sonography (ultrasound); SOC 29-2032 includes vascular technologists', 'SOC definition copy', 'https://h1b.work/soc/199', 'secondary'),
    modalities: ['sonography'],
    patientCareAndTechnology: noTasks('diagnostic medical sonographers'),
    entryEducation: said("Associate's degree", 'EP 2024–34', EP_TABLE, 'official-copy'),
    credentials: [{ jurisdiction: 'us', anyOf: [['ardms:RDMS'], ['arrt:S']], note: 'Most employers prefer certified sonographers; state licensure of sonographers is not confirmed here (New Hampshire\'s new law covers them).' }],
    soc: '29-2032',
    program: 'sonography',
    shortageModalities: ['sonography'],
  },
  {
    code: 'cardiac-sonographer',
    title: 'Cardiac sonographer (echocardiographer)',
    work: said('Echocardiograms among the tasks of cardiovascular technologists (EKG, echocardiogram and stress tests; heart measurements)', 'O*NET task text', ONET_2031, 'secondary'),
    modalities: ['cardiac-sonography'],
    patientCareAndTechnology: said('Both: preparing and positioning patients and monitoring blood pressure and heart rate; conducting tests and comparing measurements to norms', 'O*NET task text', ONET_2031, 'secondary'),
    entryEducation: said("Associate's degree (cardiovascular technologists)", 'EP 2024–34', EP_TABLE, 'official-copy'),
    credentials: [{ jurisdiction: 'us', anyOf: [['ardms:RDCS']], note: 'RDCS: SPI plus AE, PE or FE.' }],
    soc: '29-2031',
    outlookNote: 'Figures for all cardiovascular technologists and technicians (29-2031).',
    program: 'sonography',
    shortageModalities: ['sonography'],
  },
  {
    code: 'vascular-sonographer',
    title: 'Vascular sonographer (vascular technologist)',
    work: said('Vascular ultrasound; SOC 29-2032 includes vascular technologists', 'SOC definition copy', 'https://h1b.work/soc/199', 'secondary'),
    modalities: ['vascular-sonography'],
    patientCareAndTechnology: noTasks('vascular sonographers'),
    entryEducation: said('RVT (SPI plus VT) after an accredited program, or ARRT(VS) by the primary or postprimary pathway', 'current', ARDMS, 'official-copy'),
    credentials: [{ jurisdiction: 'us', anyOf: [['ardms:RVT'], ['arrt:VS']] }],
    soc: '29-2032',
    outlookNote: 'Figures for all diagnostic medical sonographers (29-2032).',
    program: 'sonography',
    shortageModalities: ['sonography'],
  },
  {
    code: 'mammographer',
    title: 'Mammographer',
    work: said('Mammography; Mammographer is a sample title of O*NET 29-2034 (radiologic technologists)', 'O*NET code connector', 'http://www.onetcodeconnector.org/ccreport/29-2034.00', 'official'),
    modalities: ['mammography'],
    patientCareAndTechnology: noTasks('mammographers separately'),
    entryEducation: said('ARRT(M) by the postprimary pathway from Radiography; federal MQSA qualification', 'current', SUPPORTING, 'official'),
    credentials: [
      { jurisdiction: 'us', anyOf: [['arrt:M']], note: 'Federal MQSA rules apply whether or not the person holds ARRT(M).' },
      { jurisdiction: 'us-ca', anyOf: [['arrt:M', 'us-ca:crt-mammographic']], note: 'The Mammographic CRT requires an active Diagnostic CRT.' },
    ],
    soc: '29-2034',
    outlookNote: 'Figures for all radiologic technologists and technicians (29-2034), which includes mammographers.',
    program: null,
    shortageModalities: ['mammography'],
  },
  {
    code: 'nuclear-medicine-technologist',
    title: 'Nuclear medicine technologist',
    work: said('Administers radiopharmaceuticals; detects and maps them with cameras; calculates and records dosage; quality control; disposes of radioactive material', 'O*NET task text', ONET_2033, 'official'),
    modalities: ['nuclear-medicine'],
    patientCareAndTechnology: said('Mostly technology in the task list (radiopharmaceuticals, cameras, QC), with administering doses to patients', 'O*NET task text', ONET_2033, 'official'),
    entryEducation: said("Associate's degree", 'EP 2024–34', EP_TABLE, 'official-copy'),
    credentials: [{ jurisdiction: 'us', anyOf: [['nmtcb:CNMT'], ['arrt:N']], note: 'Licensed in about half of the states (older OOH wording, from a secondary source).' }],
    soc: '29-2033',
    program: 'nuclear-medicine',
    shortageModalities: ['nuclear-medicine'],
  },
  {
    code: 'interventional-technologist',
    title: 'Interventional technologist (vascular or cardiac interventional)',
    work: said('Vascular interventional and cardiac interventional radiography, ARRT postprimary disciplines', 'current', POSTPRIMARY, 'official'),
    modalities: ['vascular-interventional', 'cardiac-interventional'],
    patientCareAndTechnology: noTasks('interventional technologists'),
    entryEducation: said('ARRT(VI) or ARRT(CI) by the postprimary pathway from Radiography', 'current', SUPPORTING, 'official'),
    credentials: [{ jurisdiction: 'us', anyOf: [['arrt:VI'], ['arrt:CI']] }],
    soc: null,
    program: null,
    shortageModalities: ['cardiovascular-interventional'],
  },
  {
    code: 'radiation-therapist',
    title: 'Radiation therapist',
    work: said('Positions patients for treatment according to prescription; gives prescribed radiation doses; follows radiation-protection principles; runs most treatment sessions independently', 'older O*NET release', ONET_1124, 'official'),
    modalities: ['radiation-therapy'],
    patientCareAndTechnology: said('Both: positioning patients and reviewing prescription, diagnosis and chart; entering data, setting controls and giving doses', 'older O*NET release', ONET_1124, 'official'),
    entryEducation: said("Associate's degree", 'EP 2024–34', EP_TABLE, 'official-copy'),
    credentials: [{ jurisdiction: 'us', anyOf: [['arrt:T']], note: 'Licensed or certified in most states; requirements vary by state.' }],
    soc: '29-1124',
    program: 'radiation-therapy',
    shortageModalities: ['radiation-therapy', 'therapeutic-radiography'],
  },
  {
    code: 'bone-densitometry-technologist',
    title: 'Bone densitometry technologist',
    work: said('Bone densitometry, an ARRT postprimary discipline', 'current', POSTPRIMARY, 'official'),
    modalities: ['bone-densitometry'],
    patientCareAndTechnology: noTasks('bone densitometry technologists'),
    entryEducation: said('ARRT(BD) by the postprimary pathway from Radiography, Nuclear Medicine Technology or Radiation Therapy', 'current', SUPPORTING, 'official'),
    credentials: [{ jurisdiction: 'us', anyOf: [['arrt:BD']] }],
    soc: null,
    program: null,
    shortageModalities: ['bone-densitometry'],
  },
  {
    code: 'radiologist-assistant',
    title: 'Radiologist assistant (R.R.A.)',
    work: said('Registered Radiologist Assistant, certified by ARRT; must first be certified and registered with ARRT in radiography', 'current', RRA_FAQ, 'official'),
    modalities: ['radiography'],
    patientCareAndTechnology: noTasks('radiologist assistants'),
    entryEducation: said("A master's degree or higher, ARRT certification and registration in radiography, and at least one year of full-time radiography clinical experience", 'current', RRA_FAQ, 'official'),
    credentials: [{ jurisdiction: 'us', anyOf: [['arrt:RRA']], note: 'R.R.A.: 50 CE credits per biennium.' }],
    soc: null,
    program: 'radiologist-assistant',
    shortageModalities: [],
  },
];

const BY_CODE = new Map<string, JobRole>(JOB_ROLES.map((r) => [r.code, r]));

/** The role with this code, or `undefined`. */
export function findJobRole(code: string): JobRole | undefined {
  return BY_CODE.get(code);
}

/** Whether `code` is a role code. */
export const isJobRoleCode = (code: string): code is JobRoleCode => BY_CODE.has(code);

/** A role with its occupation codes, US outlook and shortage evidence joined in. */
export interface JobRoleProfile extends JobRole {
  readonly occupationCodes: readonly OccupationCode[];
  readonly usOutlook: UsOutlook | null;
  readonly shortage: readonly ShortageFact[];
}

/**
 * Everything the knowledge base holds about a role.
 *
 * @example
 * jobRoleProfile('sonographer')?.usOutlook?.projectedChangePct // { value: 13, unit: 'pct', vintage: 'EP 2024–34', confidence: 'secondary', … }
 */
export function jobRoleProfile(code: string): JobRoleProfile | undefined {
  const role = findJobRole(code);
  if (role === undefined) return undefined;
  return {
    ...role,
    occupationCodes: OCCUPATION_CODES[role.code] ?? [],
    usOutlook: role.soc === null ? null : (US_OUTLOOK[role.soc] ?? null),
    shortage: shortageFor(role.shortageModalities),
  };
}
