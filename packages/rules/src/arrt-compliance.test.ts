import { calendarDate as d } from '@modality/domain';
import { warningOf } from './testing/warnings.js';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { catA, record } from './testing/records.js';

const R = { credential: 'arrt:R', earnedOn: '2016-07-01' };
const asOf = d('2026-11-26');
const arrtR = (parts: Parameters<typeof record>[0]) => {
  const e = evaluate(record(parts), asOf).compliance.find((c) => c.credential === 'arrt:R');
  if (e === undefined) throw new Error('no arrt:R entry');
  return e;
};

describe('ARRT biennial CE', () => {
  it('asks 24 credits in the biennium from the birth month and names its rule and source', () => {
    const e = arrtR({ credentials: [R], ce: [catA('2025-06-01', 12)] });
    expect(e.status).toBe('in-progress');
    expect(e.cycles[0]).toEqual({ rule: 'arrt.ce.biennium', start: '2025-05-01', end: '2027-04-30', required: 24, earned: 12, remaining: 12, minimums: [] });
    expect(e.deadlines).toEqual([{ kind: 'renewal', due: '2027-05-31' }]);
    expect(e.sources).toContain('https://www.arrt.org/pages/resources/maintaining-credentials/continuing-education');
    expect(e.warnings).toEqual([]);
  });
  it('asks 24 however many ARRT credentials, and 50 of an R.R.A. (25 A+, a secondary source, with a warning)', () => {
    const two = arrtR({ credentials: [R, { credential: 'arrt:CT', earnedOn: '2018-03-01' }], ce: [catA('2025-06-01', 24)] });
    expect(two.cycles[0]?.required).toBe(24);
    expect(two.status).toBe('compliant');
    const rra = arrtR({ credentials: [R, { credential: 'arrt:RRA', earnedOn: '2019-03-01' }], ce: [catA('2025-06-01', 24), { completedOn: '2025-07-01', credits: 20, category: 'A+' }] });
    expect(rra.cycles[0]).toMatchObject({ required: 50, earned: 44, remaining: 6 });
    expect(rra.cycles[0]?.minimums).toEqual([{ topic: 'category-A+', required: 25, earned: 20, remaining: 5 }]);
    expect(rra.warnings).toContain(warningOf('arrt.ce.rra-category-a-plus'));
  });
  it('asks 16 of the 24 in sonography of sonography holders (S, VS, BS), not of others', () => {
    const e = evaluate(record({ credentials: [{ credential: 'arrt:S', earnedOn: '2016-07-01' }], ce: [catA('2025-06-01', 20), catA('2025-08-01', 4, ['sonography'])] }), asOf).compliance[0];
    expect(e?.cycles[0]?.minimums).toEqual([{ topic: 'sonography', required: 16, earned: 4, remaining: 12 }]);
    expect(e?.status).toBe('in-progress');
    const vs = evaluate(record({ credentials: [R, { credential: 'arrt:VS', earnedOn: '2019-07-01' }], ce: [catA('2025-06-01', 24, ['sonography'])] }), asOf).compliance[0];
    expect(vs?.cycles[0]?.minimums).toEqual([{ topic: 'sonography', required: 16, earned: 24, remaining: 0 }]);
    expect(vs?.status).toBe('compliant');
    expect(arrtR({ credentials: [R], ce: [catA('2025-06-01', 24)] }).cycles[0]?.minimums).toEqual([]);
  });
  it('counts structured education toward biennial CE, and CQR-prescribed CE only with a category', () => {
    const e = arrtR({
      credentials: [R],
      ce: [
        { completedOn: '2025-06-01', credits: 4, kind: 'structured-education', forCredential: 'arrt:CT', contentCategory: 'Safety' },
        { completedOn: '2025-07-01', credits: 3, kind: 'cqr-prescribed' },
        { completedOn: '2025-08-01', credits: 2, kind: 'cqr-prescribed', category: 'A' },
      ],
    });
    expect(e.cycles[0]?.earned).toBe(6);
  });
  it('counts only Category A/A+, converts academic credit, caps ACLS/PALS at 6 once', () => {
    const e = arrtR({
      credentials: [R],
      ce: [
        { completedOn: '2025-06-01', credits: 5 }, // no category: not counted
        { completedOn: '2025-07-01', kind: 'academic', semesterCredits: 1 }, // 16
        { completedOn: '2025-08-01', credits: 8, kind: 'acls' }, // 6
        { completedOn: '2025-09-01', credits: 4, kind: 'pals' }, // once per biennium: 0
      ],
    });
    expect(e.cycles[0]?.earned).toBe(22);
  });
  it('does not carry credits over and gives no credit for earning a credential', () => {
    const e = arrtR({
      credentials: [R, { credential: 'arrt:CT', earnedOn: '2025-09-01' }],
      ce: [catA('2025-04-30', 40)],
      exams: [{ exam: 'arrt:CT', windowStart: '2025-06-01', takenOn: '2025-08-01', result: 'pass' }],
    });
    expect(e.cycles[0]?.earned).toBe(0);
  });
  it('is noncompliant once the biennium ended unmet, compliant when met', () => {
    const late = evaluate(record({ credentials: [R], ce: [catA('2025-06-01', 20)] }), d('2027-04-30')).compliance[0];
    expect(late?.status).toBe('at-risk');
    const met = evaluate(record({ credentials: [R], ce: [catA('2025-06-01', 24)] }), d('2027-04-30')).compliance[0];
    expect(met?.status).toBe('compliant');
  });
  it('takes the renewal date from the registration expiry the record gives, while it is ahead', () => {
    expect(arrtR({ credentials: [{ ...R, expiresOn: '2027-06-30' }] }).deadlines).toEqual([{ kind: 'renewal', due: '2027-06-30' }]);
    expect(arrtR({ credentials: [{ ...R, expiresOn: '2026-05-31' }] }).deadlines).toEqual([{ kind: 'renewal', due: '2027-05-31' }]);
  });
  it('before the first biennium starts, shows it (in progress) and the end of the first registration', () => {
    const e = evaluate(record({ credentials: [{ credential: 'arrt:R', earnedOn: '2018-07-01' }], ce: [catA('2018-10-01', 5)] }), d('2018-12-01')).compliance[0];
    expect(e?.cycles[0]).toMatchObject({ start: '2019-05-01', end: '2021-04-30', required: 24, earned: 0 });
    expect(e?.status).toBe('in-progress');
    expect(e?.deadlines).toEqual([{ kind: 'renewal', due: '2019-05-31' }]);
  });
  it('lets the cycle in the record win', () => {
    const e = arrtR({ credentials: [{ ...R, cycle: { start: '2026-01-01', end: '2027-12-31' } }], ce: [catA('2025-12-31', 10), catA('2026-01-01', 3)] });
    expect(e.cycles[0]).toMatchObject({ start: '2026-01-01', end: '2027-12-31', earned: 3 });
  });
});

describe('ARRT probation, lapse, CQR, supporting credential', () => {
  it('puts an unmet biennium on 6 months of probation; CE in that time makes up the deficit first', () => {
    const parts = { credentials: [{ ...R, status: 'probation' as const }], ce: [catA('2024-01-01', 20), catA('2025-06-01', 2), catA('2025-07-01', 5)] };
    const e = evaluate(record(parts), d('2025-06-15')).compliance[0];
    expect(e?.status).toBe('noncompliant');
    expect(e?.cycles[0]).toMatchObject({ rule: 'arrt.ce.probation', start: '2023-05-01', end: '2025-10-31', required: 24, earned: 22, remaining: 2 });
    expect(e?.deadlines).toContainEqual({ kind: 'probation-end', due: '2025-10-31' });
    const later = evaluate(record(parts), d('2025-08-01')).compliance[0];
    expect(later?.cycles.find((c) => c.rule === 'arrt.ce.probation')).toMatchObject({ earned: 27, remaining: 0 });
    expect(later?.cycles.find((c) => c.rule === 'arrt.ce.biennium')).toMatchObject({ start: '2025-05-01', earned: 0 });
    expect(later?.status).toBe('in-progress');
  });
  it('gives a lapsed registration its last day of online reinstatement', () => {
    const e = evaluate(record({ credentials: [{ ...R, status: 'lapsed' }] }), d('2025-07-01')).compliance[0];
    expect(e?.status).toBe('noncompliant');
    // renewal missed on 2025-05-31, inside the biennium 2023-05-01..2025-04-30's probation reach → 2025-10-31
    expect(e?.deadlines).toContainEqual({ kind: 'reinstatement-online', due: '2025-10-31' });
  });
  it('gives a lapsed credential whose CQR period ended 1 year to finish CQR and reinstate online', () => {
    const e = evaluate(record({ credentials: [{ credential: 'arrt:R', earnedOn: '2015-03-01', status: 'lapsed' }], ce: [catA('2024-06-01', 24)] }), d('2025-06-01')).compliance[0];
    expect(e?.deadlines).toContainEqual({ kind: 'cqr-reinstatement', due: '2026-02-28' });
    const late = evaluate(record({ credentials: [{ credential: 'arrt:R', earnedOn: '2015-03-01', status: 'lapsed' }] }), d('2026-03-01')).compliance[0];
    expect(late?.deadlines.some((x) => x.kind === 'cqr-reinstatement')).toBe(false);
  });
  it('shows the CQR deadline while its window (last 3 of 10 years) is open', () => {
    const inWindow = arrtR({ credentials: [{ credential: 'arrt:R', earnedOn: '2017-01-15' }] });
    expect(inWindow.deadlines).toContainEqual({ kind: 'cqr', due: '2027-01-14' });
    const before = arrtR({ credentials: [{ credential: 'arrt:R', earnedOn: '2020-01-15' }] });
    expect(before.deadlines.some((x) => x.kind === 'cqr')).toBe(false);
    const old = arrtR({ credentials: [{ credential: 'arrt:R', earnedOn: '2010-01-15' }] });
    expect(old.deadlines.some((x) => x.kind === 'cqr')).toBe(false);
  });
  it('makes a postprimary credential noncompliant without an active supporting credential', () => {
    const v = evaluate(record({ credentials: [{ ...R, status: 'lapsed' }, { credential: 'arrt:CT', earnedOn: '2018-01-01' }], ce: [catA('2025-06-01', 24)] }), asOf);
    const ct = v.compliance.find((c) => c.credential === 'arrt:CT');
    expect(ct?.status).toBe('noncompliant');
    expect(ct?.warnings.join(' ')).toContain('supporting credential');
    const ok = evaluate(record({ credentials: [R, { credential: 'arrt:CT', earnedOn: '2018-01-01' }], ce: [catA('2025-06-01', 24)] }), asOf);
    expect(ok.compliance.find((c) => c.credential === 'arrt:CT')?.status).toBe('compliant');
  });
  it('treats a retired credential as not applicable', () => {
    expect(arrtR({ credentials: [{ ...R, status: 'retired' }] }).status).toBe('not-applicable');
  });
});
