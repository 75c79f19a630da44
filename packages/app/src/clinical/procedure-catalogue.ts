import { PROCEDURE_SECTIONS, RADIOGRAPHY_PROCEDURES, SECTION_NAMES, type ProcedureSection } from '@modality/knowledge';

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
