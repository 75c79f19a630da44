/**
 * Display names of CE topic codes: the topics an activity carries (`topics` of a CE activity) and the
 * topics a rule's minimum is named by (a verdict's `minimums[].topic`), so that no page or command shows
 * `ionizing-radiation` or `direct` to a person.
 */
const CE_TOPIC_NAMES: Readonly<Record<string, string>> = {
  acls: 'advanced cardiac life support',
  anatomy: 'anatomy',
  'breast-sonography': 'breast sonography',
  'category-A+': 'Category A+',
  contrast: 'contrast media',
  'contrast-administration': 'contrast administration',
  'cross-sectional-anatomy': 'cross-sectional anatomy',
  ct: 'CT',
  'ct-radiation-safety': 'radiation safety in CT',
  'digital-radiography': 'digital radiography',
  direct: 'ionizing radiation (direct)',
  ergonomics: 'ergonomics',
  ethics: 'ethics',
  'fluoroscopy-safety': 'fluoroscopy safety',
  'hiv-aids': 'HIV/AIDS',
  'human-trafficking': 'human trafficking',
  'ionizing-radiation': 'ionizing radiation',
  mammography: 'mammography',
  mri: 'MRI',
  'mri-safety': 'MRI safety',
  msk: 'musculoskeletal sonography',
  obstetrics: 'obstetrics',
  'patient-care': 'patient care',
  pediatric: 'pediatric imaging',
  'personal-development': 'personal development',
  positioning: 'positioning',
  'quality-control': 'quality control',
  'radiation-safety': 'radiation safety',
  sonography: 'sonography',
  substantive: 'substantive content',
  technical: 'technical content',
  vascular: 'vascular sonography',
  'vascular-sonography': 'vascular sonography',
  'x-ray-physics': 'x-ray physics',
};

/**
 * A CE topic code by its name, in lower case as it reads inside a sentence; an unknown code (topics are
 * free to add) reads as its words.
 *
 * @example
 * ceTopicName('direct') // 'ionizing radiation (direct)'
 * ceTopicName('cardiac-ultrasound') // 'cardiac ultrasound'
 */
export function ceTopicName(code: string): string {
  return CE_TOPIC_NAMES[code] ?? code.replace(/-/g, ' ');
}
