import type { Confidence } from '../rule-packs/rule.js';

/**
 * Occupation codes per classification (workforce-data.md §2–§3, credential-rules.md §7). A mapping the notes
 * do not confirm carries `code: null` and a warning, never a guessed code.
 */
export const CODE_SYSTEMS = ['SOC2018', 'ONET', 'ISCO08', 'NOC2021', 'NOC2016', 'ANZSCO', 'UKSOC2020', 'UKSOC2010'] as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[number];

export interface OccupationCode {
  readonly system: CodeSystem;
  readonly code: string | null;
  readonly title: string;
  readonly sourceUrl: string | null;
  readonly confidence: Confidence;
  readonly note?: string;
}

const c = (system: CodeSystem, code: string, title: string, sourceUrl: string, confidence: Exclude<Confidence, 'unconfirmed'>, note?: string): OccupationCode => ({
  system,
  code,
  title,
  sourceUrl,
  confidence,
  ...(note === undefined ? {} : { note }),
});
const none = (system: CodeSystem, title: string, note: string): OccupationCode => ({ system, code: null, title, sourceUrl: null, confidence: 'unconfirmed', note });

const SOC_TABLE = 'https://h1b.work/soc/199';
const SOC_2032 = 'https://apps.deed.state.mn.us/lmi/oes/detailedOccupationData?code=292032&oidgeog=2709SE0000';
const ONET_2033 = 'https://www.onetonline.org/link/summary/29-2033.00';
const ONET_2034 = 'http://www.onetcodeconnector.org/ccreport/29-2034.00';
const ISCO_3211 = 'https://www.tucareers.com/pscocareers/3211';
const IFATE = 'https://occupational-maps.instituteforapprenticeships.org/maps/occupation/OCC0619';
const IPEM = 'https://ipem.ac.uk/news/occupation-code-review-leads-to-inclusion-of-radiotherapy-practitioner-technologist-role';
const NOC_MRT = 'https://noc.esdc.gc.ca/Oasis/ViewOccupationalProfile?objectid=aiyZqZkf4mOmfoBiEMfoubdFIQ79dyMPRZDOd7mQ8sc%3D';
const NOC_2016 = 'http://www23.statcan.gc.ca/imdb/p3VD.pl?CLV=2&CPV=3215&CST=01012016&CVD=314247&D=1&Function=getVD&MLV=4&TVD=314243';
const ANZSCO_251211 = 'https://labourmarketinsights.gov.au/occupation-profile/Medical-Diagnostic-Radiographers?occupationCode=251211';
const ANZSCO = 'http://www.docstoc.com/docs/132096816/labour-market-report-for-medical-imaging-professionals-(RTF-133kb)';
const EXPRESS_ENTRY = 'https://immigrantink.com/express-entry-a-guide-to-healthcare-occupations-in-category-based-draws/';

const isco = c('ISCO08', '3211', 'Medical imaging and therapeutic equipment technicians', ISCO_3211, 'secondary', "Read on the Philippine SOC's copy of the ISCO-08 text; the ILO's own page was not read. ESCO places radiographers in major group 2 (professionals); that 4-digit code is not confirmed.");
const soc2034 = c('SOC2018', '29-2034', 'Radiologic Technologists and Technicians', 'https://apps.deed.state.mn.us/lmi/oes/detailedOccupationData?code=292034&oidgeog=2701000000', 'official', 'Includes CT and other scanning modalities; excludes 29-2032 and 29-2035.');
const onet2034 = c('ONET', '29-2034.00', 'Radiologic Technologists and Technicians', ONET_2034, 'official', 'Sample titles include CT Technologist and Mammographer; 29-2034.01 is retired.');
const ukRadiographer = c('UKSOC2020', '2254', 'Medical radiographers', IFATE, 'official');
const ukRadiographer2010 = c('UKSOC2010', '2217', 'Medical radiographers', IPEM, 'official', 'The code used on the Home Office Shortage Occupation List and for the Health and Care Worker visa.');
const nocMrt = c('NOC2021', '32121', 'Medical radiation technologists', NOC_MRT, 'official');
const noc2016 = c('NOC2016', '3215', 'Medical radiation technologists', NOC_2016, 'official');

/** Codes per role code (see roles.ts). */
export const OCCUPATION_CODES: Readonly<Record<string, readonly OccupationCode[]>> = {
  radiographer: [
    soc2034,
    onet2034,
    isco,
    nocMrt,
    noc2016,
    c('ANZSCO', '251211', 'Medical Diagnostic Radiographers', ANZSCO_251211, 'official', 'Jobs and Skills Australia occupation profile.'),
    ukRadiographer,
    ukRadiographer2010,
  ],
  'ct-technologist': [soc2034, onet2034, isco, none('NOC2021', 'Medical radiation technologists', 'CT technologists under NOC 32121 is not confirmed here.'), ukRadiographer],
  'mri-technologist': [
    c('SOC2018', '29-2035', 'Magnetic Resonance Imaging Technologists', 'http://www2.labor.alabama.gov/WorkforceDev/CareerExploration/jobquest.aspx?SOCcode=292035', 'official'),
    c('ONET', '29-2035.00', 'Magnetic Resonance Imaging Technologists', 'https://browardintern.com/resources/view/521', 'secondary'),
    isco,
    c('NOC2021', '32121.04', 'Magnetic resonance technologist (OaSIS profile under 32121)', NOC_MRT, 'official'),
  ],
  sonographer: [
    c('SOC2018', '29-2032', 'Diagnostic Medical Sonographers', SOC_2032, 'official', 'Produce ultrasonic recordings of internal organs for use by physicians; excludes 29-2031.'),
    c('ONET', '29-2032.00', 'Diagnostic Medical Sonographers', SOC_TABLE, 'secondary'),
    isco,
    c('NOC2021', '32122', 'Medical sonographers', EXPRESS_ENTRY, 'secondary', 'Named in the Express Entry healthcare category.'),
    c('ANZSCO', '251214', 'Sonographer', ANZSCO, 'secondary'),
    c('UKSOC2020', '2254/01', 'Diagnostic radiographers and sonographers', IFATE, 'official'),
  ],
  'cardiac-sonographer': [
    c('SOC2018', '29-2031', 'Cardiovascular Technologists and Technicians', 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm', 'official-copy', 'The BLS projections table row for 29-2031; 29-2032 excludes 29-2031.'),
    isco,
  ],
  'vascular-sonographer': [c('SOC2018', '29-2032', 'Diagnostic Medical Sonographers', SOC_2032, 'official', 'Vascular technologists are counted under 29-2032 (a secondary copy of the SOC definition says so).'), isco],
  mammographer: [soc2034, onet2034, isco],
  'nuclear-medicine-technologist': [
    c('SOC2018', '29-2033', 'Nuclear Medicine Technologists', ONET_2033, 'official'),
    c('ONET', '29-2033.00', 'Nuclear Medicine Technologists', ONET_2033, 'official'),
    isco,
    c('ANZSCO', '251213', 'Nuclear Medicine Technologist', ANZSCO, 'secondary'),
  ],
  'interventional-technologist': [
    none('SOC2018', 'Radiologic Technologists and Technicians (probably)', 'Which SOC code covers vascular/cardiac interventional technologists is not confirmed here.'),
    isco,
  ],
  'radiation-therapist': [
    c('SOC2018', '29-1124', 'Radiation Therapists', 'http://www.onetonline.org/link/details/29-1124.00', 'official'),
    c('ONET', '29-1124.00', 'Radiation Therapists', 'http://www.onetonline.org/link/details/29-1124.00', 'official', 'Older O*NET release.'),
    isco,
    c('ANZSCO', '251212', 'Medical Radiation Therapist', ANZSCO, 'secondary'),
    c('UKSOC2010', '2217', 'Medical radiographers ("radiotherapy practitioner/technologist" added)', IPEM, 'official'),
  ],
  'bone-densitometry-technologist': [none('SOC2018', 'Radiologic Technologists and Technicians (probably)', 'Which SOC code covers bone densitometry technologists is not confirmed here.'), isco],
  'radiologist-assistant': [none('SOC2018', 'none', 'The radiologist assistant is not a SOC detailed occupation; BLS publishes no figures for it.')],
};
