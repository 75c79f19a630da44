/**
 * The victim of the crash test (`../crash.test.ts`): opens the database named by `CRASH_DB_CONFIG` the way
 * `modality serve` does (migrations included), says `ready`, waits for `go` on standard input (so that the
 * test can start the next victim while it inspects the last one, and say which versions to start from),
 * then imports a large person record and a
 * large program directory over and over — the use cases `modality import record` and `modality import
 * programs` run, alternating between two versions of each — until it is killed.
 */
import { importPrograms, importRecordAsOperator, type ProgramRow } from '@modality/app';
import { PERSON_RECORD_FORMAT, calendarDate, type PersonRecord } from '@modality/domain';
import { openRuntime } from '@modality/runtime';

/** How many CE activities the record has, and how many programs the directory: every version the same. */
export const CRASH_CE_ENTRIES = 1000;
export const CRASH_PROGRAMS = 400;
export const CRASH_RECORD_ID = 'crash-0001';

/** Where a runtime's database is (SQLite file or PostgreSQL URL). */
export type CrashDatabase = NonNullable<Parameters<typeof openRuntime>[0]['config']>;

/** Version `v` of the large record: every CE title starts with `v:`. */
export function crashRecord(v: 'a' | 'b'): PersonRecord {
  return {
    format: PERSON_RECORD_FORMAT,
    person: { id: CRASH_RECORD_ID, name: 'Crash Test Person', birthDate: calendarDate('1990-01-01'), country: 'US', region: 'us-tx' },
    credentials: [{ credential: 'arrt:R', earnedOn: calendarDate('2012-07-01') }],
    ce: Array.from({ length: CRASH_CE_ENTRIES }, (_, i) => ({ title: `${v}:${String(i)}`, completedOn: calendarDate('2026-01-15'), credits: 1, category: 'A' as const })),
  };
}

/** Version `v` of the directory: every program's name ends with ` (v)`. */
export function crashPrograms(v: 'a' | 'b'): ProgramRow[] {
  return Array.from({ length: CRASH_PROGRAMS }, (_, i) => {
    const key = `CRASH-${String(i).padStart(5, '0')}`;
    return { id: `jrcert:${key}`, accreditor: 'jrcert', accreditorProgramId: key, name: `Program ${String(i)} (${v})`, institution: 'Crash College (fictitious)', discipline: 'radiography', award: 'associate', jurisdiction: 'us-tx', city: null, lengthMonths: 24, url: null, demo: true, comment: null, outcome: null };
  });
}

async function main(): Promise<void> {
  const config = JSON.parse(process.env.CRASH_DB_CONFIG ?? '') as CrashDatabase;
  const runtime = await openRuntime({ env: {}, config, seed: false });
  const versions = [crashRecord('a'), crashRecord('b')] as const;
  const directories = [crashPrograms('a'), crashPrograms('b')] as const;
  process.stdout.write('ready\n');
  // `go <record version> <directory version>`: the test starts each victim on the versions the database
  // does not hold, so that its first writes really change rows (an unchanged import writes nothing).
  const go = await new Promise<string>((resolve) => process.stdin.once('data', (d: Buffer) => resolve(d.toString())));
  const [, firstRecord = 'a', firstDirectory = 'a'] = go.trim().split(' ');
  const recordOffset = firstRecord === 'b' ? 1 : 0;
  const directoryOffset = firstDirectory === 'b' ? 1 : 0;
  for (let round = 0; ; round++) {
    await importRecordAsOperator(runtime.deps, versions[(round + recordOffset) % 2] as PersonRecord);
    await importPrograms(runtime.deps, { programs: directories[(round + directoryOffset) % 2] as ProgramRow[] });
  }
}

if (process.env.CRASH_DB_CONFIG !== undefined) await main();
