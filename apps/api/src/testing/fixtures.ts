/** A complete, valid person record in the v1 format (every optional field used once). */
export const fullRecord = {
  format: 'modality/person-record@1',
  person: { id: 'ext-0042', name: 'Ana Reyes', birthDate: '1994-05-17', country: 'US', region: 'us-tx' },
  education: [{ kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: '2014-08-25', completedOn: '2016-05-10' }],
  credentials: [
    { credential: 'arrt:R', earnedOn: '2016-07-01', number: '123456', cycle: { start: '2025-05-01', end: '2027-04-30' }, expiresOn: '2027-05-31', status: 'active' },
    { credential: 'arrt:CT', earnedOn: '2019-03-15' },
  ],
  ce: [
    { title: 'CT dose optimisation', completedOn: '2026-01-10', credits: 2, category: 'A', kind: 'activity', topics: ['ct', 'radiation-safety'] },
    { title: 'Sectional anatomy', completedOn: '2026-02-10', kind: 'academic', semesterCredits: 3 },
    { title: 'CT safety module', completedOn: '2026-03-10', credits: 1, kind: 'structured-education', contentCategory: 'Safety', forCredential: 'arrt:CT' },
  ],
  clinical: [{ procedure: 'ct:head', performedOn: '2026-03-01', count: 3, hours: 0, verifiedBy: 'J. Smith, R.T.(R)(CT)', simulated: false }],
  exams: [{ exam: 'arrt:CT', windowStart: '2026-06-01', takenOn: '2026-07-01', result: 'fail' }],
} as const;

/** The same record with one of each kind of mistake the checks name. */
export function brokenRecord(): Record<string, unknown> {
  const r = structuredClone(fullRecord) as unknown as { person: Record<string, unknown>; credentials: Array<Record<string, unknown>>; ce: Array<Record<string, unknown>> };
  r.credentials[0] = { ...r.credentials[0], earnedOn: '2026-02-30' };
  r.credentials[1] = { ...r.credentials[1], credential: 'arrt:ZZ' };
  r.person.nickname = 'Ana';
  r.ce[0] = { ...r.ce[0], credits: 'two' };
  return r;
}

export const BROKEN_PATHS = ['ce[0].credits', 'credentials[0].earnedOn', 'credentials[1].credential', 'person.nickname'];
