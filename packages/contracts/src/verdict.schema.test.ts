import { calendarDate, type PersonRecord } from '@modality/domain';
import { COMPLIANCE_STATUSES, DEADLINE_KINDS, evaluate } from '@modality/rules';
import { describe, expect, it } from 'vitest';
import { parsePersonRecord } from './person-record.schema.js';
import { VERDICT_DEADLINE_KINDS, VERDICT_STATUSES, verdictQuerySchema, verdictSchema } from './verdict.schema.js';

const asRecord = (json: unknown): PersonRecord => {
  const r = parsePersonRecord(json);
  if (!r.ok) throw new Error(r.error.map((i) => `${i.path}: ${i.message}`).join('; '));
  return r.value;
};
const person = { name: 'Ana Reyes', birthDate: '1994-05-17', country: 'US', region: 'us-tx' };
const base = { format: 'modality/person-record@1', person };

/** Representative records: the contract example, every body the engine covers, probation and lapse, and the empty one. */
const RECORDS: Record<string, unknown> = {
  empty: base,
  contractExample: {
    ...base,
    education: [{ kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: '2014-08-25', completedOn: '2016-05-10' }],
    credentials: [{ credential: 'arrt:R', earnedOn: '2016-07-01', number: '123456', cycle: { start: '2025-05-01', end: '2027-04-30' }, expiresOn: '2027-05-31', status: 'active' }],
    ce: [
      { title: 'CT dose optimisation', completedOn: '2026-01-10', credits: 2, category: 'A', kind: 'activity', topics: ['ct', 'radiation-safety'] },
      { title: 'Anatomy', completedOn: '2026-02-10', kind: 'academic', semesterCredits: 3 },
    ],
    clinical: [{ procedure: 'ct:head', performedOn: '2026-03-01', count: 3, hours: 0, verifiedBy: 'J. Smith, R.T.(R)(CT)', simulated: false }],
    exams: [{ exam: 'arrt:CT', windowStart: '2026-06-01', takenOn: '2026-07-01', result: 'fail' }],
  },
  manyBodies: {
    ...base,
    credentials: [
      { credential: 'arrt:S', earnedOn: '2012-03-01', status: 'probation' },
      { credential: 'arrt:RRA', earnedOn: '2014-03-01', status: 'lapsed' },
      { credential: 'ardms:RDMS', earnedOn: '2013-03-01' },
      { credential: 'ardms:RMSKS', earnedOn: '2019-03-01' },
      { credential: 'nmtcb:CNMT', earnedOn: '2015-01-01' },
      { credential: 'nmtcb:CT', earnedOn: '2018-01-01' },
      { credential: 'armrit:MRIT', earnedOn: '2018-01-01' },
      { credential: 'us-ca:crt-diagnostic', earnedOn: '2015-01-01', expiresOn: '2027-06-30' },
      { credential: 'us-ca:fluoroscopy-permit', earnedOn: '2016-01-01', expiresOn: '2027-06-30' },
      { credential: 'us-tx:mrt', earnedOn: '2016-08-01', expiresOn: '2027-02-28' },
      { credential: 'us-fl:radiographer', earnedOn: '2016-08-01' },
      { credential: 'us-ny:radiography', earnedOn: '2016-08-01', expiresOn: '2028-05-17' },
      { credential: 'us-ky:radiography', earnedOn: '2016-08-01' },
      { credential: 'gb:hcpc-radiographer', earnedOn: '2016-08-01' },
      { credential: 'au:mrpba-radiographer', earnedOn: '2016-08-01' },
      { credential: 'ie:coru-radiographer', earnedOn: '2016-08-01' },
      { credential: 'ca-on:cmrito-mrt', earnedOn: '2016-08-01' },
    ],
    ce: [
      { title: 'Sono 1', completedOn: '2025-06-01', credits: 10.5, category: 'A+', topics: ['sonography', 'msk'] },
      { title: 'ACLS', completedOn: '2025-07-01', credits: 8, kind: 'acls' },
      { title: 'Physics', completedOn: '2025-08-01', kind: 'academic', quarterCredits: 2 },
    ],
    clinical: [{ procedure: 'ct:head', performedOn: '2026-03-01', hours: 120 }],
    exams: [{ exam: 'ardms:VT', takenOn: '2026-02-01', result: 'pass' }],
  },
  international: {
    format: 'modality/person-record@1',
    person: { name: 'Jun Cruz', birthDate: '1990-01-31', country: 'PH' },
    education: [
      { kind: 'program', discipline: 'radiography', award: 'bachelor', country: 'PH', approvedBy: ['ched'], completedOn: '2012-04-01' },
      { kind: 'program', discipline: 'nuclear-medicine', award: 'certificate', country: 'CA', approvedBy: ['camrt'], completedOn: '2024-04-01' },
    ],
  },
};

describe('verdict schema', () => {
  it.each(Object.entries(RECORDS))('engine output for the %s record validates', (_, json) => {
    const record = asRecord(json);
    for (const asOf of ['2024-02-29', '2026-11-26']) {
      const verdict = evaluate(record, calendarDate(asOf));
      const parsed = verdictSchema.safeParse(JSON.parse(JSON.stringify(verdict)));
      expect(parsed.error?.issues ?? []).toEqual([]);
      for (const target of ['arrt:CT', 'ardms:RDMS', 'nmtcb:CT', 'arrt:R']) {
        expect(verdictSchema.safeParse(evaluate(record, calendarDate(asOf), { target })).success).toBe(true);
      }
    }
  });

  it('gives the empty record an empty verdict', () => {
    expect(verdictSchema.parse(evaluate(asRecord(RECORDS.empty), calendarDate('2026-11-26')))).toEqual({ asOf: '2026-11-26', compliance: [], eligibility: [] });
  });

  it('accepts the contract example verdict and rejects fields the contract does not show', () => {
    const example = {
      asOf: '2026-11-26',
      compliance: [
        {
          credential: 'arrt:R',
          status: 'in-progress',
          cycles: [{ rule: 'arrt.ce.biennium', start: '2025-05-01', end: '2027-04-30', required: 24, earned: 12, remaining: 12, minimums: [{ topic: 'sonography', required: 16, earned: 4, remaining: 12 }] }],
          deadlines: [{ kind: 'renewal', due: '2027-05-31' }],
          warnings: ['rule arrt.x rests on a secondary source'],
          sources: ['https://www.arrt.org/pages/resources/maintaining-credentials/continuing-education'],
        },
      ],
      eligibility: [
        {
          credential: 'arrt:CT',
          eligible: false,
          missing: [{ rule: 'arrt.postprimary.structured-education', what: 'structured education in Safety', need: 1, have: 0, unit: 'credits' }],
          sources: ['https://www.arrt.org/earn-arrt-credentials/requirements'],
        },
      ],
    };
    expect(verdictSchema.safeParse(example).success).toBe(true);
    const extra = structuredClone(example) as { compliance: Record<string, unknown>[] };
    if (extra.compliance[0] !== undefined) extra.compliance[0].note = 'x';
    expect(verdictSchema.safeParse(extra).success).toBe(false);
    const badStatus = structuredClone(example) as { compliance: { status: string }[] };
    if (badStatus.compliance[0] !== undefined) badStatus.compliance[0].status = 'ok';
    expect(verdictSchema.safeParse(badStatus).success).toBe(false);
  });

  it('keeps its enums in step with the engine', () => {
    expect(VERDICT_STATUSES).toEqual(COMPLIANCE_STATUSES);
    expect(VERDICT_DEADLINE_KINDS).toEqual(DEADLINE_KINDS);
  });

  it('validates the check query (asOf a real date, target a catalogue code)', () => {
    expect(verdictQuerySchema.safeParse({ asOf: '2026-11-26', target: 'arrt:CT' }).success).toBe(true);
    expect(verdictQuerySchema.safeParse({ asOf: '2026-02-30' }).success).toBe(false);
    expect(verdictQuerySchema.safeParse({ target: 'arrt:XX' }).success).toBe(false);
  });
});
