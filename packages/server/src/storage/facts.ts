import type { IncomingDocument } from '../document.js';
import type { RecordMeta } from '../policy.js';
import { FACT_TABLES, type FactCollection, factColumns, hasFacts, localDate } from '../steering/facts.js';
import type { SqlExecutor } from './sql.js';

/**
 * Writing the report facts (ADR 0025): one statement per table for any number of records, the
 * same on the write path (one record, in its transaction), in the backfill of migration 5 and
 * in a bulk load. The columns come from `steering/facts.ts`; no SQL reads a document here.
 */

/** Columns of each facts table after the tenant columns, with their SQL types. */
const COLUMNS: Record<FactCollection, readonly (readonly [string, string])[]> = {
  vacancies: [
    ['received_date', 'date'],
    ['region', 'text'],
    ['employer', 'text'],
    ['places', 'numeric'],
    ['preference', 'text'],
  ],
  placements: [
    ['start_date', 'date'],
    ['end_date', 'date'],
    ['hours_per_week', 'numeric'],
    ['type', 'text'],
    ['basis', 'text'],
    ['candidate_source', 'text'],
    ['region', 'text'],
    ['residence_municipality', 'text'],
    ['counting_kvk', 'text'],
    ['counting_payroll_tax_number', 'text'],
    ['counting_establishment', 'text'],
    ['plan_id', 'text'],
    ['vacancy_id', 'uuid'],
    ['preference', 'text'],
  ],
  'wage-cost-subsidy-declarations': [
    ['placement_id', 'uuid'],
    ['period_from', 'date'],
    ['period_to', 'date'],
    ['paid_hours', 'numeric'],
  ],
};

/** The tenant and ceiling columns, as on `records`, so the reports' access filter applies unchanged (the tables: migration 5). */
const TENANT_COLUMNS = [
  ['status', 'text'],
  ['confidentiality_rank', 'smallint'],
  ['employers', 'text[]'],
  ['regions', 'text[]'],
  ['record_period_from', 'date'],
  ['record_period_to', 'date'],
] as const;

/**
 * A record whose facts are to be written, with the first FILLED date its change carries (vacancies).
 *
 * @public
 */
export interface FactsInput {
  /** The record's collection; collections without facts are skipped. */
  readonly collection: string;
  readonly id: string;
  /** The record's tenant and filter columns, as stored on `records`. */
  readonly meta: Pick<RecordMeta, 'status' | 'confidentialityRank' | 'employers' | 'regions' | 'periodFrom' | 'periodTo'>;
  readonly document: IncomingDocument;
  /** Europe/Amsterdam date of a FILLED transition this write records (see {@link filledDateOf}). */
  readonly filledDate?: string | null;
}

/**
 * The local date of a change event that moves a vacancy to FILLED, else `null`.
 *
 * @public
 */
export function filledDateOf(
  collection: string,
  event: { readonly time?: unknown; readonly data?: { readonly toStatus?: unknown } } | undefined,
): string | null {
  if (collection !== 'vacancies' || event?.data?.toStatus !== 'FILLED') return null;
  return localDate(event.time);
}

/**
 * Inserts or updates the facts rows of records (those of collections without facts are
 * skipped). A vacancy keeps the earliest FILLED date it has been given.
 *
 * @public
 */
export async function writeFacts(db: SqlExecutor, inputs: readonly FactsInput[]): Promise<void> {
  const byCollection = new Map<FactCollection, Record<string, unknown>[]>();
  for (const input of inputs) {
    if (!hasFacts(input.collection)) continue;
    const rows = byCollection.get(input.collection) ?? [];
    rows.push({
      id: input.id,
      status: input.meta.status,
      confidentiality_rank: input.meta.confidentialityRank,
      employers: input.meta.employers,
      regions: input.meta.regions,
      record_period_from: input.meta.periodFrom ?? null,
      record_period_to: input.meta.periodTo ?? null,
      ...factColumns(input.collection, input.document),
      ...(input.collection === 'vacancies' ? { filled_date: input.filledDate ?? null } : {}),
    });
    byCollection.set(input.collection, rows);
  }
  for (const [collection, rows] of byCollection) {
    const table = FACT_TABLES[collection];
    const columns = [
      ['id', 'uuid'],
      ...TENANT_COLUMNS,
      ...COLUMNS[collection],
      ...(collection === 'vacancies' ? [['filled_date', 'date']] : []),
    ];
    const names = columns.map(([c]) => c);
    const updates = names
      .filter((c) => c !== 'id')
      .map((c) => (c === 'filled_date' ? `filled_date = LEAST(${table}.filled_date, excluded.filled_date)` : `${c} = excluded.${c}`));
    await db.query(
      `INSERT INTO ${table} (${names.join(', ')})
       SELECT ${names.join(', ')} FROM json_to_recordset($1::json) AS x(${columns.map(([c, t]) => `${c} ${t}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`,
      [JSON.stringify(rows)],
    );
  }
}

/**
 * Removes the facts row of a deleted record.
 *
 * @public
 */
export async function deleteFacts(db: SqlExecutor, collection: string, id: string): Promise<void> {
  if (hasFacts(collection)) await db.query(`DELETE FROM ${FACT_TABLES[collection]} WHERE id = $1`, [id]);
}

type Row = Record<string, unknown>;
const text = (v: unknown) => String(v);
const dateText = (v: unknown): string | undefined =>
  v === null || v === undefined ? undefined : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

/**
 * Fills the facts tables from the stored records and their FILLED events, in batches of
 * `batchSize` records in storage order (migration 5). Writers wait until the migration's
 * transaction commits (SHARE lock on `records`), so no record written meanwhile is missed.
 */
export async function backfillFacts(db: SqlExecutor, batchSize = 2000): Promise<{ records: number }> {
  await db.exec('LOCK TABLE records IN SHARE MODE');
  let total = 0;
  for (const collection of Object.keys(FACT_TABLES) as FactCollection[]) {
    let after = 0;
    for (;;) {
      const { rows } = await db.query<Row>(
        `SELECT seq, id::text AS id, status, confidentiality_rank, employers, regions,
           to_char(period_from, 'YYYY-MM-DD') AS period_from, to_char(period_to, 'YYYY-MM-DD') AS period_to, document
         FROM records WHERE collection = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [collection, after, batchSize],
      );
      if (rows.length === 0) break;
      const filled = new Map<string, string>();
      if (collection === 'vacancies') {
        const events = await db.query<Row>(
          `SELECT event -> 'data' ->> 'recordId' AS id, event ->> 'time' AS time FROM outbox_events
           WHERE event -> 'data' ->> 'toStatus' = 'FILLED' AND event -> 'data' ->> 'recordId' = ANY ($1::text[]) AND audience = 'record'`,
          [rows.map((r) => text(r.id))],
        );
        for (const e of events.rows) {
          const date = filledDateOf('vacancies', { time: e.time, data: { toStatus: 'FILLED' } });
          const id = text(e.id);
          const prev = filled.get(id);
          if (date !== null && (prev === undefined || date < prev)) filled.set(id, date);
        }
      }
      await writeFacts(
        db,
        rows.map((r) => {
          const periodFrom = dateText(r.period_from);
          const periodTo = dateText(r.period_to);
          return {
            collection,
            id: text(r.id),
            meta: {
              status: text(r.status),
              confidentialityRank: Number(r.confidentiality_rank),
              employers: (r.employers ?? []) as string[],
              regions: (r.regions ?? []) as string[],
              ...(periodFrom ? { periodFrom } : {}),
              ...(periodTo ? { periodTo } : {}),
            },
            document: (typeof r.document === 'string' ? JSON.parse(r.document) : r.document) as IncomingDocument,
            filledDate: filled.get(text(r.id)) ?? null,
          };
        }),
      );
      total += rows.length;
      after = Number(rows[rows.length - 1]?.seq);
    }
  }
  // Statistics now, so the first reports after the upgrade are planned on the filled tables.
  await db.exec(`ANALYZE ${Object.values(FACT_TABLES).join(', ')}`);
  return { records: total };
}
