import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';

/** A database handle, outside or inside a transaction; repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>;
