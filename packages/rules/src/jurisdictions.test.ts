import { calendarDate as d } from '@modality/domain';
import { warningOf } from './testing/warnings.js';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { record, type RecordParts } from './testing/records.js';

const entry = (parts: RecordParts, code: string, asOf = '2026-11-26') => {
  const e = evaluate(record(parts), d(asOf)).compliance.find((c) => c.credential === code);
  if (e === undefined) throw new Error(`no ${code}`);
  return e;
};
const diag = { credential: 'us-ca:crt-diagnostic', earnedOn: '2015-01-01', expiresOn: '2027-06-30' };

describe('California CRT', () => {
  it('asks 24 credits in the 2 years before expiry, 4 in digital radiography', () => {
    const e = entry({ credentials: [diag], ce: [{ completedOn: '2025-07-01', credits: 20 }, { completedOn: '2025-08-01', credits: 2, topics: ['digital-radiography'] }] }, 'us-ca:crt-diagnostic');
    expect(e.cycles[0]).toEqual({ rule: 'us-ca.ce.crt', start: '2025-07-01', end: '2027-06-30', required: 24, earned: 22, remaining: 2, minimums: [{ topic: 'digital-radiography', required: 4, earned: 2, remaining: 2 }] });
    expect(e.deadlines).toEqual([{ kind: 'renewal', due: '2027-06-30' }]);
  });
  it('adds 10 in mammography with the mammographic certificate and 4 fluoroscopy safety with the permit', () => {
    const parts: RecordParts = {
      credentials: [diag, { credential: 'us-ca:crt-mammographic', earnedOn: '2016-01-01', expiresOn: '2027-06-30' }, { credential: 'us-ca:fluoroscopy-permit', earnedOn: '2016-01-01', expiresOn: '2027-06-30' }],
      ce: [{ completedOn: '2025-09-01', credits: 24, topics: ['digital-radiography', 'mammography'] }],
    };
    const m = entry(parts, 'us-ca:crt-mammographic');
    expect(m.cycles[0]?.minimums).toEqual([
      { topic: 'digital-radiography', required: 4, earned: 24, remaining: 0 },
      { topic: 'mammography', required: 10, earned: 24, remaining: 0 },
      { topic: 'fluoroscopy-safety', required: 4, earned: 0, remaining: 4 },
    ]);
  });
  it('needs an active Diagnostic CRT for the permit and the mammographic certificate', () => {
    const e = entry({ credentials: [{ credential: 'us-ca:fluoroscopy-permit', earnedOn: '2016-01-01', expiresOn: '2027-06-30' }], ce: [{ completedOn: '2025-09-01', credits: 24, topics: ['digital-radiography', 'fluoroscopy-safety'] }] }, 'us-ca:fluoroscopy-permit');
    expect(e.status).toBe('noncompliant');
    expect(e.warnings).toContain('us-ca:fluoroscopy-permit needs an active us-ca:crt-diagnostic');
  });
  it('measures the ended cycle of an expired licence and says it expired', () => {
    const e = entry({ credentials: [{ ...diag, expiresOn: '2026-06-30' }], ce: [{ completedOn: '2025-07-01', credits: 24, topics: ['digital-radiography'] }] }, 'us-ca:crt-diagnostic');
    expect(e.cycles[0]).toMatchObject({ start: '2024-07-01', end: '2026-06-30', earned: 24 });
    expect(e.status).toBe('compliant');
    expect(e.deadlines).toEqual([]);
    expect(e.warnings).toContain('us-ca:crt-diagnostic expired on 2026-06-30 by the record; give the new expiry once renewed');
  });
  it('says so when the record lacks the expiry', () => {
    const e = entry({ credentials: [{ credential: 'us-ca:crt-diagnostic', earnedOn: '2015-01-01' }] }, 'us-ca:crt-diagnostic');
    expect(e.status).toBe('not-applicable');
    expect(e.warnings[0]).toContain('expiresOn');
  });
});

describe('New York', () => {
  it('asks 12 hours a year: 48 per 4-year registration ending on the birth date', () => {
    const e = entry({ credentials: [{ credential: 'us-ny:radiography', earnedOn: '2012-01-01', expiresOn: '2028-05-17' }], ce: [{ completedOn: '2025-01-01', credits: 30 }] }, 'us-ny:radiography');
    expect(e.cycles[0]).toMatchObject({ rule: 'us-ny.ce.registration', start: '2024-05-18', end: '2028-05-17', required: 48, earned: 30, remaining: 18 });
    const two = entry({ credentials: [{ credential: 'us-ny:radiography', earnedOn: '2012-01-01', cycle: { start: '2025-05-18', end: '2027-05-17' } }] }, 'us-ny:radiography');
    expect(two.cycles[0]?.required).toBe(24);
  });
  it("waives CE for a recent graduate's first registration", () => {
    const e = entry({ credentials: [{ credential: 'us-ny:radiography', earnedOn: '2025-06-01', expiresOn: '2028-05-17' }] }, 'us-ny:radiography');
    expect(e.cycles[0]?.required).toBe(0);
    expect(e.status).toBe('compliant');
  });
});

describe('Texas MRT', () => {
  it('asks 24 hours with 12 direct (secondary sources, warned) and the human-trafficking course', () => {
    const e = entry({ credentials: [{ credential: 'us-tx:mrt', earnedOn: '2016-08-01', expiresOn: '2027-02-28' }], ce: [{ completedOn: '2025-06-01', credits: 23, topics: ['direct'] }, { completedOn: '2025-07-01', credits: 1, topics: ['human-trafficking'] }] }, 'us-tx:mrt');
    expect(e.cycles[0]).toMatchObject({ required: 24, earned: 24, minimums: [{ topic: 'direct', required: 12, earned: 23, remaining: 0 }, { topic: 'human-trafficking', required: 1, earned: 1, remaining: 0 }] });
    expect(e.status).toBe('compliant');
    expect(e.warnings).toEqual([warningOf('us-tx.ce.mrt'), warningOf('us-tx.ce.direct'), warningOf('us-tx.renewal')]);
  });
  it('does not ask for the trafficking course before renewals from 1 Sep 2020', () => {
    const e = entry({ credentials: [{ credential: 'us-tx:mrt', earnedOn: '2016-08-01', expiresOn: '2020-08-31' }], ce: [{ completedOn: '2019-06-01', credits: 24, topics: ['direct'] }] }, 'us-tx:mrt', '2020-08-01');
    expect(e.cycles[0]?.minimums.map((m) => m.topic)).toEqual(['direct']);
  });
});

describe('Florida and Kentucky', () => {
  it('Florida: 12 hours with 9 technical and 1 HIV/AIDS, flagged', () => {
    const e = entry({ credentials: [{ credential: 'us-fl:radiographer', earnedOn: '2016-08-01', expiresOn: '2028-05-31' }], ce: [{ completedOn: '2026-07-01', credits: 4, topics: ['personal-development'] }, { completedOn: '2026-08-01', credits: 8 }] }, 'us-fl:radiographer');
    expect(e.cycles[0]).toMatchObject({ required: 12, earned: 12, minimums: [{ topic: 'technical', required: 9, earned: 8, remaining: 1 }, { topic: 'hiv-aids', required: 1, earned: 0, remaining: 1 }] });
    expect(e.warnings).toContain(warningOf('us-fl.ce.hiv-aids'));
    expect(e.warnings).toContain(warningOf('us-fl.ce.technical'));
  });
  it('Kentucky: 24 in the ARRT biennium', () => {
    const e = entry({ credentials: [{ credential: 'arrt:R', earnedOn: '2016-07-01' }, { credential: 'us-ky:radiography', earnedOn: '2016-08-01' }], ce: [{ completedOn: '2025-06-01', credits: 24 }] }, 'us-ky:radiography');
    expect(e.cycles[0]).toMatchObject({ rule: 'us-ky.ce.biennium', start: '2025-05-01', end: '2027-04-30', required: 24, earned: 24 });
  });
});
