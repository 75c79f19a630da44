/**
 * The radiography procedures a student can log (the other disciplines' lists are beside this file, gathered in
 * `procedure-lists.ts`). This is Modality's own vocabulary of common examinations,
 * grouped by body section; it is NOT the registry's list of mandatory and elective procedures (that list has
 * not been read from the registry's own document), so no entry here claims to be mandatory or elective.
 */

/** Body sections the requirement sets name minimums for, plus the others the radiography list uses. */
export const RADIOGRAPHY_SECTIONS = ['patient-care', 'chest', 'extremity', 'spine-pelvis', 'abdomen', 'head', 'fluoroscopy', 'mobile-surgical', 'pediatric-geriatric'] as const;

/** The sections of the sonography, MRI and nuclear-medicine lists (patient care is shared with radiography). */
export const SONOGRAPHY_SECTIONS = ['patient-care', 'us-abdomen', 'us-obstetrics', 'us-gynecology', 'us-superficial', 'us-vascular'] as const;
export const MRI_SECTIONS = ['patient-care', 'mri-neuro', 'mri-spine', 'mri-musculoskeletal', 'mri-body', 'mri-vascular'] as const;
export const NUCLEAR_MEDICINE_SECTIONS = ['patient-care', 'nm-skeletal', 'nm-cardiac', 'nm-endocrine', 'nm-gastrointestinal', 'nm-pulmonary', 'nm-genitourinary', 'nm-oncology', 'nm-therapy'] as const;

/** Every section of every discipline's list, each once (a test checks it is exactly the lists' sections). */
export const PROCEDURE_SECTIONS = [
  'patient-care', 'chest', 'extremity', 'spine-pelvis', 'abdomen', 'head', 'fluoroscopy', 'mobile-surgical', 'pediatric-geriatric',
  'us-abdomen', 'us-obstetrics', 'us-gynecology', 'us-superficial', 'us-vascular',
  'mri-neuro', 'mri-spine', 'mri-musculoskeletal', 'mri-body', 'mri-vascular',
  'nm-skeletal', 'nm-cardiac', 'nm-endocrine', 'nm-gastrointestinal', 'nm-pulmonary', 'nm-genitourinary', 'nm-oncology', 'nm-therapy',
] as const;
export type ProcedureSection = (typeof PROCEDURE_SECTIONS)[number];

/** One loggable procedure: a stable code, a display name for people and its section. */
export interface Procedure {
  readonly code: string;
  readonly name: string;
  readonly section: ProcedureSection;
}

/** Builds a procedure of a list (used by every discipline's list). */
export const procedure = (code: string, name: string, section: ProcedureSection): Procedure => ({ code, name, section });
const p = procedure;

/** The catalogue, in display order. */
export const RADIOGRAPHY_PROCEDURES: readonly Procedure[] = [
  p('xr:care-vital-signs', 'Vital signs', 'patient-care'),
  p('xr:care-sterile-technique', 'Sterile and medical aseptic technique', 'patient-care'),
  p('xr:care-venipuncture', 'Venipuncture', 'patient-care'),
  p('xr:care-transfer', 'Transfer of patient', 'patient-care'),
  p('xr:care-equipment', 'Care of patient medical equipment', 'patient-care'),
  p('xr:chest-routine', 'Chest, routine', 'chest'),
  p('xr:chest-wheelchair', 'Chest, wheelchair or stretcher', 'chest'),
  p('xr:ribs', 'Ribs', 'chest'),
  p('xr:hand', 'Hand', 'extremity'),
  p('xr:wrist', 'Wrist', 'extremity'),
  p('xr:forearm', 'Forearm', 'extremity'),
  p('xr:elbow', 'Elbow', 'extremity'),
  p('xr:humerus', 'Humerus', 'extremity'),
  p('xr:shoulder', 'Shoulder', 'extremity'),
  p('xr:knee', 'Knee', 'extremity'),
  p('xr:tibia-fibula', 'Tibia and fibula', 'extremity'),
  p('xr:ankle', 'Ankle', 'extremity'),
  p('xr:foot', 'Foot', 'extremity'),
  p('xr:femur', 'Femur', 'extremity'),
  p('xr:cervical-spine', 'Cervical spine', 'spine-pelvis'),
  p('xr:thoracic-spine', 'Thoracic spine', 'spine-pelvis'),
  p('xr:lumbar-spine', 'Lumbar spine', 'spine-pelvis'),
  p('xr:pelvis', 'Pelvis', 'spine-pelvis'),
  p('xr:hip', 'Hip', 'spine-pelvis'),
  p('xr:abdomen-supine', 'Abdomen, supine', 'abdomen'),
  p('xr:abdomen-upright', 'Abdomen, upright', 'abdomen'),
  p('xr:skull', 'Skull', 'head'),
  p('xr:facial-bones', 'Facial bones', 'head'),
  p('xr:sinuses', 'Paranasal sinuses', 'head'),
  p('xr:mandible', 'Mandible', 'head'),
  p('xr:upper-gi', 'Upper GI series', 'fluoroscopy'),
  p('xr:contrast-enema', 'Contrast enema', 'fluoroscopy'),
  p('xr:esophagus', 'Esophagus', 'fluoroscopy'),
  p('xr:small-bowel', 'Small bowel series', 'fluoroscopy'),
  p('xr:arthrography', 'Arthrography', 'fluoroscopy'),
  p('xr:mobile-chest', 'Mobile chest', 'mobile-surgical'),
  p('xr:c-arm-surgical', 'Surgical C-arm procedure', 'mobile-surgical'),
  p('xr:pediatric-chest', 'Pediatric chest', 'pediatric-geriatric'),
  p('xr:geriatric-chest', 'Geriatric chest', 'pediatric-geriatric'),
];
