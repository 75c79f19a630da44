/** The body limit of every route that does not say otherwise: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Importing a whole person record (years of CE, clinical logs, a wallet of credentials): 16 MiB. */
export const RECORD_IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

/** A byte count the way a person reads it: `1 MiB`, `16 MiB`, `512 KiB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${String(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${String(bytes / 1024)} KiB`;
  return `${String(bytes)} bytes`;
}
