/** Opaque, unguessable ids (`usr_…`, `org_…`) and secret tokens, injected (crypto in production). */
export interface IdGenerator {
  /** A new id with a readable prefix, e.g. `newId('usr')` → `usr_3fK9…`. */
  newId(prefix: string): string;
  /** A new secret of at least 256 bits, URL-safe. */
  newToken(): string;
  /** A new random UUID (v4), e.g. for a credential's `urn:uuid:` id. */
  newUuid(): string;
}
