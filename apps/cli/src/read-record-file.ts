import { parsePersonRecord } from '@modality/contracts';
import type { PersonRecord } from '@modality/domain';
import { BadInputError } from './cli-error.js';
import { readJsonFile } from './read-json-file.js';

/**
 * Reads and validates a person-record file. Every problem — missing file, broken JSON, each invalid field
 * by its path — becomes one {@link BadInputError} (exit code 2).
 */
export async function readRecordFile(file: string): Promise<PersonRecord> {
  const json = await readJsonFile(file);
  const parsed = parsePersonRecord(json);
  if (!parsed.ok) {
    throw new BadInputError(
      `${file} is not a valid person record (${parsed.error.length} problem${parsed.error.length === 1 ? '' : 's'})`,
      parsed.error.map((i) => `${i.path || '(record)'}: ${i.message}`),
    );
  }
  return parsed.value;
}
