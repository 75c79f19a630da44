import type { CompiledQuery, Compilable } from 'kysely';
import type { Executor } from './executor.js';

/** The placeholder a reusable query is built with; only its position matters. */
const PARAMETER = '\u0000reusable-query-parameter';

/**
 * A one-parameter query whose SQL is built and compiled once, then run with a new parameter each time.
 * Building a Kysely query (its immutable node tree, then the SQL text) costs more than running a small
 * indexed query on SQLite; the queries every authenticated request runs (session, memberships, own
 * person) are made this way. Checked on first use: the query must have exactly one parameter.
 *
 * @example
 * const byId = reusableQuery(db, (id) => db.selectFrom('users').selectAll().where('id', '=', id));
 * await byId('usr_1') // rows
 */
export function reusableQuery<Row>(db: Executor, build: (parameter: string) => Compilable<Row>): (parameter: string) => Promise<Row[]> {
  let compiled: CompiledQuery<Row> | undefined;
  return async (parameter) => {
    if (compiled === undefined) {
      const fresh = build(PARAMETER).compile();
      if (fresh.parameters.length !== 1 || fresh.parameters[0] !== PARAMETER) throw new Error(`reusableQuery needs exactly one parameter: ${fresh.sql}`);
      compiled = fresh;
    }
    const result = await db.executeQuery<Row>({ ...compiled, parameters: [parameter] });
    return result.rows;
  };
}
