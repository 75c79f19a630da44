import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStore } from '@modality/app';

const SAFE_KEY = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * The blob port over files in one directory (the embedded default: `<data dir>/files`). A key names its
 * file, so keys are restricted to letters, digits, `_` and `-` — never a path. A file is written under a
 * temporary name and renamed into place, so a reader never sees half of one.
 */
export class FileBlobStore implements BlobStore {
  readonly #dir: string;
  constructor(dir: string) {
    this.#dir = dir;
  }

  #path(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`blob key ${JSON.stringify(key)} is not a plain name`);
    return join(this.#dir, key);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const path = this.#path(key);
    await mkdir(this.#dir, { recursive: true });
    const temporary = `${path}.partial`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.#path(key)));
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }
}
