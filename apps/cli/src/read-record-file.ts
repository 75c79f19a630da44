import { readFile } from 'node:fs/promises';
import { parsePersonRecord } from '@modality/contracts';
import type { PersonRecord } from '@modality/domain';
import { BadInputError } from './cli-error.js';

/**
 * Reads and validates a person-record file. Every problem — missing file, broken JSON, each invalid field
 * by its path — becomes one {@link BadInputError} (exit code 2).
 */
export async function readRecordFile(file: string): Promise<PersonRecord> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new BadInputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BadInputError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = parsePersonRecord(json);
  if (!parsed.ok) {
    throw new BadInputError(
      `${file} is not a valid person record (${parsed.error.length} problem${parsed.error.length === 1 ? '' : 's'})`,
      parsed.error.map((i) => `${i.path || '(record)'}: ${i.message}`),
    );
  }
  return parsed.value;
}
