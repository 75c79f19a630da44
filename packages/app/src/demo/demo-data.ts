import {
  PERSON_RECORD_FORMAT,
  calendarDate,
  type CeActivity,
  type ClinicalEntry,
  type MembershipRole,
  type OrganisationKind,
  type PersonRecord,
} from '@modality/domain';
import { demoCe } from './demo-ce.js';

/**
 * The demo data of a first start. Everything here is FICTITIOUS: organisations carry "(fictitious)" in
 * their names, people and e-mail addresses (@demo.modality.test, a reserved test domain) are invented, and
 * credential numbers start with "DEMO-". It is fixed data plus a seeded generator, so every install gets
 * the same demo.
 */
export const DEMO_PASSWORD = 'modality-demo';
export const DEMO_EMAIL_DOMAIN = 'demo.modality.test';

export interface DemoOrganisation {
  readonly key: string;
  readonly name: string;
  readonly kind: OrganisationKind;
}

export interface DemoUser {
  readonly key: string;
  readonly name: string;
  readonly email: string;
  readonly isAdmin: boolean;
  readonly memberships: ReadonlyArray<{ readonly org: string; readonly role: MembershipRole }>;
  readonly record?: PersonRecord;
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { key: 'hospital', name: 'St. Brigid Regional Medical Center (fictitious)', kind: 'hospital' },
  { key: 'imaging', name: 'Lakeside Imaging Center (fictitious)', kind: 'imaging-centre' },
  { key: 'school', name: 'Harbor Valley College School of Radiologic Sciences (fictitious)', kind: 'school' },
  { key: 'agency', name: 'Northstar Imaging Staffing (fictitious)', kind: 'staffing-agency' },
];

const d = calendarDate;
const email = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;

function clinical(entries: ReadonlyArray<[procedure: string, on: string, count: number]>, verifier: string): ClinicalEntry[] {
  return entries.map(([procedure, on, count]) => ({ procedure, performedOn: d(on), count, verifiedBy: verifier, simulated: false }));
}

function record(
  person: { name: string; birthDate: string; country: string; region?: string },
  parts: Omit<PersonRecord, 'format' | 'person'>,
): PersonRecord {
  return {
    format: PERSON_RECORD_FORMAT,
    person: { name: person.name, birthDate: d(person.birthDate), country: person.country, ...(person.region ? { region: person.region } : {}) },
    education: parts.education ?? [],
    credentials: parts.credentials ?? [],
    ce: parts.ce ?? [],
    clinical: parts.clinical ?? [],
    exams: parts.exams ?? [],
  };
}

const acls = (on: string): CeActivity => ({ title: 'ACLS provider renewal', completedOn: d(on), credits: 4, category: 'A', kind: 'acls', topics: ['patient-care'] });

export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'admin', name: 'Ada Admin', email: email('admin'), isAdmin: true, memberships: [] },
  {
    key: 'ana',
    name: 'Ana Reyes',
    email: email('ana.reyes'),
    isAdmin: false,
    memberships: [{ org: 'hospital', role: 'professional' }],
    record: record(
      { name: 'Ana Reyes', birthDate: '1994-05-17', country: 'US', region: 'us-tx' },
      {
        education: [{ kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: d('2014-08-25'), completedOn: d('2016-05-10') }],
        credentials: [
          { credential: 'arrt:R', earnedOn: d('2016-07-01'), number: 'DEMO-100001', status: 'active' },
          { credential: 'arrt:CT', earnedOn: d('2019-03-15'), number: 'DEMO-100001', status: 'active' },
          { credential: 'us-tx:mrt', earnedOn: d('2016-08-01'), number: 'DEMO-TX-5501', expiresOn: d('2027-05-31'), status: 'active' },
        ],
        ce: [...demoCe(11, '2025-05-01', 560, 9), acls('2025-09-12')],
        exams: [
          { exam: 'arrt:R', windowStart: d('2016-05-20'), takenOn: d('2016-06-14'), result: 'pass' },
          { exam: 'arrt:CT', windowStart: d('2019-01-10'), takenOn: d('2019-03-02'), result: 'pass' },
        ],
      },
    ),
  },
  {
    key: 'marcus',
    name: 'Marcus Chen',
    email: email('marcus.chen'),
    isAdmin: false,
    memberships: [{ org: 'imaging', role: 'professional' }],
    record: record(
      { name: 'Marcus Chen', birthDate: '1988-11-03', country: 'US', region: 'us-ca' },
      {
        education: [
          { kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: d('2008-08-20'), completedOn: d('2010-05-28') },
          { kind: 'degree', discipline: 'other', award: 'bachelor', country: 'US', completedOn: d('2014-12-15') },
        ],
        credentials: [
          { credential: 'arrt:R', earnedOn: d('2010-07-22'), number: 'DEMO-100002', status: 'active' },
          { credential: 'arrt:MR', earnedOn: d('2013-10-04'), number: 'DEMO-100002', status: 'active' },
          { credential: 'us-ca:crt-diagnostic', earnedOn: d('2010-09-01'), number: 'DEMO-CA-77120', expiresOn: d('2027-11-30'), status: 'active' },
        ],
        ce: demoCe(22, '2024-11-01', 700, 10),
        exams: [
          { exam: 'arrt:R', windowStart: d('2010-06-01'), takenOn: d('2010-06-30'), result: 'pass' },
          { exam: 'arrt:MR', windowStart: d('2013-08-01'), takenOn: d('2013-09-20'), result: 'pass' },
        ],
      },
    ),
  },
  {
    key: 'priya',
    name: 'Priya Nair',
    email: email('priya.nair'),
    isAdmin: false,
    memberships: [{ org: 'imaging', role: 'professional' }],
    record: record(
      { name: 'Priya Nair', birthDate: '1991-02-08', country: 'US', region: 'us-ca' },
      {
        education: [{ kind: 'program', discipline: 'sonography', award: 'bachelor', country: 'US', approvedBy: ['caahep'], startedOn: d('2009-09-01'), completedOn: d('2013-05-18') }],
        credentials: [{ credential: 'ardms:RDMS', earnedOn: d('2013-09-10'), number: 'DEMO-AR-30303', status: 'active' }],
        ce: demoCe(33, '2023-01-01', 1400, 14, true),
        exams: [
          { exam: 'ardms:SPI', takenOn: d('2013-06-20'), result: 'pass' },
          { exam: 'ardms:AB', takenOn: d('2013-09-10'), result: 'pass' },
          { exam: 'ardms:OBGYN', takenOn: d('2016-04-02'), result: 'fail' },
        ],
      },
    ),
  },
  {
    key: 'david',
    name: 'David Okafor',
    email: email('david.okafor'),
    isAdmin: false,
    memberships: [{ org: 'hospital', role: 'professional' }],
    record: record(
      { name: 'David Okafor', birthDate: '1985-08-29', country: 'US', region: 'us-tx' },
      {
        education: [{ kind: 'program', discipline: 'nuclear-medicine', award: 'bachelor', country: 'US', approvedBy: ['jrcnmt'], startedOn: d('2004-08-23'), completedOn: d('2008-05-16') }],
        credentials: [
          { credential: 'nmtcb:CNMT', earnedOn: d('2008-08-14'), number: 'DEMO-NM-4040', status: 'active' },
          { credential: 'nmtcb:PET', earnedOn: d('2015-02-20'), number: 'DEMO-NM-4040', status: 'active' },
        ],
        ce: demoCe(44, '2025-01-01', 690, 11),
        exams: [{ exam: 'nmtcb:CNMT', takenOn: d('2008-07-30'), result: 'pass' }, { exam: 'nmtcb:PET', takenOn: d('2015-02-20'), result: 'pass' }],
      },
    ),
  },
  {
    key: 'grace',
    name: 'Grace Kim',
    email: email('grace.kim'),
    isAdmin: false,
    memberships: [{ org: 'hospital', role: 'professional' }],
    record: record(
      { name: 'Grace Kim', birthDate: '1990-01-21', country: 'US', region: 'us-tx' },
      {
        education: [{ kind: 'program', discipline: 'radiation-therapy', award: 'bachelor', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: d('2008-08-25'), completedOn: d('2012-05-12') }],
        credentials: [{ credential: 'arrt:T', earnedOn: d('2012-08-09'), number: 'DEMO-100005', status: 'active' }],
        ce: [...demoCe(55, '2025-01-01', 600, 8), { title: 'Radiobiology', completedOn: d('2025-04-20'), kind: 'academic', semesterCredits: 1 }],
        exams: [{ exam: 'arrt:T', windowStart: d('2012-06-01'), takenOn: d('2012-07-16'), result: 'pass' }],
      },
    ),
  },
  {
    key: 'emily',
    name: 'Emily Walsh',
    email: email('emily.walsh'),
    isAdmin: false,
    memberships: [{ org: 'hospital', role: 'professional' }],
    record: record(
      { name: 'Emily Walsh', birthDate: '1979-07-12', country: 'US', region: 'us-ny' },
      {
        education: [{ kind: 'program', discipline: 'radiography', award: 'certificate', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: d('1998-09-01'), completedOn: d('2000-08-18') }],
        credentials: [
          { credential: 'arrt:R', earnedOn: d('2000-10-05'), number: 'DEMO-100006', status: 'active' },
          { credential: 'arrt:M', earnedOn: d('2004-06-11'), number: 'DEMO-100006', status: 'active' },
          { credential: 'us-ny:radiography', earnedOn: d('2000-11-20'), number: 'DEMO-NY-2468', expiresOn: d('2028-07-31'), status: 'active' },
        ],
        ce: demoCe(66, '2024-07-01', 800, 12),
        exams: [{ exam: 'arrt:R', takenOn: d('2000-09-15'), result: 'pass' }, { exam: 'arrt:M', takenOn: d('2004-05-28'), result: 'pass' }],
      },
    ),
  },
  {
    key: 'ryan',
    name: 'Ryan Brooks',
    email: email('ryan.brooks'),
    isAdmin: false,
    memberships: [{ org: 'imaging', role: 'professional' }],
    record: record(
      { name: 'Ryan Brooks', birthDate: '2002-03-30', country: 'US', region: 'us-fl' },
      {
        education: [{ kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: d('2023-08-21'), completedOn: d('2025-05-09') }],
        credentials: [
          { credential: 'arrt:R', earnedOn: d('2025-07-18'), number: 'DEMO-100007', status: 'active' },
          { credential: 'us-fl:radiographer', earnedOn: d('2025-08-25'), number: 'DEMO-FL-1357', status: 'active' },
        ],
        ce: demoCe(77, '2025-09-01', 420, 4),
        exams: [{ exam: 'arrt:R', windowStart: d('2025-05-20'), takenOn: d('2025-06-27'), result: 'pass' }],
      },
    ),
  },
  {
    key: 'jose',
    name: 'José Santos',
    email: email('jose.santos'),
    isAdmin: false,
    memberships: [{ org: 'agency', role: 'professional' }],
    record: record(
      { name: 'José Santos', birthDate: '1993-10-02', country: 'PH' },
      {
        education: [{ kind: 'program', discipline: 'radiography', award: 'bachelor', country: 'PH', approvedBy: ['ched'], startedOn: d('2010-06-14'), completedOn: d('2014-04-05') }],
        ce: demoCe(88, '2024-02-01', 600, 6),
        clinical: clinical([['xr:chest', '2014-02-10', 120], ['ct:head', '2019-05-01', 60]], 'Chief RT (fictitious), Manila'),
      },
    ),
  },
  {
    key: 'sam',
    name: 'Sam Patel',
    email: email('sam.patel'),
    isAdmin: false,
    memberships: [{ org: 'school', role: 'student' }],
    record: record(
      { name: 'Sam Patel', birthDate: '2005-06-14', country: 'US', region: 'us-tx' },
      {
        education: [{ kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: d('2025-08-25') }],
        clinical: clinical(
          [['xr:chest', '2026-01-20', 14], ['xr:hand', '2026-02-03', 6], ['xr:knee', '2026-02-17', 5], ['xr:abdomen', '2026-03-09', 4], ['xr:c-spine', '2026-04-14', 3], ['xr:portable-chest', '2026-09-22', 8]],
          'Olivia Bennett, R.T.(R) (fictitious)',
        ),
      },
    ),
  },
  {
    key: 'lena',
    name: 'Lena Morales',
    email: email('lena.morales'),
    isAdmin: false,
    memberships: [{ org: 'school', role: 'student' }],
    record: record(
      { name: 'Lena Morales', birthDate: '2001-12-09', country: 'US', region: 'us-tx' },
      {
        education: [{ kind: 'program', discipline: 'sonography', award: 'associate', country: 'US', approvedBy: ['caahep'], startedOn: d('2025-01-13') }],
        clinical: clinical([['us:abdomen', '2026-03-02', 22], ['us:pelvis', '2026-05-11', 9], ['us:thyroid', '2026-08-19', 7]], 'Priya Nair, RDMS (fictitious)'),
        exams: [{ exam: 'ardms:SPI', windowStart: d('2026-10-01'), result: 'scheduled' }],
      },
    ),
  },
  {
    key: 'olivia',
    name: 'Olivia Bennett',
    email: email('olivia.bennett'),
    isAdmin: false,
    memberships: [{ org: 'school', role: 'instructor' }],
    record: record(
      { name: 'Olivia Bennett', birthDate: '1982-04-05', country: 'US', region: 'us-tx' },
      {
        education: [{ kind: 'program', discipline: 'radiography', award: 'bachelor', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: d('2000-08-28'), completedOn: d('2004-05-14') }],
        credentials: [
          { credential: 'arrt:R', earnedOn: d('2004-07-02'), number: 'DEMO-100010', status: 'active' },
          { credential: 'us-tx:mrt', earnedOn: d('2004-08-16'), number: 'DEMO-TX-9911', expiresOn: d('2028-04-30'), status: 'active' },
        ],
        ce: demoCe(99, '2024-04-01', 900, 12),
      },
    ),
  },
  { key: 'henry', name: 'Henry Lambert', email: email('henry.lambert'), isAdmin: false, memberships: [{ org: 'school', role: 'program_director' }] },
  { key: 'nina', name: 'Nina Cole', email: email('nina.cole'), isAdmin: false, memberships: [{ org: 'agency', role: 'recruiter' }] },
  { key: 'victor', name: 'Victor Huang', email: email('victor.huang'), isAdmin: false, memberships: [{ org: 'hospital', role: 'org_admin' }] },
];
