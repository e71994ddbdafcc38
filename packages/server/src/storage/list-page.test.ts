import { placementExample } from '@banenafspraak/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth.js';
import { createPgliteStorage, createPostgresStorage, type PostgresStorage } from './postgres.js';
import type { SqlExecutor } from './sql.js';

// A list page on a large table must not read the rows its filters skip: the page is found in
// the covering list indexes and only its own documents are read (migration 4).
const ROWS = 4000;
const region: Principal = { userId: 'wsp', organisation: { scheme: 'AM', value: 'AM22' }, roles: ['READER'] };

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

/** Table rows read by the plan (index-only scans read none). */
function tableRowsRead(node: PlanNode): number {
  const own =
    node['Relation Name'] === 'records' && node['Node Type'] !== 'Index Only Scan'
      ? (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * node['Actual Loops']
      : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + tableRowsRead(child), 0);
}

describe('list pages on PostgreSQL (PGlite)', () => {
  let inner: PostgresStorage;
  let storage: PostgresStorage;
  const statements: { sql: string; params: readonly unknown[] }[] = [];
  const recording = (db: SqlExecutor): SqlExecutor => ({
    query(sql, params) {
      statements.push({ sql, params: params ?? [] });
      return db.query(sql, params);
    },
    transaction: (fn) => db.transaction((tx) => fn(recording(tx))),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
  });

  beforeAll(async () => {
    inner = await createPgliteStorage();
    storage = await createPostgresStorage({ executor: recording(inner.executor), migrate: false });
    // Rows in the storage's format: one in ten in AM22, a third of them ACTIVE.
    await inner.executor.query(
      `INSERT INTO records (id, collection, version, status, confidentiality_rank, employers, regions, period_from, period_to, document, created_at, updated_at)
       SELECT id, 'placements', 1, status, 3, ARRAY['12345678'], ARRAY[region], DATE '2026-03-01', NULL,
              $1::jsonb || jsonb_build_object('id', id::text, 'region', region, 'status', status), now(), now()
       FROM (SELECT gen_random_uuid() AS id, CASE WHEN i % 10 = 0 THEN 'AM22' ELSE 'AM21' END AS region,
                    (ARRAY['ACTIVE', 'ENDED', 'PLANNED'])[1 + (i / 10) % 3] AS status
             FROM generate_series(1, $2::int) AS i) AS g`,
      [JSON.stringify({ ...placementExample, municipality: undefined }), ROWS],
    );
    await inner.executor.exec('VACUUM ANALYZE records');
  });
  afterAll(() => inner.close());

  it('reads from the table only the documents of the page, and gives the right page', async () => {
    statements.length = 0;
    const page = await storage.listRecords({ principal: region, now: new Date().toISOString() }, 'placements', {
      status: 'ACTIVE',
      limit: 20,
    });
    expect(page.items).toHaveLength(20);
    expect(page.items.every((r) => r.document.region === 'AM22' && r.document.status === 'ACTIVE')).toBe(true);
    expect(page.nextCursor).toBeDefined();

    expect(statements).toHaveLength(1);
    const { sql, params } = statements[0] as { sql: string; params: readonly unknown[] };
    const { rows } = await inner.executor.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    const raw = rows[0]?.['QUERY PLAN'];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
    // 21 rows: the page and the one that tells there is a next page. Without the covering
    // indexes, the rows of other regions and statuses before them are read too (hundreds here).
    expect(tableRowsRead((plan[0] as { Plan: PlanNode }).Plan)).toBeLessThanOrEqual(21);
  });

  it('pages on with the cursor without gaps or repeats', async () => {
    const actor = { principal: region, now: new Date().toISOString() };
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await storage.listRecords(actor, 'placements', { status: 'ACTIVE', limit: 50, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    const { rows } = await inner.executor.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM records WHERE regions @> ARRAY['AM22'] AND status = 'ACTIVE'`,
    );
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(Number(rows[0]?.n));
  });
});
