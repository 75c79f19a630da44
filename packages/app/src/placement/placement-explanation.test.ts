import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainAssignment, ordinal } from './placement-explanation.js';

describe('ordinal', () => {
  it('writes English ordinals, with 11th–13th', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
  });
  it('always starts with the number itself', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), (n) => ordinal(n).startsWith(String(n)) && ordinal(n).length === String(n).length + 2));
  });
});

describe('explainAssignment', () => {
  const capacityOf = (name: string) => (name === 'Closed' ? 0 : 1);
  it('a first choice had room', () => {
    expect(explainAssignment({ mode: 'stable', ranked: ['Mercy', 'Lakeside'], rank: 1, capacityOf })).toBe('Ranked 1st; the site had room.');
  });
  it('names every higher choice and why it was full, by mode', () => {
    expect(explainAssignment({ mode: 'stable', ranked: ['Mercy', 'Closed', 'Lakeside'], rank: 3, capacityOf })).toBe(
      'Ranked 3rd; the site had room. Mercy (ranked 1st) was full: its 1 place went to students ahead of them in the placement lottery; Closed (ranked 2nd) has no places this term.',
    );
    expect(explainAssignment({ mode: 'optimal', ranked: ['Mercy', 'Lakeside'], rank: 2, capacityOf })).toContain('so that the most students are placed');
  });
  it('says why a student was not placed', () => {
    expect(explainAssignment({ mode: 'stable', ranked: [], rank: null, capacityOf })).toBe('Not placed: ranked no sites for this term.');
    expect(explainAssignment({ mode: 'stable', ranked: ['Mercy'], rank: null, capacityOf })).toMatch(/^Not placed: every site they ranked was full\. Mercy \(ranked 1st\)/);
  });
});
