import * as z from 'zod';
import { addDays, isIsoDate } from './internal/iso-date.js';
import {
  findOverlaps,
  findRow,
  type ParameterRow,
  type ParameterSelection,
  type ParameterTable,
  ParameterTableSchema,
  type ReferenceDataError,
  referenceDataError,
} from './parameter-table.js';
import { SHIPPED_TABLES } from './tables.js';

/**
 * A set of parameter tables by id: what every calculator reads its parameters from.
 *
 * @public
 */
export interface ReferenceData {
  readonly tables: Readonly<Record<string, ParameterTable>>;
}

function sortRows(rows: readonly ParameterRow[]): ParameterRow[] {
  return [...rows].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
}

/**
 * Builds {@link ReferenceData} from a list of tables (rows sorted by `validFrom`). Does not validate; see {@link withTables}.
 *
 * @public
 */
export function createReferenceData(tables: readonly ParameterTable[]): ReferenceData {
  const byId: Record<string, ParameterTable> = {};
  for (const t of tables) byId[t.id] = { ...t, rows: sortRows(t.rows) };
  return { tables: Object.freeze(byId) };
}

/**
 * The reference data shipped with this version of the standard (brief §8).
 *
 * @public
 */
export const defaultReferenceData: ReferenceData = createReferenceData(SHIPPED_TABLES);

/**
 * Selects the row of table `id` valid on `date` (REF-001: pass the date of the period being
 * computed, never today). Returns a typed REF-002 error result when no row is valid on that
 * date; never falls back to the latest row and never throws.
 *
 * @example
 * ```ts
 * const wml = selectParameter(defaultReferenceData, 'WML_HOURLY_ADULT', '2025-07-01');
 * if (wml.ok) wml.value; // '14.40'
 * selectParameter(defaultReferenceData, 'WML_HOURLY_ADULT', '2023-12-31'); // { ok: false, code: 'REF-002', … }
 * ```
 *
 * @public
 */
export function selectParameter(
  tables: ReferenceData | readonly ParameterTable[],
  id: string,
  date: string,
): ParameterSelection | ReferenceDataError {
  const table = Array.isArray(tables)
    ? (tables as readonly ParameterTable[]).find((t) => t.id === id)
    : (tables as ReferenceData).tables[id];
  if (!table) return referenceDataError(id, date, 'UNKNOWN_TABLE');
  if (!isIsoDate(date)) return referenceDataError(id, String(date), 'INVALID_DATE');
  const row = findRow(table, date);
  if (!row) return referenceDataError(id, date);
  return { ok: true, tableId: id, row, value: row.value, used: { tableId: id, validFrom: row.validFrom, value: row.value } };
}

/**
 * One problem found while loading tables with {@link withTables}.
 *
 * @public
 */
export interface ReferenceDataLoadIssue {
  /** Table id (or index when the id is unreadable). */
  readonly table: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Result of {@link withTables}.
 *
 * @public
 */
export type WithTablesResult =
  | { readonly ok: true; readonly referenceData: ReferenceData }
  | { readonly ok: false; readonly code: 'REFERENCE_DATA_INVALID'; readonly issues: readonly ReferenceDataLoadIssue[] };

/**
 * Loads newer tables or rows on top of `base` without a code change, e.g. next July's
 * minimum wage published after this package version.
 *
 * Incoming data (typically parsed JSON) is validated with {@link ParameterTableSchema}. Rows
 * are merged per table id:
 * - a new table id is added as is;
 * - an incoming row with the same `validFrom`, `validTo` and `value` as a base row is a no-op;
 * - the base table's open-ended last row is closed the day before the first later incoming row
 *   (so a vendor can ship just the new row);
 * - an incoming row with the same `validFrom` as a base row but another value or end replaces it
 *   only when the base row is that open-ended row; otherwise it is an overlap;
 * - any remaining overlap between rows is an error, and nothing is loaded.
 *
 * Never throws; returns `{ ok: false, issues }` on invalid input.
 *
 * @example
 * ```ts
 * const r = withTables(defaultReferenceData, [{ ...wmlTable, rows: [{ validFrom: '2026-07-01', value: '15.00', source: 'Stcrt 2026, …' }] }]);
 * if (r.ok) selectParameter(r.referenceData, 'WML_HOURLY_ADULT', '2026-07-01'); // value '15.00'
 * ```
 *
 * @public
 */
export function withTables(base: ReferenceData, newerTables: unknown): WithTablesResult {
  const parsed = z.array(ParameterTableSchema).safeParse(newerTables);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'REFERENCE_DATA_INVALID',
      issues: parsed.error.issues.map((i) => {
        const idx = typeof i.path[0] === 'number' ? i.path[0] : undefined;
        const id =
          idx !== undefined && Array.isArray(newerTables) && typeof (newerTables[idx] as { id?: unknown } | undefined)?.id === 'string'
            ? String((newerTables[idx] as { id: string }).id)
            : String(idx ?? '');
        return { table: id, path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message };
      }),
    };
  }
  const issues: ReferenceDataLoadIssue[] = [];
  const tables: Record<string, ParameterTable> = { ...base.tables };
  for (const incoming of parsed.data) {
    const existing = tables[incoming.id];
    if (!existing) {
      tables[incoming.id] = { ...incoming, rows: sortRows(incoming.rows) };
      continue;
    }
    if (existing.unit !== incoming.unit) {
      issues.push({ table: incoming.id, path: ['unit'], message: `unit ${incoming.unit} differs from loaded unit ${existing.unit}` });
      continue;
    }
    let rows = sortRows(existing.rows);
    const openIdx = rows.findIndex((r) => r.validTo === undefined);
    for (const row of sortRows(incoming.rows)) {
      const same = rows.find((r) => r.validFrom === row.validFrom);
      if (same && same.value === row.value && same.validTo === row.validTo) continue;
      if (same && rows.indexOf(same) === openIdx) {
        rows = rows.map((r) => (r === same ? row : r));
        continue;
      }
      rows = [...rows, row];
    }
    // Close the base table's open-ended row before the first later incoming row.
    const open = openIdx >= 0 ? rows.find((r) => r.validTo === undefined && r.validFrom === existing.rows[openIdx]?.validFrom) : undefined;
    if (open) {
      const later = rows
        .filter((r) => r !== open && r.validFrom > open.validFrom)
        .map((r) => r.validFrom)
        .sort()[0];
      if (later !== undefined) rows = rows.map((r) => (r === open ? { ...r, validTo: addDays(later, -1) } : r));
    }
    rows = sortRows(rows);
    const overlaps = findOverlaps(rows);
    if (overlaps.length > 0) {
      for (const message of overlaps) issues.push({ table: incoming.id, path: ['rows'], message });
      continue;
    }
    tables[incoming.id] = { ...existing, titleNl: incoming.titleNl, titleEn: incoming.titleEn, rows };
  }
  if (issues.length > 0) return { ok: false, code: 'REFERENCE_DATA_INVALID', issues };
  return { ok: true, referenceData: { tables: Object.freeze(tables) } };
}
