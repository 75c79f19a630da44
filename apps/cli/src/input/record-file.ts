import { parsePersonRecord } from '@modality/contracts';
import type { PersonRecord } from '@modality/domain';
import { BadInputError } from '../outcome.js';
import { parseJsonText, readTextFile } from './files.js';
import { issueLines } from './issue-lines.js';

/**
 * Reads and validates a person-record file. Every problem — missing file, broken JSON, each invalid field
 * by its path with the refused value — becomes one {@link BadInputError} (exit code 2).
 */
export async function readRecordFile(file: string): Promise<PersonRecord> {
  const json = parseJsonText(file, await readTextFile(file));
  const parsed = parsePersonRecord(json);
  if (!parsed.ok) {
    const n = parsed.error.length;
    throw new BadInputError(`${file} is not a valid person record (${n} problem${n === 1 ? '' : 's'})`, issueLines(parsed.error, json));
  }
  return parsed.value;
}
