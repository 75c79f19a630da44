import { readFile } from 'node:fs/promises';
import { BadInputError } from './cli-error.js';

/** Reads and parses a JSON file; an unreadable file or broken JSON is a {@link BadInputError} (exit 2). */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new BadInputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new BadInputError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}
