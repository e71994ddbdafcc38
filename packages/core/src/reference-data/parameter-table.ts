import * as z from 'zod';
import { addDays, isIsoDate } from './internal/iso-date.js';

/**
 * Units a parameter value can have. `FLAG` values are `'1'` (true) or `'0'` (false).
 *
 * @public
 */
export const ParameterUnit = z
  .enum(['EUR_PER_HOUR', 'EUR_PER_YEAR', 'EUR', 'PERCENT', 'MONTHS', 'YEARS', 'HOURS_PER_WEEK', 'HOURS_PER_YEAR', 'COUNT', 'FLAG'])
  .meta({ id: 'ParameterUnit', title: 'Eenheid', description: 'Unit of a reference-data parameter value.' });
/**
 * Unit of a parameter value (see {@link ParameterUnit}).
 *
 * @public
 */
export type ParameterUnit = z.infer<typeof ParameterUnit>;

const isoDate = z.string().refine(isIsoDate, { message: 'expected a calendar date YYYY-MM-DD' });

/**
 * Schema of one effective-dated row of a parameter table.
 *
 * @public
 */
export const ParameterRowSchema = z
  .object({
    validFrom: isoDate.describe('First day the value applies.'),
    validTo: isoDate.optional().describe('Last day the value applies (inclusive); absent when open-ended.'),
    value: z
      .string()
      .regex(/^-?\d+(\.\d+)?$/, 'expected an exact decimal string such as "14.71"')
      .describe('Exact decimal value as a string, e.g. "14.71" or "23.5".'),
    source: z.string().min(1).describe('Where the value comes from (brief reference such as R17, a Staatscourant number).'),
    uncertain: z.boolean().optional().describe('True when the value or its date is not verified (brief marks it UNCERTAIN).'),
    note: z.string().optional().describe('Free explanation for auditors.'),
  })
  .strict()
  .refine((r) => r.validTo === undefined || r.validTo >= r.validFrom, {
    message: 'validTo lies before validFrom',
    path: ['validTo'],
  })
  .meta({ id: 'ParameterRow', title: 'Parameterregel', description: 'One effective-dated row of a reference-data table.' });
/**
 * One effective-dated row: value valid from `validFrom` up to and including `validTo`.
 *
 * @public
 */
export type ParameterRow = z.infer<typeof ParameterRowSchema>;

/**
 * Finds pairs of overlapping rows; returns human-readable descriptions (empty when none).
 *
 * @public
 */
export function findOverlaps(rows: readonly ParameterRow[]): string[] {
  const sorted = [...rows].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  const out: string[] = [];
  let prev: ParameterRow | undefined;
  for (const cur of sorted) {
    if (prev && (prev.validTo === undefined || prev.validTo >= cur.validFrom)) {
      out.push(`row from ${prev.validFrom} (to ${prev.validTo ?? 'open end'}) overlaps row from ${cur.validFrom}`);
    }
    prev = cur;
  }
  return out;
}

/**
 * Schema of a parameter table; rejects overlapping rows. Use it to validate tables loaded at runtime.
 *
 * @public
 */
export const ParameterTableSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/, 'table ids are UPPER_SNAKE')
      .describe('Stable table id, e.g. WML_HOURLY_ADULT.'),
    titleNl: z.string().min(1).describe('Dutch name of the parameter.'),
    titleEn: z.string().min(1).describe('English name of the parameter.'),
    unit: ParameterUnit,
    rows: z.array(ParameterRowSchema).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    for (const message of findOverlaps(t.rows)) ctx.addIssue({ code: 'custom', message, path: ['rows'] });
  })
  .meta({
    id: 'ParameterTable',
    title: 'Parametertabel',
    description: 'An effective-dated reference-data parameter (minimum wage, percentages, caps).',
  });
/**
 * An effective-dated parameter (*parameter met ingangsdatum*): a new period is a new row,
 * never a code change (brief §8).
 *
 * @public
 */
export type ParameterTable = z.infer<typeof ParameterTableSchema>;

/**
 * Audit record of one parameter row used in a computation (`parametersUsed`).
 *
 * @public
 */
export interface ParameterUsed {
  /** Table id, e.g. `WML_HOURLY_ADULT`. */
  readonly tableId: string;
  /** `validFrom` of the row used. */
  readonly validFrom: string;
  /** Exact decimal value of the row used. */
  readonly value: string;
}

/**
 * A parameter row found for a date.
 *
 * @public
 */
export interface ParameterSelection {
  readonly ok: true;
  readonly tableId: string;
  readonly row: ParameterRow;
  /** Shortcut for `row.value`. */
  readonly value: string;
  /** Audit record to put in `parametersUsed`. */
  readonly used: ParameterUsed;
}

/**
 * Typed error result of REF-002: no row of the table is valid on the date.
 * Never thrown; calculators pass it through unchanged.
 *
 * @public
 */
export interface ReferenceDataError {
  readonly ok: false;
  readonly code: 'REF-002';
  /** `NO_ROW_FOR_DATE`: the table has no row for the date; `UNKNOWN_TABLE`: no such table; `INVALID_DATE`: the date is not `YYYY-MM-DD`. */
  readonly reason: 'NO_ROW_FOR_DATE' | 'UNKNOWN_TABLE' | 'INVALID_DATE';
  readonly tableId: string;
  readonly date: string;
  /** Dutch message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
}

/**
 * Whether a value is a {@link ReferenceDataError}. Does not rely on `instanceof`.
 *
 * @public
 */
export function isReferenceDataError(x: unknown): x is ReferenceDataError {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false && (x as { code?: unknown }).code === 'REF-002';
}

/**
 * Builds a REF-002 error result.
 *
 * @public
 */
export function referenceDataError(
  tableId: string,
  date: string,
  reason: ReferenceDataError['reason'] = 'NO_ROW_FOR_DATE',
): ReferenceDataError {
  const nl =
    reason === 'UNKNOWN_TABLE'
      ? `Parametertabel ${tableId} bestaat niet.`
      : reason === 'INVALID_DATE'
        ? `Peildatum voor parametertabel ${tableId} is geen geldige datum.`
        : `Parametertabel ${tableId} heeft geen waarde geldig op ${date}; laad de juiste referentiegegevens.`;
  const en =
    reason === 'UNKNOWN_TABLE'
      ? `Parameter table ${tableId} does not exist.`
      : reason === 'INVALID_DATE'
        ? `Reference date for parameter table ${tableId} is not a valid date.`
        : `Parameter table ${tableId} has no value valid on ${date}; load the missing reference data.`;
  return { ok: false, code: 'REF-002', reason, tableId, date, message: nl, messageEn: en };
}

/**
 * The row of `table` valid on `date`, or undefined. Never falls back to another row (REF-002).
 *
 * @public
 */
export function findRow(table: ParameterTable, date: string): ParameterRow | undefined {
  for (const r of table.rows) {
    if (r.validFrom <= date && (r.validTo === undefined || date <= r.validTo)) return r;
  }
  return undefined;
}

/**
 * One part of a period that lies entirely within one row of a table.
 *
 * @public
 */
export interface PeriodPart {
  /** First day of the part. */
  readonly from: string;
  /** Last day of the part (inclusive). */
  readonly to: string;
  /** The row valid throughout the part. */
  readonly row: ParameterRow;
}

/**
 * A period split into parts, one per parameter row (REF-003).
 *
 * @public
 */
export interface PeriodSplit {
  readonly ok: true;
  readonly tableId: string;
  readonly parts: readonly PeriodPart[];
}

/**
 * Splits a closed period at the row boundaries of a table, so each part is computed with
 * its own value (REF-003: a weekly period across 1 July uses two minimum wages).
 *
 * Returns a REF-002 error when any day of the period has no valid row (a gap, or a period
 * before the first row); never silently uses a neighbouring row.
 *
 * @example
 * ```ts
 * const split = splitPeriodAtBoundaries({ from: '2025-06-30', to: '2025-07-06' }, WML_HOURLY_ADULT_TABLE);
 * // split.ok && split.parts → [{ from: '2025-06-30', to: '2025-06-30', row: 14.06 }, { from: '2025-07-01', to: '2025-07-06', row: 14.40 }]
 * ```
 *
 * @public
 */
export function splitPeriodAtBoundaries(
  period: { readonly from: string; readonly to: string },
  table: ParameterTable,
): PeriodSplit | ReferenceDataError {
  if (!isIsoDate(period.from)) return referenceDataError(table.id, String(period.from), 'INVALID_DATE');
  if (!isIsoDate(period.to)) return referenceDataError(table.id, String(period.to), 'INVALID_DATE');
  if (period.to < period.from) return { ok: true, tableId: table.id, parts: [] };
  const parts: PeriodPart[] = [];
  let cursor = period.from;
  while (cursor <= period.to) {
    const row = findRow(table, cursor);
    if (!row) return referenceDataError(table.id, cursor);
    const end = row.validTo !== undefined && row.validTo < period.to ? row.validTo : period.to;
    parts.push({ from: cursor, to: end, row });
    cursor = addDays(end, 1);
  }
  return { ok: true, tableId: table.id, parts };
}

/**
 * Splits a closed period at the row boundaries of several tables at once: each resulting
 * sub-period has one constant row in every table. Returns REF-002 for the first uncovered day.
 *
 * @public
 */
export function splitPeriodAtAllBoundaries(
  period: { readonly from: string; readonly to: string },
  tables: readonly ParameterTable[],
): { readonly ok: true; readonly parts: readonly { readonly from: string; readonly to: string }[] } | ReferenceDataError {
  const cuts = new Set<string>();
  for (const table of tables) {
    const split = splitPeriodAtBoundaries(period, table);
    if (!split.ok) return split;
    for (const p of split.parts) cuts.add(p.from);
  }
  const starts = [...cuts].sort();
  const parts = starts.map((from, i) => {
    const next = starts[i + 1];
    return { from, to: next !== undefined ? addDays(next, -1) : period.to };
  });
  return { ok: true, parts };
}
