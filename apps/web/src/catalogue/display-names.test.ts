import { describe, expect, it } from 'vitest';
import { displayNames } from './display-names';
import { TEST_CATALOGUE } from './test-catalogue';

describe('display names from the catalogue', () => {
  const names = displayNames(TEST_CATALOGUE);

  it('names a credential, with the letters after it on request', () => {
    expect(names.credential('arrt:R')).toBe('ARRT Radiography');
    expect(names.credential('arrt:R', { abbreviation: true })).toBe('ARRT Radiography — R.T.(R)');
    expect(names.abbreviation('arrt:CT')).toBe('R.T.(CT)');
    // An examination has no letters: the name alone, even when asked.
    expect(names.credential('ardms:SPI', { abbreviation: true })).toBe(
      'ARDMS Sonography Principles and Instrumentation exam',
    );
    expect(names.abbreviation('ardms:SPI')).toBeUndefined();
  });

  it('names a jurisdiction and groups them for a choice', () => {
    expect(names.jurisdiction('us-tx')).toBe('Texas');
    expect(names.jurisdictionGroups.map((g) => [g.label, g.items.map((j) => j.code)])).toEqual([
      ['United States', ['us-tx']],
      ['Countries', ['gb']],
      ['Canada', ['ca-on']],
    ]);
  });

  it('offers only credentials a person can hold', () => {
    const codes = names.holdableCredentials.map((c) => c.code);
    expect(codes).toContain('us-tx:mrt');
    expect(codes).not.toContain('ardms:SPI');
  });

  it('shows an unknown code as itself, and every code while the catalogue loads', () => {
    expect(names.credential('nope:X', { abbreviation: true })).toBe('nope:X');
    expect(names.jurisdiction('us-zz')).toBe('us-zz');
    const loading = displayNames(undefined);
    expect(loading.credential('arrt:R')).toBe('arrt:R');
    expect(loading.jurisdiction('us-tx')).toBe('us-tx');
    expect(loading.jurisdictionGroups).toEqual([]);
  });
});
