import { readFile } from 'node:fs/promises';
import { BadInputError } from '../outcome.js';

/** Reads a text file given on the command line; a missing or unreadable file is bad input naming it and why. */
export async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new BadInputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** Parses a file's text as JSON; broken JSON is bad input naming the file and where it broke. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new BadInputError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}
