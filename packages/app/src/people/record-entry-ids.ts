import type { PersonRecord } from '@modality/domain';
import type { Deps } from '../deps.js';
import { canonicalJson } from './canonical-json.js';

/** The sections whose entries carry their own id. */
export const KEYED_SECTIONS = ['education', 'credentials', 'ce', 'clinical', 'exams'] as const;
export type KeyedSection = (typeof KEYED_SECTIONS)[number];

/**
 * The record with an id on every entry of every section: an entry that has one keeps it; one without gets
 * an id derived from its section, its place and its content (`deps.hasher`), so that the same record
 * without ids always gets the same ids — importing it twice is still one record, and a record stored
 * before entries had ids reads with the ids its next change will store.
 */
export function withEntryIds(deps: Pick<Deps, 'hasher'>, record: PersonRecord): PersonRecord {
  let out: PersonRecord = record;
  for (const section of KEYED_SECTIONS) {
    const list: readonly { readonly id?: string }[] = record[section] ?? [];
    if (list.every((e) => e.id !== undefined)) continue;
    const keyed = list.map((e, i) => (e.id !== undefined ? e : { id: derivedEntryId(deps, section, i, e), ...e }));
    out = { ...out, [section]: keyed };
  }
  return out;
}

/** `e_` and 20 hex digits of the digest of the entry's section, place and content. */
export function derivedEntryId(deps: Pick<Deps, 'hasher'>, section: KeyedSection, position: number, entry: unknown): string {
  return `e_${deps.hasher.digest(`${section}\n${String(position)}\n${canonicalJson(entry)}`).slice(0, 20)}`;
}

/** The record without any entry's id: what it says, whatever keys its entries carry (for comparing records). */
export function withoutEntryIds(record: PersonRecord): PersonRecord {
  let out: PersonRecord = record;
  for (const section of KEYED_SECTIONS) {
    const list: readonly { readonly id?: string }[] | undefined = record[section];
    if (list === undefined) continue;
    out = { ...out, [section]: list.map(({ id: _id, ...rest }) => rest) };
  }
  return out;
}
