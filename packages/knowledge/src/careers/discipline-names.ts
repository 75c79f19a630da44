/**
 * Display names of the discipline and modality codes (person-record disciplines, job-role modalities,
 * program disciplines) and of clinical-log procedure codes, so that no page or command shows
 * `cardiac-sonography` or `xr:chest` to a person.
 */
const DISCIPLINE_NAMES: Readonly<Record<string, string>> = {
  radiography: 'Radiography',
  sonography: 'Diagnostic medical sonography',
  'cardiac-sonography': 'Cardiac sonography',
  'vascular-sonography': 'Vascular sonography',
  'nuclear-medicine': 'Nuclear medicine',
  'radiation-therapy': 'Radiation therapy',
  mri: 'MRI',
  ct: 'CT',
  mammography: 'Mammography',
  'bone-densitometry': 'Bone densitometry',
  'vascular-interventional': 'Vascular interventional radiography',
  'cardiac-interventional': 'Cardiac interventional radiography',
  'radiologist-assistant': 'Radiologist assistant',
  other: 'Other',
};

/**
 * A discipline or modality code by its name; an unknown code reads as its words.
 *
 * @example
 * disciplineName('cardiac-sonography') // 'Cardiac sonography'
 */
export function disciplineName(code: string): string {
  return DISCIPLINE_NAMES[code] ?? code.replace(/-/g, ' ');
}

/** The modality prefixes of clinical-log procedure codes. */
const PROCEDURE_MODALITIES: Readonly<Record<string, string>> = {
  xr: 'Radiography',
  ct: 'Computed tomography',
  mr: 'Magnetic resonance imaging',
  us: 'Sonography',
  nm: 'Nuclear medicine',
  mg: 'Mammography',
  fl: 'Fluoroscopy',
  rt: 'Radiation therapy',
  ir: 'Interventional radiography',
  // Some logs spell the modality out.
  radiography: 'Radiography',
  sonography: 'Sonography',
  mammography: 'Mammography',
  fluoroscopy: 'Fluoroscopy',
};

/**
 * A readable name for a clinical-log procedure code until the knowledge base has a procedure catalogue.
 *
 * @example
 * procedureName('xr:portable-chest') // 'Radiography: portable chest'
 */
export function procedureName(code: string): string {
  const at = code.indexOf(':');
  const modality = code.slice(0, at);
  const what = code.slice(at + 1).replace(/-/g, ' ');
  return `${PROCEDURE_MODALITIES[modality] ?? modality.toUpperCase()}: ${what}`;
}
