import type { SqlExecutor } from './sql.js';

/**
 * The SQL schema, as ordered migrations. Plain PostgreSQL 15 SQL: it runs unchanged on
 * PGlite and on a PostgreSQL server. Never edit a published migration; add a new one.
 *
 * @public
 */
export const MIGRATIONS: readonly { readonly version: number; readonly name: string; readonly sql: string }[] = [
  {
    version: 1,
    name: 'records, instructions, audit, idempotency',
    sql: `
CREATE TABLE records (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  id uuid PRIMARY KEY,
  collection text NOT NULL,
  version integer NOT NULL,
  status text NOT NULL,
  confidentiality_rank smallint NOT NULL,
  employers text[] NOT NULL,
  regions text[] NOT NULL,
  period_from date,
  period_to date,
  document jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX records_collection_seq ON records (collection, seq);
CREATE INDEX records_regions ON records USING gin (regions);
CREATE INDEX records_employers ON records USING gin (employers);
CREATE INDEX records_collection_status_seq ON records (collection, status, seq);
CREATE INDEX records_bsn ON records ((document #>> '{candidate,identity,bsn}')) WHERE collection = 'placements';

-- The employer instruction lives apart from every other record: no foreign key links it to
-- placements or personnel data (EMI-006). content is NULL once purged (EMI-004/005).
CREATE TABLE employer_instructions (
  id uuid PRIMARY KEY,
  candidate_id uuid NOT NULL,
  placement_id uuid NOT NULL,
  status text NOT NULL,
  version integer NOT NULL,
  shared_with text[] NOT NULL,
  header jsonb NOT NULL,
  content jsonb,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX employer_instructions_placement ON employer_instructions (placement_id);

CREATE TABLE audit_events (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_id uuid NOT NULL,
  collection text NOT NULL,
  action text NOT NULL,
  user_id text NOT NULL,
  organisation text,
  at timestamptz NOT NULL,
  result integer NOT NULL,
  before jsonb,
  after jsonb,
  changed_fields text[] NOT NULL
);
CREATE INDEX audit_events_record ON audit_events (record_id, seq);

CREATE TABLE instruction_reads (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  instruction_id uuid NOT NULL,
  user_id text NOT NULL,
  organisation text,
  at timestamptz NOT NULL
);
CREATE INDEX instruction_reads_instruction ON instruction_reads (instruction_id, seq);

CREATE TABLE idempotency_keys (
  owner text NOT NULL,
  key text NOT NULL,
  kind text NOT NULL,
  request_hash text NOT NULL,
  response jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (owner, key)
);
`,
  },
];

/**
 * Tables that hold data (for tests that reset between cases).
 *
 * @public
 */
export const DATA_TABLES = ['records', 'employer_instructions', 'audit_events', 'instruction_reads', 'idempotency_keys'] as const;

/**
 * Brings the schema up to date. Safe to run from several instances at once: an advisory
 * lock serialises them and applied versions are skipped.
 *
 * @public
 */
export async function migrate(db: SqlExecutor): Promise<{ applied: number[] }> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(727001)');
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await tx.query<{ version: number | string }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return { applied };
  });
}
