/**
 * Where the program directory's real rows and their outcome figures come from, and where each discipline's
 * accreditor lists the programs it accredits. IPEDS says nothing about accreditation, so a program loaded
 * from it is never shown as accredited: the person is sent to the accreditor's own directory instead.
 */
export interface ProgramDataSource {
  readonly publisher: string;
  /** The academic year of the awards counted. */
  readonly academicYear: string;
  readonly sourceUrl: string;
  /** The last day of the academic year the figures describe. */
  readonly effectiveTo: string;
  readonly confidence: 'official';
}

/** NCES IPEDS Completions, awards conferred 1 July 2023 – 30 June 2024 (file C2024_A). */
export const IPEDS_COMPLETIONS_2023_24: ProgramDataSource = {
  publisher: 'National Center for Education Statistics (IPEDS Completions survey)',
  academicYear: '2023-24',
  sourceUrl: 'https://nces.ed.gov/ipeds/datacenter/data/C2024_A.zip',
  effectiveTo: '2024-06-30',
  confidence: 'official',
};

/** An accreditor's own directory of the programs it accredits. */
export interface AccreditorDirectory {
  /** The accreditor's display name. */
  readonly body: string;
  readonly url: string;
}

const JRCERT: AccreditorDirectory = { body: 'JRCERT', url: 'https://www.jrcert.org/find-a-program/' };
// JRC-DMS recommends sonography programs for CAAHEP accreditation and sends students to CAAHEP's listing.
const CAAHEP: AccreditorDirectory = { body: 'CAAHEP', url: 'http://www.caahep.org/forstudents' };
const JRCNMT: AccreditorDirectory = { body: 'JRCNMT', url: 'https://www.jrcnmt.org/' };

/**
 * The accreditor directory for a program discipline (JRCERT accredits radiography, radiation therapy and
 * magnetic resonance programs; CAAHEP sonography; JRCNMT nuclear medicine). Disciplines with no programmatic
 * accreditor of their own (CT, mammography, radiologist assistant) have none.
 *
 * @example
 * accreditorDirectory('sonography')?.body // 'CAAHEP'
 */
export function accreditorDirectory(discipline: string): AccreditorDirectory | undefined {
  switch (discipline) {
    case 'radiography':
    case 'radiation-therapy':
    case 'mri':
      return JRCERT;
    case 'sonography':
    case 'cardiac-sonography':
    case 'vascular-sonography':
      return CAAHEP;
    case 'nuclear-medicine':
      return JRCNMT;
    default:
      return undefined;
  }
}
