import { describe, expect, it } from 'vitest';
import { placementFileSchema, placementModeSchema } from './placement.schema.js';
import { toFieldIssues } from './zod-issues.js';

const file = {
  format: 'modality/placement@1',
  seed: 3,
  sites: [{ id: 'mercy', capacity: 1, priorities: { ana: 2 } }, { id: 'luke', capacity: 0 }],
  students: [
    { id: 'ana', preferences: ['mercy', 'luke'] },
    { id: 'ben', preferences: [] },
  ],
};

const problems = (input: unknown): string[] => {
  const r = placementFileSchema.safeParse(input);
  return r.success ? [] : toFieldIssues(r.error.issues).map((i) => `${i.path}: ${i.message}`);
};

describe('placement@1', () => {
  it('accepts a valid file, with or without a tie order', () => {
    expect(placementFileSchema.parse(file)).toEqual(file);
    expect(problems({ ...file, tieOrder: ['ben', 'ana'] })).toEqual([]);
  });

  it('names every bad field in one pass, cross-references included', () => {
    const bad = { format: 'modality/placement@1', sites: [{ id: 'a', capacity: -1 }], students: [{ id: 's', preferences: ['a', 'zzz'] }], extra: 1 };
    expect(problems(bad)).toEqual(expect.arrayContaining(['sites[0].capacity: must be an integer ≥ 0', 'students[0].preferences[1]: unknown site "zzz"', 'extra: unknown field']));
  });

  it('refuses duplicate ids, repeated preferences, unknown students and an incomplete tie order', () => {
    const bad = {
      format: 'modality/placement@1',
      sites: [{ id: 'a', capacity: 1, priorities: { ghost: 1 } }, { id: 'a', capacity: 1 }],
      students: [{ id: 's', preferences: ['a', 'a'] }, { id: 's', preferences: [] }],
      tieOrder: ['s', 's', 'x'],
    };
    expect(problems(bad)).toEqual([
      'sites[1].id: duplicate site "a"',
      'students[1].id: duplicate student "s"',
      'students[0].preferences[1]: site "a" listed twice',
      'sites[0].priorities.ghost: unknown student "ghost"',
      'tieOrder[1]: student "s" listed twice',
      'tieOrder[2]: unknown student "x"',
      'tieOrder: must list every student exactly once (2)',
    ]);
  });

  it('refuses the wrong format, a non-integer seed, a missing list and a bad mode', () => {
    expect(problems({ format: 'placement', seed: 1.5, sites: [] })).toEqual(['format: must be "modality/placement@1"', 'seed: must be an integer', 'students: must be an array']);
    expect(placementModeSchema.safeParse('fastest').success).toBe(false);
    expect(placementModeSchema.parse('optimal')).toBe('optimal');
  });
});
