import { describe, expect, it } from 'vitest';
import { restrictingLists, UK_AMBER_LIST, UK_RED_LIST, WHO_SSL_2023 } from './ethical-recruitment.js';

describe('the ethical-recruitment lists', () => {
  it('hold the counts the sources give: 55 on the WHO list, 54 on the UK red list, Nepal the difference', () => {
    expect(WHO_SSL_2023.countries).toHaveLength(55);
    expect(new Set(WHO_SSL_2023.countries.map((c) => c.country)).size).toBe(55);
    expect(UK_RED_LIST.countries).toHaveLength(54);
    const red = new Set(UK_RED_LIST.countries.map((c) => c.country));
    expect(WHO_SSL_2023.countries.filter((c) => !red.has(c.country)).map((c) => c.name)).toEqual(['Nepal']);
    expect(UK_AMBER_LIST.countries.map((c) => c.country).sort()).toEqual(['KE', 'NP']);
  });

  it('flag in words what is not read from the list itself', () => {
    const nepal = WHO_SSL_2023.countries.find((c) => c.country === 'NP');
    expect(nepal?.confidence).toBe('secondary');
    expect(nepal?.note).toContain('not read from the list itself');
    for (const list of [WHO_SSL_2023, UK_RED_LIST, UK_AMBER_LIST]) expect(list.sourceUrl).toMatch(/^https?:\/\//);
  });

  it('restrict by residence and destination: the WHO list everywhere, the UK lists for UK jobs', () => {
    expect(restrictingLists('NG', 'US').map((l) => l.id)).toEqual(['who-ssl-2023']);
    expect(restrictingLists('NG', 'GB').map((l) => l.id)).toEqual(['who-ssl-2023', 'uk-code-red']);
    expect(restrictingLists('KE', 'GB').map((l) => l.id)).toEqual(['uk-code-amber']);
    expect(restrictingLists('KE', 'US')).toEqual([]);
    expect(restrictingLists('PH', 'GB')).toEqual([]);
    expect(restrictingLists('IN', 'US')).toEqual([]);
  });
});
