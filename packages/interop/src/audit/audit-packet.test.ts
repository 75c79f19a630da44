import { PERSON_RECORD_FORMAT, calendarDate as d, type CeActivity, type PersonRecord } from '@modality/domain';
import { evaluate } from '@modality/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditPacket } from './audit-packet.js';
import { ceCredential } from '../vc/achievement-credentials.js';
import { auditPacketDocument } from './audit-document.js';

const base: PersonRecord = {
  format: PERSON_RECORD_FORMAT,
  person: { name: 'Ana Reyes', birthDate: d('1994-05-17'), country: 'US' },
  credentials: [{ credential: 'arrt:R', earnedOn: d('2016-07-01'), cycle: { start: d('2025-05-01'), end: d('2027-04-30') } }],
};

describe('auditPacket', () => {
  it('groups the activities of the cycle by category, shows what the rules count, and totals what the engine found', () => {
    const ce: CeActivity[] = [
      { title: 'Before the cycle', completedOn: d('2025-04-30'), credits: 5, category: 'A' },
      { title: 'Dose', completedOn: d('2025-06-01'), credits: 2, category: 'A' },
      { title: 'Plus', completedOn: d('2025-07-01'), credits: 1.5, category: 'A+' },
      { title: 'ACLS', completedOn: d('2025-08-01'), credits: 8, kind: 'acls' },
      { title: 'Unapproved webinar', completedOn: d('2025-09-01'), credits: 3 },
      { title: 'Physics', completedOn: d('2025-10-01'), kind: 'academic', semesterCredits: 1 },
      { title: 'Not yet', completedOn: d('2026-12-01'), credits: 1, category: 'A' },
    ];
    const p = auditPacket({ ...base, ce }, 'arrt:R', d('2026-01-01'), d('2026-11-26'));
    if (p === undefined) throw new Error('no packet');
    expect([p.start, p.end, p.asOf]).toEqual(['2025-05-01', '2027-04-30', '2026-11-26']);
    expect(p.groups.map((g) => [g.label, g.activities.map((a) => a.title)])).toEqual([
      ['ACLS / PALS', ['ACLS']],
      ['Academic courses', ['Physics']],
      ['Activities without a category', ['Unapproved webinar']],
      ['Category A', ['Dose']],
      ['Category A+', ['Plus']],
    ]);
    const engine = evaluate({ ...base, ce }, d('2026-11-26')).compliance[0]?.cycles[0];
    expect(p.earned).toBe(engine?.earned);
    expect(p.required).toBe(24);
    expect(p.groups.reduce((s, g) => s + g.counted, 0)).toBeCloseTo(p.earned, 6);
    expect(p.groups.find((g) => g.label === 'Activities without a category')?.activities[0]).toMatchObject({ counted: 0, accepted: false });
    expect(p.certificates.map((c) => c.evidence)).toEqual(Array(5).fill('no certificate on file in Modality'));
    const doc = auditPacketDocument(p, '2026-11-26');
    expect(doc.blocks).toContainEqual({ kind: 'paragraph', text: `Total counted: ${String(p.earned)} of 24 credits.` });
  });

  it('for any CE list, lists exactly the activities of the cycle and its counted credits add up to the engine total', () => {
    const day = fc.integer({ min: 0, max: 900 }).map((n) => d(new Date(Date.UTC(2024, 10, 1) + n * 86_400_000).toISOString().slice(0, 10)));
    const activity = fc.record({
      title: fc.constantFrom('A', 'B', 'C'),
      completedOn: day,
      credits: fc.integer({ min: 0, max: 10 }),
      category: fc.constantFrom('A' as const, 'A+' as const),
      kind: fc.constantFrom('activity' as const, 'acls' as const, 'pals' as const),
    });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 25 }), (ce) => {
        const record = { ...base, ce };
        const p = auditPacket(record, 'arrt:R', d('2026-01-01'), d('2026-11-26'));
        if (p === undefined) throw new Error('no packet');
        const expected = ce.filter((a) => a.completedOn >= p.start && a.completedOn <= p.asOf).length;
        expect(p.groups.flatMap((g) => g.activities)).toHaveLength(expected);
        expect(p.groups.reduce((s, g) => s + g.counted, 0)).toBeCloseTo(p.earned, 6);
        expect(p.earned).toBe(evaluate(record, p.asOf).compliance[0]?.cycles[0]?.earned);
      }),
      { numRuns: 200 },
    );
  });

  it('names a signed CE credential in the wallet as the evidence of its activity', () => {
    const activity: CeActivity = { title: 'Dose', completedOn: d('2025-06-01'), credits: 2, category: 'A' };
    const frame = { id: 'urn:uuid:1', issuer: { did: 'did:web:h:issuers:o', name: 'St. Brigid (fictitious)', url: 'https://h' }, subjectName: 'Ana Reyes', validFrom: '2025-06-01T00:00:00Z', status: { listUrl: 'https://h/api/v1/status-lists/s', index: 0 } };
    const record: PersonRecord = { ...base, ce: [activity, { ...activity, title: 'Other' }], verifiableCredentials: [{ ...ceCredential(frame, activity), proof: {} }] };
    const p = auditPacket(record, 'arrt:R', d('2026-01-01'), d('2026-11-26'));
    expect(p?.certificates).toEqual([
      { title: 'Dose', completedOn: '2025-06-01', evidence: 'signed credential from St. Brigid (fictitious)' },
      { title: 'Other', completedOn: '2025-06-01', evidence: 'no certificate on file in Modality' },
    ]);
  });

  it('names a certificate kept on the record as a file, after a signed credential', () => {
    const activity: CeActivity = { title: 'Dose', completedOn: d('2025-06-01'), credits: 2, category: 'A' };
    const record: PersonRecord = { ...base, ce: [activity, { ...activity, title: 'Other' }] };
    const files = new Map([['Dose|2025-06-01', 'certificate on file in Modality: dose.pdf']]);
    expect(auditPacket(record, 'arrt:R', d('2026-01-01'), d('2026-11-26'), files)?.certificates).toEqual([
      { title: 'Dose', completedOn: '2025-06-01', evidence: 'certificate on file in Modality: dose.pdf' },
      { title: 'Other', completedOn: '2025-06-01', evidence: 'no certificate on file in Modality' },
    ]);
  });

  it('is undefined for a credential the person does not hold', () => {
    expect(auditPacket(base, 'arrt:CT', d('2026-01-01'), d('2026-11-26'))).toBeUndefined();
  });
});
