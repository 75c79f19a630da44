/**
 * The credential catalogue: every certification, registration, licence and examination code that a person
 * record may name. Codes are stable (`body:code` for a body's credential, `jurisdiction:code` for a licence or
 * registration); the fixed ones come from the person-record v1 contract. Add entries, never rename.
 */
export const CREDENTIAL_KINDS = ['certification', 'registration', 'licence', 'permit', 'examination'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export interface CatalogueEntry {
  readonly code: string;
  /** Issuing body or jurisdiction id, e.g. `arrt`, `us-ca`, `gb`. */
  readonly issuer: string;
  readonly name: string;
  readonly kind: CredentialKind;
  /** Letters shown after a name, where the body defines them. */
  readonly abbreviation?: string;
}

const entry = (
  code: string,
  name: string,
  kind: CredentialKind,
  abbreviation?: string,
): CatalogueEntry => ({
  code,
  issuer: code.slice(0, code.indexOf(':')),
  name,
  kind,
  ...(abbreviation === undefined ? {} : { abbreviation }),
});

export const CREDENTIAL_CATALOGUE: readonly CatalogueEntry[] = [
  entry('arrt:R', 'ARRT Radiography', 'certification', 'R.T.(R)'),
  entry('arrt:N', 'ARRT Nuclear Medicine Technology', 'certification', 'R.T.(N)'),
  entry('arrt:T', 'ARRT Radiation Therapy', 'certification', 'R.T.(T)'),
  entry('arrt:MR', 'ARRT Magnetic Resonance Imaging', 'certification', 'R.T.(MR)'),
  entry('arrt:S', 'ARRT Sonography', 'certification', 'R.T.(S)'),
  entry('arrt:VS', 'ARRT Vascular Sonography', 'certification', 'R.T.(VS)'),
  entry('arrt:CT', 'ARRT Computed Tomography', 'certification', 'R.T.(CT)'),
  entry('arrt:M', 'ARRT Mammography', 'certification', 'R.T.(M)'),
  entry('arrt:BD', 'ARRT Bone Densitometry', 'certification', 'R.T.(BD)'),
  entry('arrt:VI', 'ARRT Vascular Interventional Radiography', 'certification', 'R.T.(VI)'),
  entry('arrt:CI', 'ARRT Cardiac Interventional Radiography', 'certification', 'R.T.(CI)'),
  entry('arrt:BS', 'ARRT Breast Sonography', 'certification', 'R.T.(BS)'),
  entry('arrt:RRA', 'ARRT Registered Radiologist Assistant', 'certification', 'R.R.A.'),
  entry('ardms:RDMS', 'ARDMS Registered Diagnostic Medical Sonographer', 'certification', 'RDMS'),
  entry('ardms:RDCS', 'ARDMS Registered Diagnostic Cardiac Sonographer', 'certification', 'RDCS'),
  entry('ardms:RVT', 'ARDMS Registered Vascular Technologist', 'certification', 'RVT'),
  entry('ardms:RMSKS', 'ARDMS Registered in Musculoskeletal Sonography', 'certification', 'RMSKS'),
  entry('ardms:SPI', 'ARDMS Sonography Principles and Instrumentation exam', 'examination'),
  entry('ardms:AB', 'ARDMS Abdomen specialty exam', 'examination'),
  entry('ardms:OBGYN', 'ARDMS Obstetrics and Gynecology specialty exam', 'examination'),
  entry('ardms:BR', 'ARDMS Breast specialty exam', 'examination'),
  entry('ardms:FE', 'ARDMS Fetal Echocardiography specialty exam', 'examination'),
  entry('ardms:PS', 'ARDMS Pediatric Sonography specialty exam', 'examination'),
  entry('ardms:AE', 'ARDMS Adult Echocardiography specialty exam', 'examination'),
  entry('ardms:PE', 'ARDMS Pediatric Echocardiography specialty exam', 'examination'),
  entry('ardms:VT', 'ARDMS Vascular Technology specialty exam', 'examination'),
  entry('apca:RPVI', 'APCA Registered Physician in Vascular Interpretation (physicians)', 'certification', 'RPVI'),
  entry('apca:RMSK', 'APCA Registered in Musculoskeletal sonography (physicians)', 'certification', 'RMSK'),
  entry('nmtcb:CNMT', 'NMTCB Certified Nuclear Medicine Technologist', 'certification', 'CNMT'),
  entry('nmtcb:CT', 'NMTCB Computed Tomography', 'certification', 'NMTCB(CT)'),
  entry('nmtcb:PET', 'NMTCB Positron Emission Tomography', 'certification', 'PET'),
  entry('armrit:MRIT', 'ARMRIT Magnetic Resonance Imaging Technologist', 'certification', 'MRIT'),
  entry('us-ca:crt-diagnostic', 'California Certified Radiologic Technologist, diagnostic', 'licence', 'CRT'),
  entry('us-ca:crt-mammographic', 'California CRT mammographic certificate', 'licence'),
  entry('us-ca:fluoroscopy-permit', 'California fluoroscopy permit', 'permit'),
  entry('us-tx:mrt', 'Texas Medical Radiologic Technologist licence', 'licence', 'MRT'),
  entry('us-fl:radiographer', 'Florida Radiologic Technologist, radiographer', 'licence'),
  entry('us-ny:radiography', 'New York Licensed Radiologic Technologist, radiography', 'licence'),
  entry('us-ky:radiography', 'Kentucky radiography licence', 'licence'),
  entry('gb:hcpc-radiographer', 'HCPC registered radiographer (UK)', 'registration'),
  entry('ie:coru-radiographer', 'CORU registered radiographer (Ireland)', 'registration'),
  entry('au:mrpba-radiographer', 'MRPBA/Ahpra registered diagnostic radiographer (Australia)', 'registration'),
  entry('ca-on:cmrito-mrt', 'CMRITO Medical Radiation Technologist (Ontario)', 'registration', 'MRT'),
];

const BY_CODE = new Map(CREDENTIAL_CATALOGUE.map((e) => [e.code, e]));

/** The catalogue entry for a code, or `undefined` for a code Modality does not know. */
export function findCredential(code: string): CatalogueEntry | undefined {
  return BY_CODE.get(code);
}

/** Whether `code` names a credential a person can hold (not an examination). */
export function isHoldableCredential(code: string): boolean {
  const e = BY_CODE.get(code);
  return e !== undefined && e.kind !== 'examination';
}

/** Whether `code` names something a person can sit an exam for (examinations and exam-based credentials). */
export function isExamCode(code: string): boolean {
  return BY_CODE.has(code);
}
