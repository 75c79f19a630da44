import { calendarDate } from '@modality/domain';
import { FakeClock } from '@modality/testkit';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from './catalogue-read.js';
import { credentialNames } from './credential-names.js';

describe('readCatalogue', () => {
  const clock = new FakeClock('2026-11-26T23:30:00.000Z');
  const catalogue = readCatalogue({ clock }, { asOf: calendarDate('2026-11-26') });

  it('names every credential with its issuer, and says which can be held', () => {
    expect(catalogue.credentials.find((c) => c.code === 'arrt:CT')).toEqual({
      code: 'arrt:CT',
      name: 'ARRT Computed Tomography',
      abbreviation: 'R.T.(CT)',
      kind: 'certification',
      holdable: true,
      issuer: { code: 'arrt', name: 'American Registry of Radiologic Technologists (ARRT)' },
    });
    expect(catalogue.credentials.find((c) => c.code === 'ardms:SPI')).toMatchObject({ holdable: false, abbreviation: null, kind: 'examination' });
    expect(catalogue.credentials.find((c) => c.code === 'us-tx:mrt')?.issuer).toEqual({ code: 'us-tx', name: 'Texas' });
    expect(catalogue.credentials.every((c) => c.issuer.name !== c.issuer.code)).toBe(true);
  });

  it('lists the jurisdictions by name and kind', () => {
    expect(catalogue.jurisdictions.find((j) => j.code === 'ca-qc')).toEqual({ code: 'ca-qc', name: 'Québec', kind: 'ca-province', country: 'CA' });
    expect(catalogue.jurisdictions.filter((j) => j.kind === 'us-state')).toHaveLength(51);
  });

  it('gives each CE cycle in force its unit in words, and each topic minimum its topics', () => {
    expect(catalogue.ceCycles.find((c) => c.rule === 'arrt.ce.biennium')).toMatchObject({ unit: 'credits', credentials: expect.arrayContaining(['arrt:R']) as unknown });
    expect(catalogue.ceCycles.find((c) => c.rule === 'ardms.cme.period')?.unit).toBe('CME credits');
    expect(catalogue.ceCycles.find((c) => c.rule === 'nmtcb.ce.cnmt')?.unit).toBe('hours');
    expect(new Set(catalogue.ceCycles.map((c) => c.rule)).size).toBe(catalogue.ceCycles.length);
    expect(catalogue.topicMinimums.find((m) => m.rule === 'arrt.ce.sonography-minimum')).toMatchObject({ topic: 'sonography', unit: null, topics: ['sonography', 'vascular-sonography', 'breast-sonography'] });
    // A minimum by category has no topic tag that meets it.
    expect(catalogue.topicMinimums.find((m) => m.rule === 'arrt.ce.rra-category-a-plus')?.topics).toEqual([]);
  });

  it('lists only rules in force on asOf', () => {
    const early = readCatalogue({ clock }, { asOf: calendarDate('1990-01-01') });
    expect(early.ceCycles.length).toBeLessThan(catalogue.ceCycles.length);
  });

  it('defaults asOf to today in UTC from the clock', () => {
    expect(readCatalogue({ clock }, {}).asOf).toBe('2026-11-26');
  });

  it('names credential codes, and a code it does not know by itself', () => {
    expect(credentialNames(['arrt:R', 'zz:nope'])).toEqual({ 'arrt:R': 'ARRT Radiography', 'zz:nope': 'zz:nope' });
  });
});
