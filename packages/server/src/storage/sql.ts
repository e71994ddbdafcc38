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
  /**
   * Runs `fn` in a read-only transaction for a report, within its time limit and cancelled
   * when its signal aborts. Optional: without it, reports run in {@link SqlExecutor.transaction}
   * with the same limit, checked and handed to PostgreSQL before each statement.
   */
  report?<T>(fn: (tx: SqlExecutor) => Promise<T>, limits: ReportTransactionLimits): Promise<T>;
}

/**
 * The limits of one report's transaction.
 *
 * @public
 */
export interface ReportTransactionLimits {
  /** Longest time the statements may run together, in milliseconds. */
  readonly timeoutMs: number;
  /** Aborts when the client has gone away. */
  readonly signal?: AbortSignal;
}

/** SQLSTATE query_canceled: a statement timeout or a cancel request (pg_cancel_backend). */
const QUERY_CANCELED = '57014';

/** A report stopped before its next statement (time up or client gone): the same SQLSTATE as a cancelled statement. */
class ReportStopped extends Error {
  readonly code = QUERY_CANCELED;
  constructor() {
    super('report stopped');
    this.name = 'ReportStopped';
  }
}

/** Whether an error is a cancelled statement (statement timeout, cancel request) or a stopped report. */
export function isQueryCanceled(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === QUERY_CANCELED;
}

/**
 * The transaction `tx` for a report: before each statement the time left is checked and set
 * as `statement_timeout` (transaction-local), so PostgreSQL itself stops a statement at the
 * deadline; after an abort no further statement starts.
 */
function limited(tx: SqlExecutor, deadline: number, signal: AbortSignal | undefined): SqlExecutor {
  const before = async () => {
    const left = Math.ceil(deadline - performance.now());
    if (signal?.aborted || left <= 0) throw new ReportStopped();
    await tx.query("SELECT set_config('statement_timeout', $1, true)", [String(left)]);
  };
  const self: SqlExecutor = {
    async query(sql, params) {
      await before();
      return tx.query(sql, params);
    },
    async transaction(fn) {
      return fn(self);
    },
    async exec(sql) {
      await before();
      await tx.exec(sql);
    },
    async close() {},
  };
  return self;
}

/**
 * Runs a report's statements on `db`: its own {@link SqlExecutor.report} when it has one,
 * else a read-only transaction with the time limit set before each statement.
 */
export function runReport<T>(db: SqlExecutor, fn: (tx: SqlExecutor) => Promise<T>, limits: ReportTransactionLimits): Promise<T> {
  if (db.report) return db.report(fn, limits);
  if (limits.signal?.aborted) return Promise.reject(new ReportStopped());
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION READ ONLY');
    return fn(limited(tx, performance.now() + limits.timeoutMs, limits.signal));
  });
}

/**
 * At most `limit` reports at a time; the others wait in order, and leave the queue when their
 * signal aborts. State of one executor, not of the module.
 */
function reportSlots(limit: number) {
  let free = limit;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return async (signal: AbortSignal | undefined): Promise<() => void> => {
    if (signal?.aborted) throw new ReportStopped();
    if (free > 0) {
      free--;
      return release;
    }
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const i = waiting.indexOf(turn);
        if (i >= 0) waiting.splice(i, 1);
        reject(new ReportStopped());
      };
      const turn = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      waiting.push(turn);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    return release;
  };
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
 * Reports use at most `reportConnections` of the pool's connections at a time (default half
 * of `max`, at least one), so slow reports never take every connection from record reads and
 * writes; further reports wait for a free one. When a report's signal aborts, its running
 * statement is cancelled (`pg_cancel_backend`, through another connection of the pool).
 *
 * @public
 */
export function pgPoolExecutor(pool: Pool, options: { closeOnClose?: boolean; reportConnections?: number } = {}): SqlExecutor {
  const acquireReportSlot = reportSlots(Math.max(1, options.reportConnections ?? Math.floor((pool.options.max ?? 10) / 2)));
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
    async report(fn, limits) {
      const release = await acquireReportSlot(limits.signal);
      try {
        const c = await pool.connect();
        let failed: Error | undefined;
        let backend: { pid: number; started: string } | undefined;
        // Cancels only while this transaction runs (same backend, same transaction start), so a
        // late cancel can never hit the next user of the connection.
        const cancel = () => {
          if (!backend) return;
          pool
            .query('SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE pid = $1 AND xact_start = $2::timestamptz', [
              backend.pid,
              backend.started,
            ])
            .catch(() => undefined);
        };
        try {
          await c.query('BEGIN READ ONLY');
          const { rows } = await c.query<{ pid: number; started: string }>('SELECT pg_backend_pid() AS pid, now()::text AS started');
          backend = rows[0];
          limits.signal?.addEventListener('abort', cancel, { once: true });
          const result = await fn(limited(client(c), performance.now() + limits.timeoutMs, limits.signal));
          await c.query('COMMIT');
          return result;
        } catch (e) {
          await c.query('ROLLBACK').catch((err: Error) => {
            failed = err;
          });
          throw e;
        } finally {
          limits.signal?.removeEventListener('abort', cancel);
          // A connection whose rollback failed is broken: the pool drops it.
          c.release(failed);
        }
      } finally {
        release();
      }
    },
  };
}
