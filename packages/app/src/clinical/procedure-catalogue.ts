import { PROCEDURE_SECTIONS, RADIOGRAPHY_PROCEDURES, type ProcedureSection } from '@modality/knowledge';

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

/** The procedures a student can log, each with its section, and the sections in words (for forms and progress). */
export function procedureCatalogue(): {
  procedures: { code: string; name: string; section: ProcedureSection }[];
  sections: { code: ProcedureSection; name: string }[];
} {
  return {
    procedures: RADIOGRAPHY_PROCEDURES.map((p) => ({ code: p.code, name: p.name, section: p.section })),
    sections: PROCEDURE_SECTIONS.map((code) => ({ code, name: SECTION_NAMES[code] })),
  };
}
