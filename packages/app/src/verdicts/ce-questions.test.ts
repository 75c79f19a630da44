import { PERSON_RECORD_FORMAT, calendarDate, type PersonRecord } from '@modality/domain';
import { evaluate } from '@modality/rules';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../demo/demo-data.js';
import { ceQuestions } from './ce-questions.js';

const today = calendarDate('2026-11-30');
const person = { name: 'Test', birthDate: calendarDate('1990-01-01'), country: 'US' };
const holding = (...codes: string[]): PersonRecord => ({
  format: PERSON_RECORD_FORMAT,
  person,
  credentials: codes.map((credential) => ({ credential, earnedOn: calendarDate('2020-01-01') })),
});

describe('CE questions, from the rules of what the person holds', () => {
  it('asks a Texas MRT holder about ionizing radiation, and a California CRT about digital radiography', () => {
    const tx = ceQuestions(holding('us-tx:mrt'), today);
    expect(tx.map((q) => q.topic)).toEqual(['direct', 'human-trafficking']);
    expect(tx[0]?.question).toContain('ionizing radiation');
    expect(tx[0]?.matches).toEqual(['direct', 'ionizing-radiation']);
    expect(tx[0]?.credentials[0]).toMatch(/Texas/);
    const ca = ceQuestions(holding('us-ca:crt-diagnostic'), today);
    expect(ca.map((q) => q.topic)).toEqual(['digital-radiography']);
  });

  it('asks the questions of a further credential only of someone who holds it, and nothing of someone with no such rule', () => {
    expect(ceQuestions(holding('us-ca:crt-diagnostic', 'us-ca:crt-mammographic'), today).map((q) => q.topic)).toEqual(['digital-radiography', 'mammography']);
    expect(ceQuestions(holding('arrt:R'), today)).toEqual([]);
    expect(ceQuestions(holding('arrt:R', 'arrt:S'), today).map((q) => q.topic)).toEqual(['sonography']);
  });

  it('a "yes" counts: the topic it adds meets the Texas direct minimum', () => {
    const [direct] = ceQuestions(holding('us-tx:mrt'), today);
    const record: PersonRecord = {
      ...holding('us-tx:mrt'),
      credentials: [{ credential: 'us-tx:mrt', earnedOn: calendarDate('2016-08-01'), expiresOn: calendarDate('2027-05-31') }],
      ce: [{ title: 'Dose', completedOn: calendarDate('2026-01-10'), credits: 6, topics: [direct?.topic ?? ''] }],
    };
    const minimum = evaluate(record, today).compliance[0]?.cycles[0]?.minimums.find((m) => m.topic === 'direct');
    expect(minimum?.earned).toBe(6);
  });

  it("Ana's dose courses now count towards her Texas direct hours", () => {
    const ana = DEMO_USERS.find((u) => u.key === 'ana')?.record;
    if (ana === undefined) throw new Error('no demo Ana');
    const texas = evaluate(ana, today).compliance.find((c) => c.credential === 'us-tx:mrt');
    const direct = texas?.cycles[0]?.minimums.find((m) => m.topic === 'direct');
    const dose = (ana.ce ?? []).filter((a) => (a.topics ?? []).includes('ionizing-radiation') && a.completedOn >= (texas?.cycles[0]?.start ?? ''));
    expect(dose.length).toBeGreaterThan(0);
    expect(direct?.earned).toBe(dose.reduce((s, a) => s + (a.credits ?? 0), 0));
  });
});
