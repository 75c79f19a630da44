/**
 * The radiography procedures a student can log. This is Modality's own vocabulary of common examinations,
 * grouped by body section; it is NOT the registry's list of mandatory and elective procedures (that list has
 * not been read from the registry's own document), so no entry here claims to be mandatory or elective.
 */

/** Body sections the requirement sets name minimums for, plus the others the catalogue uses. */
export const PROCEDURE_SECTIONS = ['patient-care', 'chest', 'extremity', 'spine-pelvis', 'abdomen', 'head', 'fluoroscopy', 'mobile-surgical', 'pediatric-geriatric'] as const;
export type ProcedureSection = (typeof PROCEDURE_SECTIONS)[number];

/** One loggable procedure: a stable code, a display name for people and its section. */
export interface Procedure {
  readonly code: string;
  readonly name: string;
  readonly section: ProcedureSection;
}

const p = (code: string, name: string, section: ProcedureSection): Procedure => ({ code, name, section });

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

/** Finds a procedure by code; undefined when the catalogue has none. */
export function findProcedure(code: string): Procedure | undefined {
  return RADIOGRAPHY_PROCEDURES.find((x) => x.code === code);
}
