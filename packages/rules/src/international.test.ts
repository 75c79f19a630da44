import { calendarDate as d } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import { findRule } from '@modality/knowledge';
import { renewalWindowOpens } from './arrt-biennium.js';
import { evaluate } from './evaluate.js';
import { record, type RecordParts } from './testing/records.js';

const entry = (parts: RecordParts, asOf: string) => {
  const e = evaluate(record(parts), d(asOf)).compliance[0];
  if (e === undefined) throw new Error('no entry');
  return e;
};

describe('HCPC', () => {
  it('runs 2-year registrations to the end of February of even years, with renewal then (2024: 29 Feb)', () => {
    const e = entry({ credentials: [{ credential: 'gb:hcpc-radiographer', earnedOn: '2015-01-01' }], ce: [{ completedOn: '2025-01-01', credits: 1, topics: ['work-based-learning'] }, { completedOn: '2025-03-01', credits: 1, topics: ['formal-education'] }] }, '2025-12-01');
    expect(e.cycles[0]).toEqual({ rule: 'hcpc.cpd.standards', start: '2024-03-01', end: '2026-02-28', required: 2, earned: 2, remaining: 0, minimums: [] });
    expect(e.deadlines).toEqual([{ kind: 'renewal', due: '2026-02-28' }]);
    expect(entry({ credentials: [{ credential: 'gb:hcpc-radiographer', earnedOn: '2015-01-01' }] }, '2023-12-01').deadlines).toEqual([{ kind: 'renewal', due: '2024-02-29' }]);
  });
  it('opens the radiographers\' renewal window on 1 December of the odd year (1 Dec 2025 – 28 Feb 2026; 1 Dec 2023 – 29 Feb 2024)', () => {
    const months = findRule('hcpc.renewal', 'renewal', d('2025-12-01'))?.params.windowOpensMonthsBefore ?? 0;
    expect(renewalWindowOpens(d('2026-02-28'), months)).toBe('2025-12-01');
    expect(renewalWindowOpens(d('2024-02-29'), months)).toBe('2023-12-01');
  });
  it('asks for at least 2 types of learning', () => {
    const e = entry({ credentials: [{ credential: 'gb:hcpc-radiographer', earnedOn: '2015-01-01' }], ce: [{ completedOn: '2025-01-01', credits: 10, topics: ['self-directed-learning'] }] }, '2025-06-01');
    expect(e.cycles[0]).toMatchObject({ earned: 1, remaining: 1 });
  });
});

describe('MRPBA', () => {
  const reg = { credential: 'au:mrpba-radiographer', earnedOn: '2015-01-01' };
  it('asks 60 hours per triennium (1 Dec 2021 – 30 Nov 2024), 10 each year, 35 substantive, and 450 practice hours in 3 years', () => {
    const e = entry(
      {
        credentials: [reg],
        ce: [{ completedOn: '2022-01-10', credits: 30, topics: ['substantive'] }, { completedOn: '2023-01-10', credits: 20 }, { completedOn: '2024-01-10', credits: 5, topics: ['substantive'] }],
        clinical: [{ procedure: 'xr:chest', performedOn: '2023-01-01', hours: 500 }],
      },
      '2024-06-01',
    );
    expect(e.cycles.find((c) => c.rule === 'mrpba.cpd.triennium')).toEqual({
      rule: 'mrpba.cpd.triennium',
      start: '2021-12-01',
      end: '2024-11-30',
      required: 60,
      earned: 55,
      remaining: 5,
      minimums: [
        { topic: 'substantive', required: 35, earned: 35, remaining: 0 },
        { topic: 'year-from-2021-12-01', required: 10, earned: 30, remaining: 0 },
        { topic: 'year-from-2022-12-01', required: 10, earned: 20, remaining: 0 },
        { topic: 'year-from-2023-12-01', required: 10, earned: 5, remaining: 5 },
      ],
    });
    expect(e.cycles.find((c) => c.rule === 'mrpba.recency')).toMatchObject({ required: 450, earned: 500, remaining: 0 });
    expect(e.deadlines).toEqual([{ kind: 'renewal', due: '2024-11-30' }]);
    expect(e.warnings).toEqual([]);
  });
  it('warns that trienniums after 30 Nov 2024 are inferred, and flags recency short of 450 hours', () => {
    const e = entry({ credentials: [reg], clinical: [{ procedure: 'xr:chest', performedOn: '2026-01-01', hours: 449 }] }, '2026-11-26');
    expect(e.cycles[0]).toMatchObject({ rule: 'mrpba.recency', required: 450, earned: 449, remaining: 1 });
    expect(e.status).toBe('noncompliant');
    expect(e.warnings[0]).toContain('the cycle 2024-12-01 to 2027-11-30 is inferred');
  });
});

describe('CORU and CMRITO', () => {
  it('CORU: 30 CPD credits in every 12 months of the 24-month cycle', () => {
    const e = entry({ credentials: [{ credential: 'ie:coru-radiographer', earnedOn: '2015-01-01' }], ce: [{ completedOn: '2023-01-01', credits: 40 }, { completedOn: '2024-01-01', credits: 20 }] }, '2024-06-01');
    expect(e.cycles[0]).toMatchObject({
      start: '2022-11-01',
      end: '2024-10-31',
      required: 60,
      earned: 60,
      minimums: [
        { topic: 'year-from-2022-11-01', required: 30, earned: 40, remaining: 0 },
        { topic: 'year-from-2023-11-01', required: 30, earned: 20, remaining: 10 },
      ],
    });
    expect(e.status).toBe('in-progress');
  });
  it('CMRITO: 25 hours per calendar year', () => {
    const e = entry({ credentials: [{ credential: 'ca-on:cmrito-mrt', earnedOn: '2015-01-01' }], ce: [{ completedOn: '2026-02-01', credits: 25 }, { completedOn: '2025-12-31', credits: 10 }] }, '2026-11-26');
    expect(e.cycles[0]).toMatchObject({ start: '2026-01-01', end: '2026-12-31', required: 25, earned: 25 });
    expect(e.status).toBe('compliant');
  });
  it('ARMRIT is not evaluated (its renewal rules are unconfirmed)', () => {
    const e = entry({ credentials: [{ credential: 'armrit:MRIT', earnedOn: '2015-01-01' }] }, '2026-11-26');
    expect(e).toMatchObject({ status: 'not-applicable', cycles: [] });
    expect(e.warnings[0]).toContain('unconfirmed');
  });
});
