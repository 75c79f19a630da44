import { procedure as p, type Procedure } from './procedures.js';

/**
 * The sonography procedures a student can log: Modality's own vocabulary of common examinations, grouped by
 * section. Neither ARDMS's nor ARRT's list of clinical competencies could be read, so nothing here claims to
 * be mandatory or elective, and no count is attached.
 */
export const SONOGRAPHY_PROCEDURES: readonly Procedure[] = [
  p('us:care-preparation', 'Patient preparation and clinical history', 'patient-care'),
  p('us:care-transducer-cleaning', 'Transducer cleaning and infection control', 'patient-care'),
  p('us:abdomen-complete', 'Abdomen, complete', 'us-abdomen'),
  p('us:abdomen-right-upper-quadrant', 'Right upper quadrant (liver and gallbladder)', 'us-abdomen'),
  p('us:pancreas', 'Pancreas', 'us-abdomen'),
  p('us:spleen', 'Spleen', 'us-abdomen'),
  p('us:kidneys-bladder', 'Kidneys and bladder', 'us-abdomen'),
  p('us:aorta', 'Abdominal aorta', 'us-abdomen'),
  p('us:ob-first-trimester', 'Obstetric, first trimester', 'us-obstetrics'),
  p('us:ob-second-third-trimester', 'Obstetric, second or third trimester', 'us-obstetrics'),
  p('us:ob-biophysical-profile', 'Biophysical profile', 'us-obstetrics'),
  p('us:pelvis-transabdominal', 'Pelvis, transabdominal', 'us-gynecology'),
  p('us:pelvis-transvaginal', 'Pelvis, transvaginal', 'us-gynecology'),
  p('us:thyroid', 'Thyroid', 'us-superficial'),
  p('us:breast', 'Breast', 'us-superficial'),
  p('us:scrotum', 'Scrotum and testes', 'us-superficial'),
  p('us:soft-tissue-mass', 'Soft tissue or superficial mass', 'us-superficial'),
  p('us:carotid-duplex', 'Carotid arteries, duplex', 'us-vascular'),
  p('us:lower-extremity-venous', 'Lower extremity veins, duplex', 'us-vascular'),
  p('us:upper-extremity-venous', 'Upper extremity veins, duplex', 'us-vascular'),
];
