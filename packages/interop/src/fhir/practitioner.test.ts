import { PERSON_RECORD_FORMAT, calendarDate as d, type PersonRecord } from '@modality/domain';
import { fhirSchemaErrors } from '@modality/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordToPractitioner } from './practitioner-export.js';
import { practitionerToRecord } from './practitioner-import.js';
import { EXTENSIONS, SYSTEMS } from './fhir-systems.js';

const ana: PersonRecord = {
  format: PERSON_RECORD_FORMAT,
  person: { id: 'p-0001', name: 'Ana Reyes', birthDate: d('1994-05-17'), country: 'US', region: 'us-tx' },
  education: [{ kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: d('2014-08-25'), completedOn: d('2016-05-10') }],
  credentials: [
    { credential: 'arrt:R', earnedOn: d('2016-07-01'), number: '123456', cycle: { start: d('2025-05-01'), end: d('2027-04-30') }, status: 'active' },
    { credential: 'arrt:CT', earnedOn: d('2019-03-15'), number: '123456', status: 'probation' },
    { credential: 'us-tx:mrt', earnedOn: d('2016-08-01'), number: 'TX-5501', expiresOn: d('2027-05-31'), status: 'active' },
    { credential: 'gb:hcpc-radiographer', earnedOn: d('2020-01-01'), status: 'lapsed' },
  ],
};

describe('recordToPractitioner', () => {
  const p = recordToPractitioner(ana);

  it('is a valid FHIR R4 Practitioner (official JSON schema)', () => {
    expect(fhirSchemaErrors(p)).toEqual([]);
  });

  it('maps ARRT credentials to NUCC codes plus the Modality code, the number and ARRT as a contained issuer', () => {
    const r = p.qualification?.[0];
    expect(r?.code.coding).toEqual([
      { system: SYSTEMS.nucc, code: '2471C3402X', display: 'Radiography' },
      { system: SYSTEMS.credential, code: 'arrt:R', display: 'ARRT Radiography' },
    ]);
    expect(r?.identifier?.[0]?.value).toBe('123456');
    expect(r?.period).toEqual({ start: '2016-07-01' });
    expect(r?.issuer).toEqual({ reference: '#org-arrt', display: 'American Registry of Radiologic Technologists' });
    expect(p.contained).toContainEqual({ resourceType: 'Organization', id: 'org-arrt', name: 'American Registry of Radiologic Technologists' });
    expect(p.qualification?.[1]?.code.coding?.[0]?.code).toBe('2471C3401X');
  });

  it('gives a state licence the NDH extension with status active and whereValid Texas, the board as issuer and its expiry', () => {
    const tx = p.qualification?.find((q) => q.code.coding?.some((c) => c.code === 'us-tx:mrt'));
    const ndh = tx?.extension?.find((e) => e.url === EXTENSIONS.ndhQualification);
    expect(ndh?.extension).toEqual([
      { url: 'status', valueCode: 'active' },
      { url: 'whereValid', valueCodeableConcept: { coding: [{ system: SYSTEMS.uspsState, code: 'TX' }], text: 'Texas' } },
    ]);
    expect(tx?.issuer?.display).toBe('Texas Medical Board');
    expect(tx?.period?.end).toBe('2027-05-31');
  });

  it('gives a lapsed credential no NDH extension (STU1 fixes its status to active), only its own status', () => {
    const hcpc = p.qualification?.find((q) => q.code.coding?.some((c) => c.code === 'gb:hcpc-radiographer'));
    expect(hcpc?.extension?.map((e) => e.url)).toEqual([EXTENSIONS.credentialStatus]);
    expect(hcpc?.code.coding?.map((c) => c.system)).toEqual([SYSTEMS.credential]);
  });

  it('maps an associate program to HL7 v2-0360 AAS', () => {
    const edu = p.qualification?.at(-1);
    expect(edu?.code.coding?.[0]).toEqual({ system: SYSTEMS.v20360, code: 'AAS', display: 'Associate of Applied Science' });
    expect(edu?.period).toEqual({ start: '2014-08-25', end: '2016-05-10' });
  });
});

describe('practitionerToRecord', () => {
  it('reads an export back to the same person, education and credentials', () => {
    const r = practitionerToRecord(JSON.parse(JSON.stringify(recordToPractitioner(ana))));
    expect(r.ok && r.value.unmapped).toEqual([]);
    expect(r.ok && r.value.record).toEqual(ana);
  });

  it('round-trips generated records', () => {
    const codes = ['arrt:R', 'arrt:CT', 'arrt:MR', 'ardms:RDMS', 'nmtcb:CNMT', 'us-ca:crt-diagnostic', 'us-fl:radiographer', 'ie:coru-radiographer'];
    const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((x) => d(x.toISOString().slice(0, 10)));
    const credential = fc.record(
      {
        credential: fc.constantFrom(...codes),
        earnedOn: day,
        number: fc.stringMatching(/^[A-Z0-9-]{1,12}$/),
        expiresOn: day,
        status: fc.constantFrom('active' as const, 'probation' as const, 'lapsed' as const, 'retired' as const),
      },
      { requiredKeys: ['credential', 'earnedOn'] },
    );
    fc.assert(
      fc.property(fc.array(credential, { minLength: 1, maxLength: 6 }), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''), (credentials, name) => {
        const record: PersonRecord = { format: PERSON_RECORD_FORMAT, person: { name, birthDate: d('1990-02-03'), country: 'US' }, credentials };
        const back = practitionerToRecord(JSON.parse(JSON.stringify(recordToPractitioner(record))));
        expect(back.ok && back.value.record).toEqual(record);
      }),
      { numRuns: 150 },
    );
  });

  it('lists what it cannot map, and maps a NUCC code from a named registry without a Modality code', () => {
    const r = practitionerToRecord({
      resourceType: 'Practitioner',
      name: [{ given: ['Lee'], family: 'Park' }],
      birthDate: '1980-01-02',
      gender: 'female',
      telecom: [{ system: 'phone', value: '555' }],
      address: [{ country: 'us', state: 'NY' }],
      qualification: [
        { code: { coding: [{ system: SYSTEMS.nucc, code: '2471C3402X' }] }, period: { start: '2001-02-03' }, issuer: { display: 'American Registry of Radiologic Technologists' } },
        { code: { coding: [{ system: SYSTEMS.nucc, code: '2471C3402X' }] }, period: { start: '2001-02-03' }, issuer: { display: 'Somebody else' } },
        { code: { coding: [{ system: SYSTEMS.credential, code: 'arrt:CT' }] } },
        { code: { text: 'MD' } },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.record.person).toEqual({ name: 'Lee Park', birthDate: '1980-01-02', country: 'US', region: 'us-ny' });
    expect(r.value.record.credentials).toEqual([{ credential: 'arrt:R', earnedOn: '2001-02-03' }]);
    expect(r.value.unmapped).toEqual([
      'gender: not part of a person record',
      'telecom: not part of a person record',
      'qualification[1]: NUCC 2471C3402X from Somebody else does not name one credential Modality knows',
      'qualification[2]: arrt:CT has no period.start, so no date it was earned',
      'qualification[3]: no NUCC or Modality credential code',
    ]);
  });

  it('refuses what is not a Practitioner, and one without the fields a record needs, naming each', () => {
    expect(practitionerToRecord({ resourceType: 'Patient' })).toEqual({ ok: false, error: [{ path: 'resourceType', message: 'expected "Practitioner", got "Patient"' }] });
    const r = practitionerToRecord({ resourceType: 'Practitioner', birthDate: '1980' });
    expect(r.ok ? [] : r.error.map((i) => i.path)).toEqual(['name', 'birthDate', 'address[0].country']);
  });
});
