import { backfillFacts } from './facts.js';
import { backfillProcessEventFacts } from './process-event-facts.js';
import type { SqlExecutor } from './sql.js';

/**
 * One schema step: its SQL and, when existing rows need it, a code step run after the SQL in the
 * same transaction (a backfill that uses the server's own TypeScript).
 *
 * @public
 */
export interface Migration {
  /** Applied in ascending order, once (recorded in `schema_migrations`). */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Fills what existing rows need after the SQL, in the migration's transaction. */
  readonly backfill?: (tx: SqlExecutor) => Promise<unknown>;
}

/**
 * The SQL schema, as ordered migrations. Plain PostgreSQL 15 SQL: it runs unchanged on
 * PGlite and on a PostgreSQL server. Never edit a published migration; add a new one.
 *
 * @public
 */
export const MIGRATIONS: readonly Migration[] = [
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
  {
    version: 2,
    name: 'event outbox, subscriptions, deliveries',
    sql: `
-- The outbox: one row per committed change, inserted in the change's transaction. xid is the
-- writing transaction (xid8, never wraps); the feed orders by (xid, seq) and serves only rows
-- of transactions older than every running one (pg_snapshot_xmin), so an event that commits
-- late is never skipped by a reader that already moved on (docs/decisions/0015).
CREATE TABLE outbox_events (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  id uuid NOT NULL UNIQUE,
  type text NOT NULL,
  event jsonb NOT NULL,
  -- Who may see it (never sent): a record's tenants and rank, or an instruction's employee and recipients.
  audience text NOT NULL,
  employers text[] NOT NULL,
  regions text[] NOT NULL,
  confidentiality_rank smallint NOT NULL,
  candidate_id uuid,
  recipients text[] NOT NULL
);
CREATE INDEX outbox_events_position ON outbox_events (xid, seq);

CREATE TABLE subscriptions (
  id uuid PRIMARY KEY,
  organisation text NOT NULL,
  principal jsonb NOT NULL,
  callback_url text NOT NULL,
  event_types text[] NOT NULL,
  regions text[] NOT NULL,
  document_types text[] NOT NULL,
  active boolean NOT NULL,
  secret text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX subscriptions_organisation ON subscriptions (organisation);

-- One row per event and subscription, queued in the event's transaction.
CREATE TABLE deliveries (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  id uuid PRIMARY KEY,
  subscription_id uuid NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  event_seq bigint NOT NULL REFERENCES outbox_events (seq),
  status text NOT NULL,
  claimed integer NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  retry_from timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (subscription_id, event_seq)
);
CREATE INDEX deliveries_due ON deliveries (next_attempt_at, seq) WHERE status = 'pending';
CREATE INDEX deliveries_subscription ON deliveries (subscription_id, seq);

-- The primary key proves each attempt is made once, also with several instances.
CREATE TABLE delivery_attempts (
  delivery_id uuid NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
  attempt integer NOT NULL,
  at timestamptz NOT NULL,
  status_code integer,
  error text,
  duration_ms integer NOT NULL,
  PRIMARY KEY (delivery_id, attempt)
);
`,
  },
  {
    version: 3,
    name: 'steering report indexes',
    sql: `
-- Lead times: the outbox events that carry process events, found by event code.
CREATE INDEX outbox_events_process_events ON outbox_events USING gin ((event -> 'data' -> 'processEvents')) WHERE audience = 'record';
-- Vacancy time to fill: the FILLED transitions, by record.
CREATE INDEX outbox_events_filled ON outbox_events ((event -> 'data' ->> 'recordId')) WHERE event -> 'data' ->> 'toStatus' = 'FILLED';
-- Balance: placements by start date.
CREATE INDEX records_placements_start ON records ((document ->> 'startDate')) WHERE collection = 'placements';
`,
  },
  {
    version: 4,
    name: 'covering indexes for list pages',
    sql: `
-- A list page filters on tenants, ceiling, status and period, ordered by seq. With those columns
-- in the index, the rows of a page are found by an index-only scan, and only their documents are
-- read from the table (the page query in postgres.ts). Same keys as records_collection_status_seq,
-- which this replaces. Built without CONCURRENTLY (migrations run in one transaction): on a large
-- table, writes wait for the build.
CREATE INDEX records_list ON records (collection, seq) INCLUDE (status, confidentiality_rank, employers, regions, period_from, period_to);
CREATE INDEX records_list_by_status ON records (collection, status, seq) INCLUDE (confidentiality_rank, employers, regions, period_from, period_to);
DROP INDEX records_collection_status_seq;
`,
  },
  {
    version: 5,
    name: 'report facts',
    // Typed facts of vacancies, placements and declarations for the steering reports, written
    // with their record (ADR 0025); existing records get theirs from the backfill. The SQL is
    // written out (as factsSchemaSql() in facts.ts made it when this version was published), so
    // no later change of the facts code changes what this version creates.
    sql: `
CREATE TABLE vacancy_facts (
  id uuid PRIMARY KEY,
  status text NOT NULL,
  confidentiality_rank smallint NOT NULL,
  employers text[] NOT NULL,
  regions text[] NOT NULL,
  record_period_from date,
  record_period_to date,
  received_date date,
  region text,
  employer text,
  places integer,
  preference text,
  filled_date date
);
CREATE INDEX vacancy_facts_regions ON vacancy_facts USING gin (regions);
CREATE INDEX vacancy_facts_employers ON vacancy_facts USING gin (employers);
CREATE TABLE placement_facts (
  id uuid PRIMARY KEY,
  status text NOT NULL,
  confidentiality_rank smallint NOT NULL,
  employers text[] NOT NULL,
  regions text[] NOT NULL,
  record_period_from date,
  record_period_to date,
  start_date date,
  end_date date,
  hours_per_week numeric,
  type text,
  basis text,
  candidate_source text,
  region text,
  residence_municipality text,
  counting_kvk text,
  counting_payroll_tax_number text,
  counting_establishment text,
  plan_id text,
  vacancy_id uuid,
  preference text
);
CREATE INDEX placement_facts_regions ON placement_facts USING gin (regions);
CREATE INDEX placement_facts_employers ON placement_facts USING gin (employers);
CREATE TABLE declaration_facts (
  id uuid PRIMARY KEY,
  status text NOT NULL,
  confidentiality_rank smallint NOT NULL,
  employers text[] NOT NULL,
  regions text[] NOT NULL,
  record_period_from date,
  record_period_to date,
  placement_id uuid,
  period_from date,
  period_to date,
  paid_hours numeric
);
CREATE INDEX declaration_facts_regions ON declaration_facts USING gin (regions);
CREATE INDEX declaration_facts_employers ON declaration_facts USING gin (employers);
-- The report periods: vacancies by receipt, placements by start, declarations by period.
CREATE INDEX vacancy_facts_received ON vacancy_facts (received_date);
CREATE INDEX placement_facts_start ON placement_facts (start_date);
CREATE INDEX declaration_facts_period ON declaration_facts (period_from, period_to);
`,
    backfill: (tx) => backfillFacts(tx),
  },
  {
    version: 6,
    name: 'parent of each record, to pass tenants down',
    sql: `
-- The record a record hangs under and inherits its tenants from (PARENT_REFERENCES in
-- policy.ts as of this version), so that a change of a parent's tenants reaches the records
-- under it (storage updateRecord). New records get it on every write.
ALTER TABLE records ADD COLUMN parent_id uuid;
UPDATE records SET parent_id = p.id::uuid
FROM (SELECT r.id AS record_id, r.document ->> CASE r.collection
    WHEN 'execution-plans' THEN 'partnershipId'
    WHEN 'candidate-proposals' THEN 'vacancyId'
    WHEN 'instrument-grants' THEN 'placementId'
    WHEN 'placement-follow-ups' THEN 'placementId'
    WHEN 'job-coach-plans' THEN 'placementId'
    WHEN 'job-coach-reports' THEN 'planId'
    WHEN 'wage-value-assessments' THEN 'placementId'
    WHEN 'wage-cost-subsidy-declarations' THEN 'grantId'
  END AS id FROM records r) AS p
WHERE p.record_id = records.id AND p.id ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
CREATE INDEX records_parent ON records (parent_id) WHERE parent_id IS NOT NULL;
`,
  },
  {
    version: 7,
    name: 'process-event facts',
    // The lead-time report's process events as typed rows, written with their outbox row
    // (ADR 0027); the events already in the outbox get theirs from the backfill.
    sql: `
-- One row per outbox event (seq), process event code and case link it carries (case_key NULL:
-- it carries none). Tenants and rank are the outbox row's, so the report sees the events a
-- caller may read in the feed. local_date and local_hour: Europe/Amsterdam, computed in
-- TypeScript (steering/process-event-facts.ts), as the report counts days.
CREATE TABLE process_event_facts (
  seq bigint NOT NULL,
  -- Compared for equality only: bytewise ("C"), which is what equality is in any collation, and
  -- cheaper than the database's collation in the index the report probes per case.
  code text COLLATE "C" NOT NULL,
  case_key text COLLATE "C",
  case_val text COLLATE "C",
  first_key boolean NOT NULL,
  ts timestamptz NOT NULL,
  local_date date NOT NULL,
  local_hour smallint NOT NULL,
  employers text[] NOT NULL,
  regions text[] NOT NULL,
  confidentiality_rank smallint NOT NULL
);
-- Starts in a period: an event's first case link, or its row without one.
CREATE INDEX process_event_facts_start ON process_event_facts (code, local_date) WHERE first_key OR case_key IS NULL;
-- A case's events by code and order (time, then seq): its earlier starts and its first stop (the
-- stop's day and hour and the rank in the index, so a national report reads no table row for it).
CREATE INDEX process_event_facts_case ON process_event_facts (case_key, case_val, code, ts, seq)
  INCLUDE (confidentiality_rank, local_date, local_hour) WHERE case_key IS NOT NULL;
CREATE INDEX process_event_facts_regions ON process_event_facts USING gin (regions);
CREATE INDEX process_event_facts_employers ON process_event_facts USING gin (employers);
`,
    backfill: (tx) => backfillProcessEventFacts(tx),
  },
  {
    version: 8,
    name: 'covering indexes for the national reports',
    sql: `
-- A national report aggregates a period's facts: hundreds of thousands of rows whose pages lie
-- all over their table. With every column such a report reads in a period index, those rows
-- come from an index-only scan, in period order. The tenant arrays are left out: a scope limited
-- to tenants finds its rows through the GIN indexes on them, combined with the narrow period
-- indexes of migration 5 (kept for that: a bitmap of these wide ones costs twice as much).
-- Built without CONCURRENTLY (migrations run in one transaction): writes wait for the build.
CREATE INDEX vacancy_facts_national ON vacancy_facts (received_date)
  INCLUDE (status, confidentiality_rank, places, filled_date, region, employer);
-- Balance: placements started in the period.
CREATE INDEX placement_facts_balance ON placement_facts (start_date)
  INCLUDE (status, confidentiality_rank, preference, vacancy_id, candidate_source, basis);
-- Progress: placements active in the period, by the end of their activity (none: last) and start.
CREATE INDEX placement_facts_progress ON placement_facts ((COALESCE(end_date, 'infinity'::date)), start_date)
  INCLUDE (status, confidentiality_rank, end_date, record_period_from, record_period_to, id, type, basis, hours_per_week,
    region, residence_municipality, counting_kvk, counting_payroll_tax_number, counting_establishment, plan_id);
-- Progress: declarations whose period ends on or after the report period's start.
CREATE INDEX declaration_facts_progress ON declaration_facts (period_to, period_from)
  INCLUDE (status, confidentiality_rank, placement_id, paid_hours);
-- An index-only scan skips the table only for pages marked all-visible, which VACUUM does: vacuum
-- the facts tables after 2 % of their rows changed or were added (default 20 %), so a busy table
-- keeps nearly all its pages marked.
ALTER TABLE vacancy_facts SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE placement_facts SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE declaration_facts SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
-- Statistics of the new index expression, which the planner needs to choose the index.
ANALYZE placement_facts;
`,
  },
  {
    version: 9,
    name: 'vacancy places as numeric',
    sql: `
-- A vacancy's number of places is any whole number the standard accepts (VAC-001: at least 1),
-- not only one below 2^31: as integer, a larger one failed the write of the vacancy.
ALTER TABLE vacancy_facts ALTER COLUMN places TYPE numeric;
`,
  },
];

/**
 * Tables that hold data (for tests that reset between cases).
 *
 * @public
 */
export const DATA_TABLES = [
  'records',
  'vacancy_facts',
  'placement_facts',
  'declaration_facts',
  'process_event_facts',
  'employer_instructions',
  'audit_events',
  'instruction_reads',
  'idempotency_keys',
  'delivery_attempts',
  'deliveries',
  'subscriptions',
  'outbox_events',
] as const;

/**
 * Brings the schema up to date. Safe to run from several instances at once: an advisory
 * lock serialises them and applied versions are skipped.
 *
 * @public
 */
export async function migrate(db: SqlExecutor): Promise<{ applied: number[] }> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(727001)');
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await tx.query<{ version: number | string }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      if (m.backfill) await m.backfill(tx);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return { applied };
  });
}
