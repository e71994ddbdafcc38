// Loads the synthetic dataset straight into the server's own tables (records and the event
// outbox), in the format the PostgreSQL storage writes: tenant columns from the server's
// `recordMetaOf`, events from its `changeEvent`. Rows go in as multi-row INSERTs of one JSON
// parameter per batch (the same statement on PGlite and PostgreSQL); secondary indexes are
// dropped for the load and rebuilt after it, as a restore would.
import {
  changeEvent,
  DATA_TABLES,
  type FactsInput,
  filledDateOf,
  PARENT_REFERENCES,
  RECORD_COLLECTIONS,
  type RecordCollection,
  recordMetaOf,
  type SqlExecutor,
  writeFacts,
  writeProcessEventFacts,
} from '@banenafspraak/server';
import { createWorld, generateDataset, type SeedRecord } from './dataset.js';

export interface SeedOptions {
  /** Placements to create; the other kinds follow in proportion. */
  readonly placements: number;
  /** Dataset seed (the same seed gives the same data). */
  readonly seed?: number;
  /** Records per INSERT. */
  readonly batchSize?: number;
  /** Progress lines (placements so far). */
  readonly onProgress?: (placements: number) => void;
}

export interface SeedResult {
  /** Records stored per collection. */
  readonly records: Readonly<Record<string, number>>;
  /** Generated records of kinds this server has no collection for (not stored). */
  readonly skipped: Readonly<Record<string, number>>;
  readonly events: number;
  readonly seconds: number;
  /** Of which: rebuilding the indexes and ANALYZE. */
  readonly indexSeconds: number;
}

const RECORD_INSERT = `INSERT INTO records (id, collection, version, status, confidentiality_rank, employers, regions, period_from, period_to, parent_id, document, created_at, updated_at)
SELECT id, collection, version, status, confidentiality_rank, employers, regions, period_from, period_to, parent_id, document, created_at, updated_at
FROM json_to_recordset($1::json) AS x(id uuid, collection text, version integer, status text, confidentiality_rank smallint, employers text[], regions text[],
  period_from date, period_to date, parent_id uuid, document jsonb, created_at timestamptz, updated_at timestamptz)`;

const EVENT_INSERT = `INSERT INTO outbox_events (id, type, event, audience, employers, regions, confidentiality_rank, candidate_id, recipients)
SELECT id, type, event, 'record', employers, regions, confidentiality_rank, NULL, '{}'
FROM json_to_recordset($1::json) AS x(id uuid, type text, event jsonb, employers text[], regions text[], confidentiality_rank smallint)
RETURNING seq, id::text AS id`;

/** An outbox row of the seed, as EVENT_INSERT takes it. */
interface EventRow {
  readonly id: string;
  readonly type: string;
  readonly event: { readonly time?: unknown; readonly data?: unknown };
  readonly employers: readonly string[];
  readonly regions: readonly string[];
  readonly confidentiality_rank: number;
}

const SEEDED_TABLES = ['records', 'outbox_events', 'vacancy_facts', 'placement_facts', 'declaration_facts', 'process_event_facts'];

/**
 * Empties every data table and seeds the dataset. Indexes that are not constraints are dropped
 * during the load and recreated with their own definitions afterwards (also when the load fails).
 */
export async function seedDatabase(db: SqlExecutor, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 2000;
  const collections = new Set<string>(RECORD_COLLECTIONS);
  const records: Record<string, number> = {};
  const skipped: Record<string, number> = {};
  let events = 0;

  await db.exec(`TRUNCATE ${DATA_TABLES.join(', ')} RESTART IDENTITY`);
  const { rows: indexes } = await db.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = ANY ($1::text[])
       AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [SEEDED_TABLES],
  );
  for (const index of indexes) await db.exec(`DROP INDEX ${quoteIdent(index.name)}`);

  let indexSeconds = 0;
  try {
    // Tenants of the records of the current chain, for children that inherit their parent's.
    const recent = new Map<string, { employers: string[]; regions: string[] }>();
    let recordRows: unknown[] = [];
    let factRows: FactsInput[] = [];
    let eventRows: EventRow[] = [];
    const inFlight = new Set<Promise<unknown>>();
    const flush = async () => {
      const r = recordRows;
      const f = factRows;
      const e = eventRows;
      recordRows = [];
      factRows = [];
      eventRows = [];
      // Each batch in one transaction: its records, their report facts, the events and the
      // events' process-event facts (by the sequence numbers the outbox gave them) are stored together.
      const job = db.transaction(async (tx) => {
        if (r.length) await tx.query(RECORD_INSERT, [JSON.stringify(r)]);
        await writeFacts(tx, f);
        if (e.length) {
          const { rows } = await tx.query<{ seq: number | string; id: string }>(EVENT_INSERT, [JSON.stringify(e)]);
          const seqOf = new Map(rows.map((row) => [row.id, Number(row.seq)]));
          const seq = (eventId: string) => {
            const n = seqOf.get(eventId);
            if (n === undefined) throw new Error(`event ${eventId} was not stored`);
            return n;
          };
          await writeProcessEventFacts(
            tx,
            e.map((row) => ({
              seq: seq(row.id),
              event: row.event,
              employers: row.employers,
              regions: row.regions,
              confidentialityRank: row.confidentiality_rank,
            })),
          );
        }
      });
      inFlight.add(job);
      job.finally(() => inFlight.delete(job)).catch(() => undefined);
      // Two batches at a time: one generated while the database stores the other.
      if (inFlight.size >= 2) await Promise.race(inFlight);
    };

    const dataset = generateDataset(createWorld(options.placements, options.seed), options.placements, options.seed);
    let placements = 0;
    for (let next = dataset.next(); !next.done; next = dataset.next()) {
      const rec = next.value;
      if (!collections.has(rec.collection)) {
        skipped[rec.collection] = (skipped[rec.collection] ?? 0) + 1;
        continue;
      }
      const { row, facts, eventList } = storageRows(rec, recent);
      recordRows.push(row);
      factRows.push(facts);
      for (const e of eventList) eventRows.push(e);
      records[rec.collection] = (records[rec.collection] ?? 0) + 1;
      events += eventList.length;
      if (rec.collection === 'placements') {
        placements++;
        if (options.onProgress && placements % 100_000 === 0) options.onProgress(placements);
      }
      if (recent.size > 64) recent.clear();
      if (recordRows.length >= batchSize) await flush();
    }
    await flush();
    await Promise.all(inFlight);
  } finally {
    const indexStart = performance.now();
    for (const index of indexes) await db.exec(index.definition);
    // VACUUM sets the visibility map as autovacuum would on a live table, so list pages get
    // index-only scans; ANALYZE gives the planner the data's spread.
    await db.exec('VACUUM ANALYZE records, vacancy_facts, placement_facts, declaration_facts, process_event_facts');
    await db.exec('ANALYZE outbox_events');
    indexSeconds = (performance.now() - indexStart) / 1000;
  }
  return { records, skipped, events, seconds: (performance.now() - started) / 1000, indexSeconds };
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The records row and the outbox rows of one record, as the storage would have written them. */
function storageRows(rec: SeedRecord, recent: Map<string, { employers: string[]; regions: string[] }>) {
  const collection = rec.collection as RecordCollection;
  const doc = rec.document;
  const parent = PARENT_REFERENCES[collection];
  const parentTenants = parent ? recent.get(String(doc[parent.field])) : undefined;
  const meta = recordMetaOf(collection, doc, parentTenants);
  recent.set(doc.id, { employers: [...meta.employers], regions: [...meta.regions] });
  const first = rec.history[0]?.at as string;
  const last = rec.history[rec.history.length - 1]?.at as string;
  const row = {
    id: doc.id,
    collection,
    version: rec.history.length,
    status: meta.status,
    confidentiality_rank: meta.confidentialityRank,
    employers: meta.employers,
    regions: meta.regions,
    period_from: meta.periodFrom ?? null,
    period_to: meta.periodTo ?? null,
    parent_id: meta.parentId ?? null,
    document: doc,
    created_at: first,
    updated_at: last,
  };
  const eventList: EventRow[] = [];
  let filledDate: string | null = null;
  let before: Record<string, unknown> | undefined;
  for (const step of rec.history) {
    const after = { ...doc, status: step.status };
    const event = changeEvent(collection, before, after, { id: crypto.randomUUID(), time: step.at });
    const filled = filledDateOf(collection, event);
    if (filled !== null && (filledDate === null || filled < filledDate)) filledDate = filled;
    if (event)
      eventList.push({
        id: event.id,
        type: event.type,
        event,
        employers: meta.employers,
        regions: meta.regions,
        confidentiality_rank: meta.confidentialityRank,
      });
    before = after;
  }
  // The report facts as the storage writes them beside the record (ADR 0025).
  const facts: FactsInput = { collection, id: doc.id, meta, document: doc, filledDate };
  return { row, facts, eventList };
}
