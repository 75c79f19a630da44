/**
 * Code systems, naming systems and extensions of the FHIR export. No registry publishes an identifier
 * system for ARRT or ARDMS numbers, so Modality mints its own under one namespace (`.example`: not a
 * resolvable site, and documented in docs/interop.md); the NUCC, HL7 v2 and NDH ones are the published ones.
 */
export const MODALITY_FHIR_BASE = 'https://modality.example/fhir';

export const SYSTEMS = {
  /** NUCC Health Care Provider Taxonomy. */
  nucc: 'http://nucc.org/provider-taxonomy',
  /** HL7 v2 table 0360, Degree/License/Certificate. */
  v20360: 'http://terminology.hl7.org/CodeSystem/v2-0360',
  /** USPS two-letter state codes, as US Core binds them. */
  uspsState: 'https://www.usps.com/',
  /** Modality credential codes (`arrt:R`, `us-tx:mrt` …), exactly as in the person record. */
  credential: `${MODALITY_FHIR_BASE}/CodeSystem/credential`,
  /** Modality education codes: `program|degree:discipline:award`. */
  education: `${MODALITY_FHIR_BASE}/CodeSystem/education`,
  /** The person's id in the record (`person.id`). */
  personId: `${MODALITY_FHIR_BASE}/sid/person`,
} as const;

/** The identifier system of a credential's number: one per body or jurisdiction credential (`…/sid/arrt`). */
export const numberSystem = (credential: string): string => `${MODALITY_FHIR_BASE}/sid/${credential.replace(':', '-').toLowerCase()}`;

export const EXTENSIONS = {
  /** HL7 NDH (STU1) practitioner qualification: `status` (fixed `active` in STU1) and `whereValid`. */
  ndhQualification: 'http://hl7.org/fhir/us/ndh/StructureDefinition/base-ext-practitioner-qualification',
  /** The record's own credential status (active | probation | lapsed | retired), kept for a lossless round trip. */
  credentialStatus: `${MODALITY_FHIR_BASE}/StructureDefinition/credential-status`,
  /** The CE cycle the body assigned (`credentials[].cycle`), as a Period. */
  ceCycle: `${MODALITY_FHIR_BASE}/StructureDefinition/ce-cycle`,
  /** Where an education entry was completed (ISO 3166-1 alpha-2) and who approved the program. */
  educationCountry: `${MODALITY_FHIR_BASE}/StructureDefinition/education-country`,
  educationApprovedBy: `${MODALITY_FHIR_BASE}/StructureDefinition/education-approved-by`,
} as const;

/** The NUCC code system display names used here (NUCC "Radiologic Technologist" group, 247100000X). */
const NUCC_DISPLAY: Readonly<Record<string, string>> = {
  '247100000X': 'Radiologic Technologist',
  '2471B0102X': 'Bone Densitometry',
  '2471C1106X': 'Cardiac-Interventional Technology',
  '2471C3401X': 'Computed Tomography',
  '2471C3402X': 'Radiography',
  '2471M1202X': 'Magnetic Resonance Imaging',
  '2471M2300X': 'Mammography',
  '2471N0900X': 'Nuclear Medicine Technology',
  '2471R0002X': 'Radiation Therapy',
  '2471S1302X': 'Sonography',
  '2471V0105X': 'Vascular Sonography',
  '2471V0106X': 'Vascular-Interventional Technology',
};

/**
 * NUCC taxonomy code per credential. SECONDARY: taken from public copies of the NUCC list, since NUCC's own
 * CSV could not be read here; one copy swaps 2471V0105X (Vascular Sonography) and 2471V0106X
 * (Vascular-Interventional), and the majority reading is used. A credential with no NUCC specialisation of
 * its own (ARDMS RDCS, breast sonography, registrations abroad) gets none rather than a guess.
 */
const NUCC_OF_CREDENTIAL: Readonly<Record<string, string>> = {
  'arrt:R': '2471C3402X',
  'arrt:N': '2471N0900X',
  'arrt:T': '2471R0002X',
  'arrt:MR': '2471M1202X',
  'arrt:S': '2471S1302X',
  'arrt:VS': '2471V0105X',
  'arrt:CT': '2471C3401X',
  'arrt:M': '2471M2300X',
  'arrt:BD': '2471B0102X',
  'arrt:VI': '2471V0106X',
  'arrt:CI': '2471C1106X',
  'ardms:RDMS': '2471S1302X',
  'ardms:RVT': '2471V0105X',
  'nmtcb:CNMT': '2471N0900X',
  'nmtcb:PET': '2471N0900X',
  'nmtcb:CT': '2471C3401X',
  'armrit:MRIT': '2471M1202X',
};

/** Sources of the FHIR mapping, printed in docs/interop.md and carried by the tests. */
export const FHIR_MAPPING_SOURCES = [
  'https://hl7.org/fhir/us/ndh/STU1/StructureDefinition-base-ext-practitioner-qualification.html',
  'https://hl7.org/fhir/us/davinci-PDex-plan-net/STU1/ValueSet-IndividualSpecialtyAndDegreeLicenseCertificateVS.html',
  'https://github.com/HL7/UTG (input/sourceOfTruth/v2/codeSystems/cs-v2-0360.xml)',
] as const;

/** The NUCC coding of a credential, if it has one. */
export function nuccCoding(credential: string): { system: string; code: string; display: string } | undefined {
  const code = NUCC_OF_CREDENTIAL[credential];
  const display = code === undefined ? undefined : NUCC_DISPLAY[code];
  return code === undefined || display === undefined ? undefined : { system: SYSTEMS.nucc, code, display };
}

/** The generic "Radiologic Technologist" NUCC coding (state licences of radiologic technology). */
export const NUCC_RADIOLOGIC_TECHNOLOGIST = { system: SYSTEMS.nucc, code: '247100000X', display: 'Radiologic Technologist' } as const;

/** Credentials a NUCC code can stand for, for reading a Practitioner that has no Modality code. */
export function credentialsOfNucc(code: string): readonly string[] {
  return Object.entries(NUCC_OF_CREDENTIAL)
    .filter(([, c]) => c === code)
    .map(([credential]) => credential);
}

/** HL7 v2-0360 codes for the awards that table has (it has no master's or doctorate in imaging terms used here). */
export const V2_0360_OF_AWARD: Readonly<Record<string, { code: string; display: string }>> = {
  certificate: { code: 'CER', display: 'Certificate' },
  associate: { code: 'AAS', display: 'Associate of Applied Science' },
  bachelor: { code: 'BS', display: 'Bachelor of Science' },
};
