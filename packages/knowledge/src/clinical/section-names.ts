import type { ProcedureSection } from './procedures.js';

/** The body sections of the procedure catalogue, in words. */
export const SECTION_NAMES: Readonly<Record<ProcedureSection, string>> = {
  'patient-care': 'Patient care',
  chest: 'Chest and thorax',
  extremity: 'Upper and lower extremities',
  'spine-pelvis': 'Spine and pelvis',
  abdomen: 'Abdomen',
  head: 'Head',
  fluoroscopy: 'Fluoroscopy studies',
  'mobile-surgical': 'Mobile and surgical studies',
  'pediatric-geriatric': 'Pediatric and geriatric patients',
};
