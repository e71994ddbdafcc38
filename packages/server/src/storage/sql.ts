import type { Pool, PoolClient } from 'pg';

/**
 * The little a SQL storage needs from a PostgreSQL driver.
 *
 * @public
 */
export interface SqlExecutor {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[]; rowCount: number }>;
  /** Runs `fn` in one transaction; rolls back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * What {@link pgliteExecutor} uses of a PGlite instance or transaction. Declared here rather than
 * imported, so that the package's declarations type-check for vendors who do not install PGlite
 * (it is an optional peer dependency).
 *
 * @public
 */
export interface PgliteQueryable {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
}

/**
 * A PGlite instance as {@link pgliteExecutor} uses it.
 *
 * @public
 */
export interface PgliteDatabase extends PgliteQueryable {
  transaction<T>(fn: (tx: PgliteQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Wraps a PGlite instance (embedded PostgreSQL in WebAssembly). PGlite has one connection:
 * its transactions run one after another.
 *
 * @public
 */
export function pgliteExecutor(db: PgliteDatabase, options: { closeOnClose?: boolean } = {}): SqlExecutor {
  const wrap = (q: PgliteQueryable, inTx: boolean): SqlExecutor => ({
    async query(sql, params) {
      const r = await q.query<never>(sql, params as unknown[] | undefined);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    async transaction(fn) {
      if (inTx) return fn(wrap(q, true));
      return db.transaction((tx) => fn(wrap(tx, true)));
    },
    async exec(sql) {
      await q.exec(sql);
    },
    async close() {
      if (!inTx && options.closeOnClose !== false) await db.close();
    },
  });
  return wrap(db, false);
}

/**
 * Names statements with parameters, so that `pg` prepares each one once per connection and
 * the server skips parsing and planning on later calls. The SQL texts are few and fixed.
 */
const statementNames = new Map<string, string>();
function named(sql: string, params: readonly unknown[] | undefined) {
  if (!params || params.length === 0) return sql;
  let name = statementNames.get(sql);
  if (!name) {
    if (statementNames.size > 500) return { text: sql, values: params as unknown[] };
    name = `b${statementNames.size + 1}`;
    statementNames.set(sql, name);
  }
  return { name, text: sql, values: params as unknown[] };
}

/**
 * Wraps a `pg` pool (a real PostgreSQL server). Transactions take a client from the pool.
 *
 * @public
 */
export function pgPoolExecutor(pool: Pool, options: { closeOnClose?: boolean } = {}): SqlExecutor {
  const client = (c: PoolClient): SqlExecutor => ({
    async query(sql, params) {
      const q = named(sql, params);
      const r = typeof q === 'string' ? await c.query(q) : await c.query(q);
      return { rows: r.rows, rowCount: r.rowCount ?? r.rows.length };
    },
    async transaction(fn) {
      return fn(client(c));
    },
    async exec(sql) {
      await c.query(sql);
    },
    async close() {},
  });
  return {
    async query(sql, params) {
      const q = named(sql, params);
      const r = typeof q === 'string' ? await pool.query(q) : await pool.query(q);
      return { rows: r.rows, rowCount: r.rowCount ?? r.rows.length };
    },
    async transaction(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const result = await fn(client(c));
        await c.query('COMMIT');
        return result;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async close() {
      if (options.closeOnClose !== false) await pool.end();
    },
  };
}
