import { procedureListOf, SECTION_NAMES, type ProcedureSection, type RequirementSetDiscipline } from '@modality/knowledge';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { studentDiscipline } from './program-requirements.js';

/** The procedures of one discipline's list, by section, with whose list it is in words (for forms and progress). */
export interface ProcedureCatalogueView {
  readonly discipline: RequirementSetDiscipline;
  /** The list in words ("Sonography procedures"). */
  readonly name: string;
  /** `modality`: Modality's own list (said so in `note`); `registry`: a registry's, with its address. */
  readonly listSource: 'modality' | 'registry';
  readonly sourceUrl: string | null;
  readonly note: string;
  readonly procedures: { code: string; name: string; section: ProcedureSection }[];
  readonly sections: { code: ProcedureSection; name: string }[];
}

/** One discipline's list as the API gives it. */
export function procedureListView(discipline: RequirementSetDiscipline): ProcedureCatalogueView {
  const list = procedureListOf(discipline);
  return {
    discipline: list.discipline,
    name: list.name,
    listSource: list.listSource,
    sourceUrl: list.sourceUrl,
    note: list.note,
    procedures: list.procedures.map((p) => ({ code: p.code, name: p.name, section: p.section })),
    sections: list.sections.map((code) => ({ code, name: SECTION_NAMES[code] })),
  };
}

/**
 * The procedures the signed-in person can log: those of their program's discipline (a student), or of the
 * discipline asked for (a program director choosing local requirements for a set of that discipline).
 */
export async function procedureCatalogue(deps: Deps, principal: Principal, discipline?: RequirementSetDiscipline): Promise<ProcedureCatalogueView> {
  return procedureListView(discipline ?? (await studentDiscipline(deps, principal)));
}
