import { findProcedure } from '@modality/knowledge';
import type { Deps } from '../deps.js';
import type { ClinicalEntryEditRow, ClinicalEntryRow } from '../ports/index.js';

/** One event in an entry's life, with who and when in words. */
export interface EntryHistoryEvent {
  readonly at: string;
  readonly what: 'created' | 'edited' | 'link-sent' | 'link-withdrawn' | 'signed';
  readonly words: string;
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  procedure: 'procedure',
  performedOn: 'date',
  siteId: 'site',
  role: 'what they did',
  supervision: 'supervision',
  repeat: 'repeat',
  competencyAttempt: 'competency attempt',
  simulated: 'simulated',
};

/** "2026-11-30 at 14:05 UTC": when, in words. */
export const whenInWords = (iso: string): string => `${iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC`;

async function valueInWords(deps: Deps, field: string, value: string): Promise<string> {
  if (value === 'true') return 'yes';
  if (value === 'false') return 'no';
  if (field === 'procedure') return findProcedure(value)?.name ?? value;
  if (field === 'siteId') return (await deps.store.clinical.findSite(value))?.name ?? 'a site no longer listed';
  return value;
}

async function editWords(deps: Deps, studentName: string, edit: ClinicalEntryEditRow): Promise<string> {
  const parts: string[] = [];
  for (const c of edit.changes) parts.push(`${FIELD_WORDS[c.field] ?? c.field} from ${await valueInWords(deps, c.field, c.from)} to ${await valueInWords(deps, c.field, c.to)}`);
  return `Edited by ${studentName} on ${whenInWords(edit.editedAt)}: ${parts.join('; ')}`;
}

/**
 * The entry's history, oldest first: logged, each edit (what changed), each sign link made or withdrawn by
 * an edit, and the signature with its grade. Read from the entry, its edits and its sign requests.
 */
export async function entryHistory(deps: Deps, entry: ClinicalEntryRow): Promise<EntryHistoryEvent[]> {
  const [person, edits, requests] = await Promise.all([deps.store.people.findById(entry.personId), deps.store.clinical.listEntryEdits(entry.id), deps.store.clinical.listSignRequestsForEntry(entry.id)]);
  const student = person?.name ?? 'the student';
  const events: EntryHistoryEvent[] = [{ at: entry.createdAt, what: 'created', words: `Logged by ${student} on ${whenInWords(entry.createdAt)}` }];
  for (const e of edits) events.push({ at: e.editedAt, what: 'edited', words: await editWords(deps, student, e) });
  for (const r of requests) {
    events.push({ at: r.createdAt, what: 'link-sent', words: `Sign link made by ${student} on ${whenInWords(r.createdAt)}` });
    if (r.withdrawnAt !== null) events.push({ at: r.withdrawnAt, what: 'link-withdrawn', words: `Sign link withdrawn on ${whenInWords(r.withdrawnAt)}, because the entry was edited` });
  }
  const s = entry.signature;
  if (s !== null) {
    const who = s.arrtNumber === null ? s.name : `${s.name} (ARRT ${s.arrtNumber})`;
    const how = s.signerUserId === null ? 'from a link' : 'in the app';
    const grade = entry.grade === null ? '' : entry.grade.passed ? '; competency passed' : '; competency not passed';
    events.push({ at: s.signedAt, what: 'signed', words: `Signed ${how} by ${who} on ${whenInWords(s.signedAt)}${grade}` });
  }
  // Stable: equal times keep the order above (logged, edits, links, signature).
  return events.map((e, i) => ({ e, i })).sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.i - b.i)).map(({ e }) => e);
}
