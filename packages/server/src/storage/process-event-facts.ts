import { processEventFacts } from '../steering/process-event-facts.js';
import type { SqlExecutor } from './sql.js';

/**
 * Writing the process-event facts (ADR 0027): on the write path, in the transaction that
 * inserts the outbox row; in the backfill of migration 7; in a bulk load. The rows come from
 * `steering/process-event-facts.ts`; no SQL reads an event here.
 */

/**
 * An outbox row of a record event, as far as its process-event facts need it. The tenant
 * columns are the outbox row's: like the event, its facts keep the tenants of the moment it
 * was raised (a later change of a record's tenants rewrites neither).
 *
 * @public
 */
export interface ProcessEventFactsInput {
  /** `outbox_events.seq` of the event. */
  readonly seq: number;
  /** The stored event: its `time`, `data.processEvents` and `data.links` are read. */
  readonly event: { readonly time?: unknown; readonly data?: unknown };
  /** The outbox row's employers (KvK numbers). */
  readonly employers: readonly string[];
  /** The outbox row's regions. */
  readonly regions: readonly string[];
  /** The outbox row's confidentiality rank. */
  readonly confidentialityRank: number;
}

const COLUMNS = [
  ['seq', 'bigint'],
  ['code', 'text'],
  ['case_key', 'text'],
  ['case_val', 'text'],
  ['first_key', 'boolean'],
  ['ts', 'timestamptz'],
  ['local_date', 'date'],
  ['local_hour', 'smallint'],
  ['employers', 'text[]'],
  ['regions', 'text[]'],
  ['confidentiality_rank', 'smallint'],
] as const;

/**
 * Inserts the process-event facts of outbox rows (none for an event without process events).
 * Returns the rows written and the events they came from.
 *
 * @public
 */
export async function writeProcessEventFacts(
  db: SqlExecutor,
  inputs: readonly ProcessEventFactsInput[],
): Promise<{ facts: number; events: number }> {
  const rows = inputs.flatMap((input) =>
    processEventFacts(input.event).map((f) => ({
      seq: input.seq,
      code: f.code,
      case_key: f.caseKey,
      case_val: f.caseVal,
      first_key: f.firstKey,
      ts: f.time,
      local_date: f.localDate,
      local_hour: f.localHour,
      employers: input.employers,
      regions: input.regions,
      confidentiality_rank: input.confidentialityRank,
    })),
  );
  if (rows.length === 0) return { facts: 0, events: 0 };
  const names = COLUMNS.map(([c]) => c).join(', ');
  await db.query(
    `INSERT INTO process_event_facts (${names})
     SELECT ${names} FROM json_to_recordset($1::json) AS x(${COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')})`,
    [JSON.stringify(rows)],
  );
  return { facts: rows.length, events: new Set(rows.map((r) => r.seq)).size };
}

type Row = Record<string, unknown>;
const jsonOf = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/**
 * Fills `process_event_facts` from the record events already in the outbox (migration 7), in
 * ranges of `batchSize` sequence numbers. Only the event's time, process events and links are
 * read from the JSON. Writers of events wait until the migration's transaction commits (SHARE
 * lock on the outbox), so no event written meanwhile is missed. Returns the events with process
 * events, the fact rows written, and the events with process events but no facts (a time that
 * is no date-time: no day to count from), counted rather than dropped silently.
 */
export async function backfillProcessEventFacts(
  db: SqlExecutor,
  batchSize = 20_000,
): Promise<{ withProcessEvents: number; facts: number; skipped: number }> {
  await db.exec('LOCK TABLE outbox_events IN SHARE MODE');
  const { rows: bounds } = await db.query<Row>('SELECT min(seq) AS lo, max(seq) AS hi FROM outbox_events');
  const lo = Number(bounds[0]?.lo ?? 0);
  const hi = Number(bounds[0]?.hi ?? -1);
  const result = { withProcessEvents: 0, facts: 0, skipped: 0 };
  for (let from = lo; from <= hi; from += batchSize) {
    const { rows } = await db.query<Row>(
      `SELECT seq, event ->> 'time' AS time, event -> 'data' -> 'processEvents' AS process_events, event -> 'data' -> 'links' AS links,
         employers, regions, confidentiality_rank
       FROM outbox_events
       WHERE seq >= $1 AND seq < $2 AND audience = 'record'
         AND jsonb_typeof(event -> 'data' -> 'processEvents') = 'array' AND event -> 'data' -> 'processEvents' <> '[]'::jsonb`,
      [from, from + batchSize],
    );
    const inputs: ProcessEventFactsInput[] = rows.map((r) => ({
      seq: Number(r.seq),
      event: { time: r.time, data: { processEvents: jsonOf(r.process_events), links: jsonOf(r.links) } },
      employers: (r.employers ?? []) as string[],
      regions: (r.regions ?? []) as string[],
      confidentialityRank: Number(r.confidentiality_rank),
    }));
    const written = await writeProcessEventFacts(db, inputs);
    result.withProcessEvents += inputs.length;
    result.facts += written.facts;
    result.skipped += inputs.length - written.events;
  }
  // Statistics now, so the first lead-time report after the upgrade is planned on the filled table.
  await db.exec('ANALYZE process_event_facts');
  return result;
}
