import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE } from '../../catalogue/test-catalogue';
import { buildFirstRecord } from '../onboarding/onboarding-form';
import { buildEntry, entryFields, placeIssues, valuesOf } from './entry-form';

describe('record entry forms (the section contracts, run before sending)', () => {
  const credentialFields = entryFields('credentials', TEST_CATALOGUE);

  it('offers credentials by name, grouped by issuer, and examinations apart from what can be held', () => {
    const groups = credentialFields.find((f) => f.name === 'credential')?.groups ?? [];
    expect(groups.map((g) => g.label)).toContain('Texas');
    const texas = groups.find((g) => g.label === 'Texas')?.choices;
    expect(texas).toEqual([
      { value: 'us-tx:mrt', label: 'Texas Medical Radiologic Technologist licence — MRT' },
    ]);
    const exams = entryFields('exams', TEST_CATALOGUE).find((f) => f.name === 'exam')?.groups ?? [];
    expect(exams.flatMap((g) => g.choices.map((c) => c.value))).toContain('ardms:SPI');
    expect(exams.flatMap((g) => g.choices.map((c) => c.value))).not.toContain('arrt:R');
  });

  it('builds a licence with its CE cycle, leaving empty optional fields out', () => {
    const values = {
      ...valuesOf(credentialFields, undefined),
      credential: 'us-tx:mrt',
      earnedOn: '2025-06-01',
      number: ' TX-1 ',
      'cycle.start': '2025-06-01',
      'cycle.end': '2027-05-31',
    };
    expect(buildEntry('credentials', credentialFields, values, undefined)).toEqual({
      ok: true,
      entry: {
        credential: 'us-tx:mrt',
        earnedOn: '2025-06-01',
        number: 'TX-1',
        cycle: { start: '2025-06-01', end: '2027-05-31' },
      },
    });
  });

  it('editing keeps what the form does not show, and drops what was emptied', () => {
    const fields = entryFields('education', TEST_CATALOGUE);
    const stored = {
      kind: 'program',
      discipline: 'radiography',
      award: 'associate',
      country: 'US',
      approvedBy: ['jrcert'],
      completedOn: '2016-05-10',
    };
    const values = { ...valuesOf(fields, stored), completedOn: '' };
    expect(buildEntry('education', fields, values, stored)).toEqual({
      ok: true,
      entry: {
        kind: 'program',
        discipline: 'radiography',
        award: 'associate',
        country: 'US',
        approvedBy: ['jrcert'],
      },
    });
  });

  it('puts every refusal on its field, the cycle end on the cycle', () => {
    const values = {
      ...valuesOf(credentialFields, undefined),
      earnedOn: '2025-02-30',
      'cycle.start': '2026-01-01',
      'cycle.end': '2025-01-01',
    };
    const built = buildEntry('credentials', credentialFields, values, undefined);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(Object.keys(built.errors).sort()).toEqual(['cycle.end', 'earnedOn']);
    expect(
      placeIssues(credentialFields, [
        { path: 'earnedOn', message: '"2031-01-01" is after today' },
        { path: '', message: 'odd' },
      ]),
    ).toEqual({
      errors: { earnedOn: ['"2031-01-01" is after today'] },
      form: ['odd'],
    });
  });
});

describe('onboarding: the first record', () => {
  it('is a v1 record of the person and what they hold, a state only for the United States', () => {
    const built = buildFirstRecord({
      name: ' Mia ',
      birthDate: '1990-01-02',
      country: 'US',
      region: 'us-tx',
      held: [{ credential: 'arrt:R', earnedOn: '2015-07-01', number: '' }],
    });
    expect(built).toEqual({
      ok: true,
      record: {
        format: 'modality/person-record@1',
        person: { name: 'Mia', birthDate: '1990-01-02', country: 'US', region: 'us-tx' },
        credentials: [{ credential: 'arrt:R', earnedOn: '2015-07-01' }],
      },
    });
    const abroad = buildFirstRecord({
      name: 'Ian',
      birthDate: '1990-01-02',
      country: 'IE',
      region: 'us-tx',
      held: [],
    });
    expect(abroad.ok && abroad.record).toEqual({
      format: 'modality/person-record@1',
      person: { name: 'Ian', birthDate: '1990-01-02', country: 'IE' },
      credentials: [],
    });
  });

  it('names the row of a credential that is wrong', () => {
    const built = buildFirstRecord({
      name: '',
      birthDate: '1990-01-02',
      country: 'US',
      region: '',
      held: [
        { credential: 'arrt:R', earnedOn: '2015-07-01', number: '' },
        { credential: 'arrt:R', earnedOn: 'soon', number: '' },
      ],
    });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(Object.keys(built.errors).sort()).toEqual(['held.1.earnedOn', 'name']);
  });
});
