import { describe, expect, it } from 'vitest';
import { findProcedure, findProcedureIn, PROCEDURE_LISTS, procedureListOf } from './procedure-lists.js';
import { PROCEDURE_SECTIONS } from './procedures.js';
import { REQUIREMENT_SET_DISCIPLINES, REQUIREMENT_SETS } from './requirement-sets.js';
import { SECTION_NAMES } from './section-names.js';

// A code looks like `xr:chest-routine` or `us-abdomen`: lower case, no space, hyphens or a colon.
const looksLikeCode = (words: string): boolean => /^[a-z0-9:-]+$/.test(words) || /\b[a-z]+(-[a-z]+)*:[a-z0-9-]+/.test(words);

describe('the procedure lists of every discipline', () => {
  it('has one list for each discipline a requirement set is for', () => {
    expect(PROCEDURE_LISTS.map((l) => l.discipline).sort()).toEqual([...REQUIREMENT_SET_DISCIPLINES].sort());
    for (const set of REQUIREMENT_SETS) expect(procedureListOf(set.discipline).discipline).toBe(set.discipline);
  });

  it('names every procedure once within its list, and every code once across all lists', () => {
    for (const list of PROCEDURE_LISTS) expect(new Set(list.procedures.map((p) => p.name)).size).toBe(list.procedures.length);
    const codes = PROCEDURE_LISTS.flatMap((l) => l.procedures.map((p) => p.code));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("puts every procedure in one of its list's sections, and leaves no section of a list empty", () => {
    for (const list of PROCEDURE_LISTS) {
      for (const p of list.procedures) expect(list.sections).toContain(p.section);
      for (const s of list.sections) expect(list.procedures.some((p) => p.section === s)).toBe(true);
    }
    expect(new Set(PROCEDURE_LISTS.flatMap((l) => l.sections))).toEqual(new Set(PROCEDURE_SECTIONS));
  });

  it('shows no code as a word: procedure names, section names, list names and notes are words', () => {
    for (const list of PROCEDURE_LISTS) {
      for (const words of [list.name, list.note, ...list.procedures.map((p) => p.name), ...list.sections.map((s) => SECTION_NAMES[s])]) {
        expect(looksLikeCode(words), words).toBe(false);
      }
      for (const p of list.procedures) expect(list.note).not.toContain(p.code);
    }
    expect(new Set(Object.values(SECTION_NAMES)).size).toBe(PROCEDURE_SECTIONS.length);
  });

  it("says in plain words that each list is Modality's own, since no registry's list was read", () => {
    for (const list of PROCEDURE_LISTS) {
      expect(list).toMatchObject({ listSource: 'modality', sourceUrl: null, confidence: null });
      expect(list.note).toMatch(/^Modality's own list/);
    }
    expect(procedureListOf('sonography').note).toContain('ARDMS');
    expect(procedureListOf('nuclear-medicine').note).toContain('NMTCB');
  });

  it('finds a code in its own discipline only, and anywhere by findProcedure', () => {
    expect(findProcedureIn('sonography', 'us:thyroid')?.name).toBe('Thyroid');
    expect(findProcedureIn('sonography', 'xr:chest-routine')).toBeUndefined();
    expect(findProcedureIn('radiography', 'us:thyroid')).toBeUndefined();
    expect(findProcedure('nm:renal')?.name).toBe('Renal scan');
    expect(findProcedure('xr:nope')).toBeUndefined();
  });

  it('gives MRI student codes a prefix the postprimary MR rule does not read', () => {
    for (const p of procedureListOf('mri').procedures) expect(p.code.split(':')[0]).toBe('mri-primary');
  });
});
