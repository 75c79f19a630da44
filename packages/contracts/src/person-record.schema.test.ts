import { describe, expect, it } from 'vitest';
import { parsePersonRecord } from './person-record.schema.js';

const valid = {
  format: 'modality/person-record@1',
  person: { id: 'p-0001', name: 'Ana Reyes', birthDate: '1994-05-17', country: 'US', region: 'us-tx' },
  education: [
    {
      kind: 'program',
      discipline: 'radiography',
      award: 'associate',
      country: 'US',
      approvedBy: ['arrt', 'jrcert'],
      startedOn: '2014-08-25',
      completedOn: '2016-05-10',
    },
  ],
  credentials: [
    { credential: 'arrt:R', earnedOn: '2016-07-01', number: '123456', cycle: { start: '2025-05-01', end: '2027-04-30' }, expiresOn: '2027-05-31', status: 'active' },
  ],
  ce: [
    { title: 'CT dose optimisation', completedOn: '2026-01-10', credits: 2, category: 'A', kind: 'activity', topics: ['ct', 'radiation-safety'] },
    { title: 'Anatomy', completedOn: '2026-02-10', kind: 'academic', semesterCredits: 3 },
  ],
  clinical: [{ procedure: 'ct:head', performedOn: '2026-03-01', count: 3, hours: 0, verifiedBy: 'J. Smith, R.T.(R)(CT)', simulated: false }],
  exams: [{ exam: 'arrt:CT', windowStart: '2026-06-01', takenOn: '2026-07-01', result: 'fail' }],
};

describe('person record v1 schema', () => {
  it('accepts the contract example and returns it unchanged', () => {
    const r = parsePersonRecord(valid);
    expect(r).toEqual({ ok: true, value: valid });
  });

  it('names every bad field by its path: impossible date, unknown code, unknown field, wrong type', () => {
    const bad = structuredClone(valid) as unknown as { person: Record<string, unknown>; credentials: Array<Record<string, unknown>>; ce: Array<Record<string, unknown>> };
    bad.credentials[0] = { ...bad.credentials[0], earnedOn: '2026-02-30', credential: 'arrt:XX' };
    bad.person.nickname = 'Ana';
    bad.ce[0] = { ...bad.ce[0], credits: 'two' };
    const r = parsePersonRecord(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.error.map((i) => [i.path, i.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      ['ce[0].credits', 'credentials[0].credential', 'credentials[0].earnedOn', 'person.nickname'].sort(),
    );
    expect(byPath['credentials[0].earnedOn']).toMatch(/calendar date/);
    expect(byPath['person.nickname']).toBe('unknown field');
  });

  it('requires credits except for academic courses, which need semester or quarter credits', () => {
    const noCredits = { ...valid, ce: [{ title: 'x', completedOn: '2026-01-01' }] };
    const r1 = parsePersonRecord(noCredits);
    expect(r1.ok ? [] : r1.error.map((i) => i.path)).toEqual(['ce[0].credits']);
    const academic = { ...valid, ce: [{ title: 'x', completedOn: '2026-01-01', kind: 'academic' }] };
    const r2 = parsePersonRecord(academic);
    expect(r2.ok ? [] : r2.error.map((i) => i.path)).toEqual(['ce[0].semesterCredits']);
  });

  it('accepts a minimal record and rejects a wrong format tag', () => {
    const minimal = { format: 'modality/person-record@1', person: { name: 'X', birthDate: '2000-01-01', country: 'GB' } };
    expect(parsePersonRecord(minimal).ok).toBe(true);
    const r = parsePersonRecord({ ...minimal, format: 'modality/person-record@2' });
    expect(r.ok ? [] : r.error.map((i) => i.path)).toEqual(['format']);
  });

  it('rejects an exam code in the credentials list (an exam is not held)', () => {
    const r = parsePersonRecord({ ...valid, credentials: [{ credential: 'ardms:SPI', earnedOn: '2020-01-01' }] });
    expect(r.ok ? [] : r.error.map((i) => i.path)).toEqual(['credentials[0].credential']);
  });
});

describe('person record v1: the optional verifiableCredentials section (the wallet)', () => {
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: 'urn:uuid:6f1c9c4e-8f3e-4a39-9f0e-1d2d3c4b5a69',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'did:web:modality.example.org:issuers:org_1', type: ['Profile'], name: 'Harbor Valley College (fictitious)' },
    validFrom: '2026-01-20T00:00:00Z',
    credentialSubject: { type: ['AchievementSubject'], achievement: { name: 'Radiography: chest', anyField: { nested: [1, 'two'] } } },
    proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofValue: 'z5…' },
  };

  it('keeps a received credential exactly as it came, fields the record format does not know included', () => {
    const record = { ...valid, verifiableCredentials: [credential] };
    expect(parsePersonRecord(JSON.parse(JSON.stringify(record)))).toEqual({ ok: true, value: record });
  });

  it('checks its outline: VC context first, VerifiableCredential type, an issuer, a subject, a proof', () => {
    const { proof: _p, ...unsigned } = credential;
    const r = parsePersonRecord({ ...valid, verifiableCredentials: [{ ...credential, '@context': ['https://example.org/ctx'] }, { ...credential, type: ['Badge'] }, unsigned] });
    expect(r.ok ? [] : r.error.map((i) => i.path)).toEqual(['verifiableCredentials[0].@context', 'verifiableCredentials[1].type', 'verifiableCredentials[2].proof']);
  });
});

describe('credits of one CE activity', () => {
  const withCe = (activity: Record<string, unknown>) => parsePersonRecord({ ...valid, ce: [{ title: 'Course', completedOn: '2026-01-10', ...activity }] });
  const issues = (activity: Record<string, unknown>) => {
    const r = withCe(activity);
    return r.ok ? [] : r.error;
  };

  it('must be more than zero and at most the bound of their unit, quoting the refused figure', () => {
    const tooMany = issues({ credits: 500 });
    expect(tooMany.map((i) => i.path)).toEqual(['ce[0].credits']);
    expect(tooMany[0]?.message).toMatch(/^500 credits is more than one activity can be worth \(at most 100\)/);
    expect(issues({ credits: 0 })).toEqual([{ path: 'ce[0].credits', message: '0 credits: must be more than 0' }]);
    expect(issues({ credits: -1 })[0]?.path).toBe('ce[0].credits');
    expect(issues({ kind: 'academic', semesterCredits: 31 })[0]?.message).toContain('31 semester credits');
    expect(issues({ kind: 'academic', quarterCredits: 46 })[0]?.message).toContain('46 quarter credits');
  });

  it('accepts every figure from just above zero up to the bound', () => {
    for (const credits of [0.25, 1, 12, 100]) expect(withCe({ credits }).ok).toBe(true);
    expect(withCe({ kind: 'academic', semesterCredits: 30 }).ok).toBe(true);
    expect(withCe({ kind: 'academic', quarterCredits: 45 }).ok).toBe(true);
  });
});
