import { PERSON_RECORD_FORMAT, calendarDate, type PersonRecord } from '@modality/domain';
import type { LeavingOutcome } from '../ports/index.js';
import { DEMO_EMAIL_DOMAIN } from './demo-data.js';

/**
 * Former students of the demo school (FICTITIOUS people, like all demo data): graduates of several years with
 * their first ARRT attempt in their own records, some employed, one not seeking work, and students who
 * withdrew. They give the school's program effectiveness figures something to count. Each has an account and
 * keeps their record; their membership of the school has ended (the seed records them as leavers).
 */
export interface DemoGraduate {
  readonly key: string;
  readonly name: string;
  readonly email: string;
  readonly record: PersonRecord;
  readonly leaving: { readonly outcome: LeavingOutcome; readonly leftOn: string; readonly employedOn?: string; readonly notSeeking?: boolean };
}

const d = calendarDate;

type Row = [name: string, born: string, startedOn: string, leftOn: string, outcome: LeavingOutcome, exam: [on: string, result: 'pass' | 'fail'] | null, employedOn: string | null, notSeeking?: boolean];

const ROWS: readonly Row[] = [
  ['Tomás Rivera', '2001-03-14', '2020-08-24', '2022-05-13', 'graduated', ['2022-06-21', 'pass'], '2022-08-01'],
  ['Hannah Cho', '2000-11-02', '2020-08-24', '2022-05-13', 'graduated', ['2022-07-12', 'pass'], '2022-09-12'],
  ['Malik Johnson', '1999-07-30', '2020-08-24', '2022-05-13', 'graduated', ['2022-06-30', 'fail'], '2023-01-09'],
  ['Ivy Thompson', '2001-05-05', '2020-08-24', '2022-02-18', 'withdrew', null, null],
  ['Carlos Mendes', '2001-09-19', '2021-08-23', '2023-05-12', 'graduated', ['2023-06-15', 'pass'], '2023-07-10'],
  ['Aisha Rahman', '2002-01-27', '2021-08-23', '2023-05-12', 'graduated', ['2023-07-20', 'pass'], null, true],
  ['Ben Foster', '2000-04-11', '2021-08-23', '2023-05-12', 'graduated', ['2024-01-30', 'pass'], '2024-03-01'],
  ['Zoe Kaplan', '2002-06-08', '2022-08-22', '2024-05-10', 'graduated', ['2024-06-18', 'pass'], '2024-06-30'],
  ['Omar Haddad', '2001-12-01', '2022-08-22', '2024-05-10', 'graduated', ['2024-06-25', 'fail'], null],
  ['Mia Sorensen', '2003-02-17', '2022-08-22', '2024-01-19', 'withdrew', null, null],
  ['Noah Park', '2003-08-23', '2023-08-21', '2025-05-09', 'graduated', ['2025-06-20', 'pass'], '2025-08-04'],
  ['Ella Novak', '2003-10-10', '2023-08-21', '2025-05-09', 'graduated', ['2025-07-01', 'pass'], '2025-07-21'],
  ['Lucas Ortega', '2002-12-29', '2023-08-21', '2025-05-09', 'graduated', ['2025-06-11', 'pass'], '2026-02-02'],
];

const keyOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ /g, '.');

export const DEMO_GRADUATES: readonly DemoGraduate[] = ROWS.map(([name, born, startedOn, leftOn, outcome, exam, employedOn, notSeeking]) => ({
  key: keyOf(name),
  name,
  email: `${keyOf(name)}@${DEMO_EMAIL_DOMAIN}`,
  record: {
    format: PERSON_RECORD_FORMAT,
    person: { name, birthDate: d(born), country: 'US', region: 'us-tx' },
    education: [
      {
        kind: 'program',
        discipline: 'radiography',
        award: 'associate',
        country: 'US',
        approvedBy: ['arrt', 'jrcert'],
        startedOn: d(startedOn),
        ...(outcome === 'graduated' ? { completedOn: d(leftOn) } : {}),
      },
    ],
    credentials: [],
    ce: [],
    clinical: [],
    exams: exam === null ? [] : [{ exam: 'arrt:R', takenOn: d(exam[0]), result: exam[1] }],
  },
  leaving: { outcome, leftOn, ...(employedOn === null ? {} : { employedOn }), ...(notSeeking === true ? { notSeeking } : {}) },
}));
