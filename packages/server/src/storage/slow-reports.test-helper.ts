import { runReport, type SqlExecutor } from './sql.js';

/**
 * Test only: an executor whose reports run `prelude` in their transaction before their own
 * statements — a `pg_sleep` to make a report slow, a raised `query_canceled`, or a probe of the
 * transaction's settings. Everything else goes to `inner` unchanged.
 */
export function withReportPrelude(inner: SqlExecutor, prelude: (tx: SqlExecutor) => Promise<void>): SqlExecutor {
  return {
    query: (sql, params) => inner.query(sql, params),
    transaction: (fn) => inner.transaction(fn),
    exec: (sql) => inner.exec(sql),
    close: () => inner.close(),
    report: (fn, limits) =>
      runReport(
        inner,
        async (tx) => {
          await prelude(tx);
          return fn(tx);
        },
        limits,
      ),
  };
}

/** Marks the slow statement so a test finds it in pg_stat_activity. */
export const SLOW_MARK = 'slow-report-test';

/** A statement far slower than any test: it only ends by being cancelled. */
export const SLOW_STATEMENT = `SELECT pg_sleep(3600) /* ${SLOW_MARK} */`;
