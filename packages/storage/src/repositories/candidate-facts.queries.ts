import type { StoredCandidateFacts } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';

/** The `candidate_facts` table (migration 026-candidate-facts), and the columns of `people` that stamp a record. */
export type CandidateFactsTables = {
  candidate_facts: { person_id: string; stamp: string; as_of: string; facts_json: string };
  people: { id: string; record_hash: string; updated_at: string };
};
type Db = Kysely<CandidateFactsTables> | Transaction<CandidateFactsTables>;

/** Ids per statement: well below both dialects' bound-parameter limits. */
const CHUNK = 1000;

/** The stamp of a record as stored: its hash and last change (a record is only ever written with both). */
export const recordStamp = (recordHash: string, updatedAt: string): string => `${recordHash}|${updatedAt}`;

/** Each person's record stamp now and their stored facts, if any. */
export async function storedFacts(db: Db, personIds: readonly string[]): Promise<Map<string, { readonly recordStamp: string; readonly stored: StoredCandidateFacts | undefined }>> {
  const out = new Map<string, { readonly recordStamp: string; readonly stored: StoredCandidateFacts | undefined }>();
  for (let i = 0; i < personIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('people as p')
      .leftJoin('candidate_facts as f', 'f.person_id', 'p.id')
      .select(['p.id', 'p.record_hash', 'p.updated_at', 'f.stamp', 'f.as_of', 'f.facts_json'])
      .where('p.id', 'in', personIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) {
      const stored = r.stamp === null || r.as_of === null || r.facts_json === null ? undefined : { personId: r.id, stamp: r.stamp, asOf: r.as_of, factsJson: r.facts_json };
      out.set(r.id, { recordStamp: recordStamp(r.record_hash, r.updated_at), stored });
    }
  }
  return out;
}

/** Inserts or replaces stored facts, a chunk per statement. */
export async function saveFacts(db: Db, rows: readonly StoredCandidateFacts[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => ({ person_id: r.personId, stamp: r.stamp, as_of: r.asOf, facts_json: r.factsJson }));
    await db
      .insertInto('candidate_facts')
      .values(values)
      .onConflict((oc) => oc.column('person_id').doUpdateSet((eb) => ({ stamp: eb.ref('excluded.stamp'), as_of: eb.ref('excluded.as_of'), facts_json: eb.ref('excluded.facts_json') })))
      .execute();
  }
}

/** People whose stored facts are for a day before `asOf`, in id order. */
export async function factsBefore(db: Db, asOf: string, page: { readonly after?: string; readonly limit: number }): Promise<string[]> {
  let q = db.selectFrom('candidate_facts').select('person_id').where('as_of', '<', asOf);
  if (page.after !== undefined) q = q.where('person_id', '>', page.after);
  return (await q.orderBy('person_id').limit(page.limit).execute()).map((r) => r.person_id);
}
