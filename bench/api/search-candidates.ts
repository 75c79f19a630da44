/**
 * Writes `n` fictitious candidates straight into a PostgreSQL database that `modality db seed --demo`
 * prepared: a person with a record document (education, credentials, CE, exams) and an opt-in profile
 * (places, shifts, pay floor, who may find them), in multi-row INSERTs of a few thousand rows from arrays
 * (`unnest`). Deterministic (a seeded generator), so two runs of the same size hold the same people.
 * The rows are written as a bulk load would be, with the change-feed triggers off for this connection
 * (`session_replication_role = replica`): nodes build their index from the tables, not from the feed.
 * Only `people.record_json` is written, not the per-entry rows beside it (the index reads the document).
 */
import pg from 'pg';

/** Texas-heavy, as the demo's postings are in Texas; cities with their coordinates (city level, as profiles keep). */
const CITIES = [
  { label: 'Houston, TX', region: 'us-tx', lat: 29.7604, lon: -95.3698 },
  { label: 'Dallas, TX', region: 'us-tx', lat: 32.7767, lon: -96.797 },
  { label: 'Austin, TX', region: 'us-tx', lat: 30.2672, lon: -97.7431 },
  { label: 'San Antonio, TX', region: 'us-tx', lat: 29.4241, lon: -98.4936 },
  { label: 'Fort Worth, TX', region: 'us-tx', lat: 32.7555, lon: -97.3308 },
  { label: 'Los Angeles, CA', region: 'us-ca', lat: 34.0522, lon: -118.2437 },
  { label: 'San Diego, CA', region: 'us-ca', lat: 32.7157, lon: -117.1611 },
  { label: 'New York, NY', region: 'us-ny', lat: 40.7128, lon: -74.006 },
  { label: 'Albany, NY', region: 'us-ny', lat: 42.6526, lon: -73.7562 },
  { label: 'Miami, FL', region: 'us-fl', lat: 25.7617, lon: -80.1918 },
  { label: 'Louisville, KY', region: 'us-ky', lat: 38.2527, lon: -85.7585 },
  { label: 'Chicago, IL', region: 'us-il', lat: 41.8781, lon: -87.6298 },
] as const;

/** A licence per state where the catalogue has one. */
const LICENCE: Readonly<Record<string, string>> = { 'us-tx': 'us-tx:mrt', 'us-ca': 'us-ca:crt-diagnostic', 'us-ny': 'us-ny:radiography', 'us-fl': 'us-fl:radiographer', 'us-ky': 'us-ky:radiography' };

/** What people hold besides their licence, with how often (weights). */
const PATHS: ReadonlyArray<{ readonly weight: number; readonly discipline: string; readonly credentials: readonly string[] }> = [
  { weight: 30, discipline: 'radiography', credentials: ['arrt:R'] },
  { weight: 20, discipline: 'radiography', credentials: ['arrt:R', 'arrt:CT'] },
  { weight: 10, discipline: 'radiography', credentials: ['arrt:R', 'arrt:MR'] },
  { weight: 6, discipline: 'radiography', credentials: ['arrt:R', 'arrt:M'] },
  { weight: 4, discipline: 'radiography', credentials: ['arrt:R', 'arrt:CT', 'arrt:MR'] },
  { weight: 14, discipline: 'sonography', credentials: ['ardms:RDMS'] },
  { weight: 6, discipline: 'nuclear-medicine', credentials: ['nmtcb:CNMT'] },
  { weight: 5, discipline: 'radiation-therapy', credentials: ['arrt:T'] },
  { weight: 5, discipline: 'radiography', credentials: [] },
];
const PATH_TOTAL = PATHS.reduce((s, p) => s + p.weight, 0);
const SHIFT_SETS = [[], [], ['day'], ['night'], ['day', 'weekend'], ['evening', 'night'], ['day', 'evening']] as const;
const FIRST = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn'];
const LAST = ['Garcia', 'Nguyen', 'Smith', 'Patel', 'Johnson', 'Kim', 'Lopez', 'Brown', 'Davis', 'Wilson'];
const HANDLE = 'BCDFGHJKLMNPQRSTVWXZ23456789';

/** mulberry32: small, fast and seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (year: number, rnd: () => number) => `${String(year)}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;

function handleOf(i: number): string {
  let s = '';
  let n = i;
  for (let k = 0; k < 8; k++) {
    s += HANDLE.charAt(n % HANDLE.length);
    n = Math.floor(n / HANDLE.length);
  }
  return `B-${s.slice(0, 4)}-${s.slice(4)}`;
}

interface Row {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string;
  readonly region: string;
  readonly recordJson: string;
  readonly sections: string;
  readonly handle: string;
  readonly visibility: string;
  readonly preferencesJson: string;
}

/** The i-th candidate (the same every run). */
export function candidateRow(i: number, today: string): Row {
  const rnd = random(i * 2654435761);
  const city = CITIES[Math.floor(rnd() * CITIES.length)] ?? CITIES[0];
  let pick = rnd() * PATH_TOTAL;
  const path = PATHS.find((p) => (pick -= p.weight) < 0) ?? PATHS[0];
  const year = Number(today.slice(0, 4));
  const graduated = year - 1 - Math.floor(rnd() * 20);
  const name = `${FIRST[i % FIRST.length] ?? 'Alex'} ${LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Smith'} ${String(i)}`;
  const credentials = (path?.credentials ?? []).map((credential, k) => ({ credential, earnedOn: dateOf(Math.min(year - 1, graduated + k * 2), rnd), number: `BENCH-${String(i)}-${String(k)}`, status: 'active' }));
  const licence = LICENCE[city.region];
  if (licence !== undefined && credentials.length > 0 && rnd() < 0.85) credentials.push({ credential: licence, earnedOn: dateOf(graduated, rnd), number: `BENCH-L-${String(i)}`, status: 'active' });
  const ce = Array.from({ length: 2 + Math.floor(rnd() * 10) }, (_, k) => ({ title: `Bench CE activity ${String(k + 1)}`, completedOn: dateOf(year - 1 - Math.floor(rnd() * 2), rnd), credits: 1 + Math.floor(rnd() * 4), category: 'A' }));
  const record = {
    format: 'modality/person-record@1',
    person: { name, birthDate: dateOf(graduated - 22, rnd), country: 'US', region: city.region },
    education: [{ kind: 'program', discipline: path?.discipline ?? 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: dateOf(graduated - 2, rnd), completedOn: dateOf(graduated, rnd) }],
    credentials,
    ce,
    exams: credentials.filter((c) => c.credential.startsWith('arrt:')).map((c) => ({ exam: c.credential, windowStart: c.earnedOn, takenOn: c.earnedOn, result: 'pass' })),
  };
  const preferences = {
    places: [{ label: city.label, region: city.region, country: 'US', lat: city.lat, lon: city.lon, radiusKm: [25, 50, 80, 150][Math.floor(rnd() * 4)] ?? 50 }],
    relocate: rnd() < 0.2,
    travel: rnd() < 0.3,
    shifts: [...(SHIFT_SETS[Math.floor(rnd() * SHIFT_SETS.length)] ?? [])],
    payFloor: rnd() < 0.5 ? null : { amount: 30 + Math.floor(rnd() * 20), unit: 'hour' },
    startDate: null,
    workAuthorisation: ['US'],
  };
  return {
    id: `bench-${String(i).padStart(7, '0')}`,
    name,
    birthDate: record.person.birthDate,
    region: city.region,
    recordJson: JSON.stringify(record),
    sections: 'education,credentials,ce,exams',
    handle: handleOf(i),
    visibility: rnd() < 0.8 ? 'all-recruiters' : 'employers-only',
    preferencesJson: JSON.stringify(preferences),
  };
}

/** Inserts candidates 0 ≤ i < `n` in batches; returns how many it wrote. `onBatch` reports progress. */
export async function insertCandidates(url: string, n: number, onBatch: (done: number) => void = () => undefined): Promise<number> {
  const BATCH = 2000;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET session_replication_role = 'replica'");
    await client.query('SET synchronous_commit = off');
    const now = new Date().toISOString();
    const today = now.slice(0, 10);
    for (let from = 0; from < n; from += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, n - from) }, (_, k) => candidateRow(from + k, today));
      const col = <K extends keyof Row>(k: K) => rows.map((r) => r[k]);
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO people (id, owner_user_id, external_id, name, birth_date, country, region, record_sections, record_hash, record_json, created_at, updated_at)
         SELECT id, NULL, NULL, name, birth, 'US', region, sections, 'bench', doc, $7, $7 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, name, birth, region, sections, doc)`,
        [col('id'), col('name'), col('birthDate'), col('region'), col('sections'), col('recordJson'), now],
      );
      await client.query(
        `INSERT INTO candidate_profiles (person_id, handle, enabled, visibility, preferences_json, created_at, updated_at)
         SELECT id, handle, 1, visibility, prefs, $5, $5 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, handle, visibility, prefs)`,
        [col('id'), col('handle'), col('visibility'), col('preferencesJson'), now],
      );
      await client.query('COMMIT');
      onBatch(from + rows.length);
    }
    await client.query('ANALYZE people');
    await client.query('ANALYZE candidate_profiles');
    return n;
  } finally {
    await client.end();
  }
}
