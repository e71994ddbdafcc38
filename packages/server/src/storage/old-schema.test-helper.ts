import { PGlite } from '@electric-sql/pglite';
import { MIGRATIONS } from './migrations.js';
import { pgliteExecutor, type SqlExecutor } from './sql.js';

/**
 * A database as a server on the migrations below `version` left it: that schema, holding the
 * records and outbox events of `source` (same outbox sequence numbers) but none of the tables
 * later migrations fill. Opening a storage on it runs the upgrade under test.
 */
export async function databaseBefore(version: number, source: SqlExecutor): Promise<SqlExecutor> {
  const executor = pgliteExecutor(await PGlite.create());
  await executor.exec(
    'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  await executor.transaction(async (tx) => {
    for (const m of MIGRATIONS.filter((m) => m.version < version)) {
      await tx.exec(m.sql);
      if (m.backfill) await m.backfill(tx);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
  });
  // Migration 6 added the parent column.
  const parent = version > 6 ? ['parent_id'] : [];
  const recordColumns = [
    'id',
    'collection',
    'version',
    'status',
    'confidentiality_rank',
    'employers',
    'regions',
    'period_from',
    'period_to',
    ...parent,
    'document',
    'created_at',
    'updated_at',
  ].join(', ');
  const records = await source.query(`SELECT json_agg(r ORDER BY seq) AS rows FROM (SELECT ${recordColumns}, seq FROM records) r`);
  await executor.query(
    `INSERT INTO records (${recordColumns}) SELECT ${recordColumns}
     FROM json_to_recordset($1::json) AS x(id uuid, collection text, version integer, status text, confidentiality_rank smallint, employers text[],
       regions text[], period_from date, period_to date, ${parent.map((c) => `${c} uuid, `).join('')}document jsonb, created_at timestamptz, updated_at timestamptz)`,
    [JSON.stringify(records.rows[0]?.rows)],
  );
  const outboxColumns = 'seq, id, type, event, audience, employers, regions, confidentiality_rank, candidate_id, recipients';
  const events = await source.query(`SELECT json_agg(o ORDER BY seq) AS rows FROM (SELECT ${outboxColumns} FROM outbox_events) o`);
  await executor.query(
    `INSERT INTO outbox_events (${outboxColumns}) OVERRIDING SYSTEM VALUE SELECT ${outboxColumns}
     FROM json_to_recordset($1::json) AS x(seq bigint, id uuid, type text, event jsonb, audience text, employers text[], regions text[],
       confidentiality_rank smallint, candidate_id uuid, recipients text[])`,
    [JSON.stringify(events.rows[0]?.rows)],
  );
  // Later writes continue after the copied sequence numbers.
  await executor.query(`SELECT setval(pg_get_serial_sequence('outbox_events', 'seq'), (SELECT COALESCE(max(seq), 1) FROM outbox_events))`);
  return executor;
}
