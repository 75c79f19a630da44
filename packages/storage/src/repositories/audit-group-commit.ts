import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../database.js';

type AuditRow = Insertable<Database['audit_log']>;

/** Rows per INSERT: keeps the distinct statement texts (one per row count) few, and the parameters far below SQLite's limit. */
const ROWS_PER_STATEMENT = 50;

interface Waiting {
  readonly row: AuditRow;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for audit rows written outside a transaction (a staff member reading a record): the rows
 * that arrive in one turn of the event loop are written by one transaction, and each caller's promise
 * settles only after that transaction commits, so an answer never goes out before its audit row is
 * durable. One commit per read was the largest single cost of a staff read on SQLite (a WAL commit each);
 * on PostgreSQL it saves a round trip per read.
 */
export class AuditGroupCommit {
  readonly #db: Kysely<Database>;
  #waiting: Waiting[] = [];
  #scheduled = false;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  append(row: AuditRow): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ row, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => void this.#flush());
      }
    });
  }

  async #flush(): Promise<void> {
    const batch = this.#waiting;
    this.#waiting = [];
    this.#scheduled = false;
    try {
      // One statement is atomic by itself; only a larger batch needs a transaction around its statements.
      if (batch.length <= ROWS_PER_STATEMENT)
        await this.#db
          .insertInto('audit_log')
          .values(batch.map((w) => w.row))
          .execute();
      else
        await this.#db.transaction().execute(async (trx) => {
          for (let i = 0; i < batch.length; i += ROWS_PER_STATEMENT) {
            await trx
              .insertInto('audit_log')
              .values(batch.slice(i, i + ROWS_PER_STATEMENT).map((w) => w.row))
              .execute();
          }
        });
      for (const w of batch) w.resolve();
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
