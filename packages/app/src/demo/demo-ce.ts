import { addToDate, calendarDate, mulberry32, type CeActivity } from '@modality/domain';

/**
 * Titles of typical Category A activities, with the topics the rules engine keys minimums on — as the CE
 * form records them from the person's answers: an activity on ionizing radiation itself (dose, exposure,
 * radiation safety) answers "yes" to the Texas MRT question and carries `ionizing-radiation`.
 */
const CATALOGUE: ReadonlyArray<{ title: string; topics: readonly string[] }> = [
  { title: 'Radiation dose optimisation in CT', topics: ['ct', 'radiation-safety', 'ionizing-radiation'] },
  { title: 'Digital radiography: exposure indicators and image quality', topics: ['digital-radiography', 'ionizing-radiation'] },
  { title: 'Patient-centred communication for technologists', topics: ['patient-care'] },
  { title: 'Contrast media reactions: recognition and response', topics: ['patient-care', 'contrast'] },
  { title: 'MRI safety zones and screening', topics: ['mri', 'mri-safety'] },
  { title: 'Fluoroscopy radiation safety', topics: ['fluoroscopy-safety', 'radiation-safety', 'ionizing-radiation'] },
  { title: 'Infection control in the imaging department', topics: ['patient-care'] },
  { title: 'Cross-sectional anatomy of the abdomen', topics: ['ct', 'anatomy'] },
  { title: 'Pediatric imaging: immobilisation and dose', topics: ['pediatric', 'radiation-safety', 'ionizing-radiation'] },
  { title: 'Trauma radiography positioning', topics: ['positioning'] },
  { title: 'Ethics and professional conduct', topics: ['ethics'] },
  { title: 'Quality control for digital detectors', topics: ['digital-radiography', 'quality-control', 'ionizing-radiation'] },
];

/** Sonography CME titles (ARDMS counts CME; the sonography topic feeds the ARRT sonography minimum). */
const SONO: ReadonlyArray<{ title: string; topics: readonly string[] }> = [
  { title: 'Doppler physics refresher', topics: ['sonography', 'vascular'] },
  { title: 'Abdominal sonography: liver and biliary pathology', topics: ['sonography'] },
  { title: 'First-trimester obstetric sonography', topics: ['sonography', 'obstetrics'] },
  { title: 'Ergonomics for sonographers', topics: ['sonography', 'ergonomics'] },
  { title: 'Thyroid nodule reporting (TI-RADS)', topics: ['sonography'] },
];

/**
 * Generates `count` CE activities spread between `from` and `to` (inclusive), deterministic for a seed.
 * Credits are 1–3 in halves, all Category A, as a registrant's transcript typically shows.
 */
export function demoCe(seed: number, from: string, days: number, count: number, sonography = false): CeActivity[] {
  const rnd = mulberry32(seed);
  const pool = sonography ? SONO : CATALOGUE;
  const out: CeActivity[] = [];
  for (let i = 0; i < count; i++) {
    const pick = pool[Math.floor(rnd() * pool.length)] ?? pool[0];
    if (pick === undefined) break;
    const offset = Math.floor(((i + rnd()) / count) * days);
    out.push({
      title: pick.title,
      completedOn: addToDate(calendarDate(from), { days: offset }),
      credits: 1 + Math.floor(rnd() * 5) / 2,
      category: 'A',
      kind: 'activity',
      topics: pick.topics,
    });
  }
  return out;
}
