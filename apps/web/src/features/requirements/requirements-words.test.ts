import { describe, expect, it } from 'vitest';
import { capWords, effectiveWords, parseCap } from './requirements-words';

const set = {
  id: 's',
  name: 'A set',
  discipline: 'sonography',
  version: 'v',
  effectiveFrom: '2024-01-01',
  sourceUrl: 'https://example.test',
  confidence: 'official',
  document: { body: 'ARRT', title: 'Sonography', url: 'https://example.test' },
  simulationCap: { value: null, sourceUrl: null, confidence: 'unconfirmed' },
  largestProgramCap: null,
  flag: 'Not confirmed here',
};

describe('requirements words', () => {
  it('says when a version is in force, or that the source gives no date', () => {
    expect(effectiveWords(set)).toBe('In force from January 1, 2024.');
    expect(effectiveWords({ ...set, effectiveFrom: null })).toBe('The source gives no date for this version.');
  });
  it('says what the set allows for simulations', () => {
    expect(capWords(set)).toMatch(/no confirmed cap .*ARRT’s own limit is not confirmed here/);
    expect(capWords({ ...set, largestProgramCap: 8 })).toBe('The set allows at most 8 simulated competencies; your program may set a lower cap.');
  });
  it('reads the cap field: empty is the set’s cap, whole numbers only', () => {
    expect(parseCap(' ')).toBeNull();
    expect(parseCap('5')).toBe(5);
    expect(parseCap('2.5')).toBe('invalid');
    expect(parseCap('-1')).toBe('invalid');
  });
});
