/** Password hashing (Argon2id in production) and one-way hashing of session and invitation tokens. */
export interface Hasher {
  hashPassword(password: string): Promise<string>;
  verifyPassword(hash: string, password: string): Promise<boolean>;
  /** A fast, deterministic digest for high-entropy tokens (SHA-256, hex). */
  digest(token: string): string;
}
