import { type DocumentDefinition, type DocumentType, documentDefinitions, STANDARD_VERSION } from '@banenafspraak/core';
import * as Effect from 'effect/Effect';
import { type AnyCsvError, HeaderNotFoundError, isCsvError } from './errors.js';
import { runToPromise } from './import.js';
import { delimiterName } from './internal/dialect.js';
import { headerMatcher } from './internal/header-matching.js';
import { openSource } from './internal/io.js';
import { at } from './internal/lists.js';
import { detectHeaderRow, HEADER_SEARCH_ROWS, readBatches, refuseSwallowingHeader, resolveDefinition } from './internal/pipeline.js';
import { buildPlan, isReportHeader } from './internal/plan.js';
import type { ReaderInfo } from './internal/rows.js';
import { foldKey, parseDutchBoolean, parseDutchDate, parseDutchNumber } from './internal/values.js';
import { type Mapping, MappingFile } from './mapping.js';
import type { ColumnReport, ImportInput, ReadOptions } from './types.js';

type MappingType = NonNullable<Mapping['documentType']>;
const MAPPING_TYPES: readonly string[] = MappingFile.shape.documentType.unwrap().options;

/** Whether a mapping file can name this document type. */
function isMappingType(type: string): type is MappingType {
  return MAPPING_TYPES.includes(type);
}

/**
 * The shape of a column's values, never the values themselves.
 *
 * @public
 */
export type ValueShape = 'empty' | 'whole-number' | 'decimal-comma' | 'decimal-dot' | 'date' | 'yes-no' | 'code' | 'text' | 'mixed';

/**
 * A column as `inspect` sees it.
 *
 * @public
 */
export interface InspectedColumn extends ColumnReport {
  /** What the first rows hold, e.g. `date` or `decimal-comma`. Values are never shown. */
  readonly shape: ValueShape;
  /** Share of empty cells in the sampled rows, 0–1. */
  readonly emptyShare: number;
}

/**
 * What `inspect` found out about a file.
 *
 * @public
 */
export interface InspectResult {
  readonly name: string;
  readonly format: 'csv' | 'xlsx';
  readonly bytes: number | null;
  readonly encoding: string | null;
  readonly encodingSource: string | null;
  readonly delimiter: string | null;
  readonly lineEnding: string | null;
  readonly sheet: string | null;
  /** Row number of the header row as the spreadsheet shows it. */
  readonly headerRow: number;
  /** The document type asked for, or the one whose headers match best. */
  readonly documentType: DocumentType;
  readonly columns: readonly InspectedColumn[];
  /** Data rows looked at. */
  readonly sampledRows: number;
  /** Required fields no column maps to yet. */
  readonly missingRequired: readonly string[];
  /** A mapping to start from: the columns found, ready to edit and save. */
  readonly suggestedMapping: Mapping;
}

/**
 * Options of {@link inspect}.
 *
 * @public
 */
export interface InspectOptions extends ReadOptions {
  /** Document type; the best match when absent. */
  type?: DocumentType | string;
  mapping?: Mapping;
  /** Data rows to sample (default 200). */
  sampleRows?: number;
}

function shapeOf(values: readonly string[]): ValueShape {
  const filled = values.filter((v) => v !== '');
  if (filled.length === 0) return 'empty';
  const shapes = new Set<ValueShape>();
  for (const v of filled) {
    if (/^\d+$/.test(v)) shapes.add(v.length > 1 && v.startsWith('0') ? 'code' : 'whole-number');
    else if (/^[+-]?[\d.]*\d,\d+$/.test(v)) shapes.add('decimal-comma');
    else if (/^[+-]?\d*\.\d+$/.test(v) && parseDutchNumber(v, '.') !== undefined) shapes.add('decimal-dot');
    else if (parseDutchDate(v) !== undefined) shapes.add('date');
    else if (parseDutchBoolean(v) !== undefined) shapes.add('yes-no');
    else if (/^[A-Z0-9_-]{2,}$/.test(v)) shapes.add('code');
    else shapes.add('text');
  }
  const [only] = shapes;
  if (only !== undefined && shapes.size === 1) return only;
  if (shapes.has('text')) return 'text';
  return 'mixed';
}

/**
 * Looks at a file without importing it: encoding, delimiter, header row, the columns with
 * their suggested fields, and a mapping to start from. Shows no cell values.
 *
 * @throws like `importCsv` for unreadable input or a missing header row
 *
 * @example
 * ```ts
 * const info = await inspect('regio-rijnmond.csv');
 * console.log(info.encoding, info.delimiter, info.headerRow, info.suggestedMapping);
 * ```
 *
 * @public
 */
export function inspect(input: ImportInput, options: InspectOptions = {}): Promise<InspectResult> {
  return runToPromise(inspectEffect(input, options));
}

/**
 * {@link inspect} as an Effect.
 *
 * @public
 */
export function inspectEffect(input: ImportInput, options: InspectOptions = {}): Effect.Effect<InspectResult, AnyCsvError> {
  return Effect.tryPromise({
    try: () => run(input, options),
    catch: (e) => {
      if (isCsvError(e)) return e;
      throw e;
    },
  });
}

async function run(input: ImportInput, options: InspectOptions): Promise<InspectResult> {
  const mapping = options.mapping;
  const given = options.type ?? mapping?.documentType;
  const definition0 = given !== undefined ? resolveDefinition(given, mapping) : undefined;
  const source = await openSource(input, {
    ...(options.name ? { name: options.name } : {}),
    ...(options.format ? { format: options.format } : {}),
  });
  const info: ReaderInfo = {
    encoding: undefined,
    delimiter: undefined,
    lineEnding: undefined,
    sheet: undefined,
    bytesRead: 0,
    sha256: '',
    lines: 0,
    records: 0,
  };
  const rows: { cells: string[]; row: number }[] = [];
  const limit = 30 + (options.sampleRows ?? 200);
  const batches = readBatches(source, info, options, mapping);
  try {
    for await (const batch of batches) {
      if (!('rows' in batch)) continue; // text chunks only come when asked for (workers)
      for (const [i, cells] of batch.rows.entries()) if (rows.length < limit) rows.push({ cells, row: at(batch.numbers, i) });
      if (rows.length >= limit) break;
    }
  } finally {
    await batches.return(undefined);
  }
  // The type guess and the header search look at every sampled row: a header may sit far down.
  const head = rows.map((r) => r.cells);
  // Only the document types a mapping file can name are detected (the daily-flow types are not CSV types yet).
  const candidates = (
    definition0 ? [definition0] : (documentDefinitions as unknown as DocumentDefinition[]).filter((d) => isMappingType(d.type))
  ).map((d) => {
    const matchesOf = headerMatcher(d, mapping);
    return { d, score: Math.max(0, ...head.map(matchesOf)) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) throw new Error('there is no document type to detect');
  const definition = best.d;
  const wanted = options.headerRow ?? mapping?.headerRow;
  // A report or invalid-rows CSV has its header on row 1, whatever the mapping pins.
  const report = options.headerRow === undefined ? rows.findIndex((r) => r.row < (wanted ?? 0) && isReportHeader(r.cells)) : -1;
  const index =
    report >= 0 ? report : wanted !== undefined ? rows.findIndex((r) => r.row === wanted) : detectHeaderRow(head, definition, mapping);
  const header = rows[index];
  if (!header) {
    throw new HeaderNotFoundError({
      nl: `Geen kopregel gevonden in de eerste ${rows.length} rijen. Geef het rijnummer van de kopregel op met --header-row.`,
      en: `No header row found in the first ${rows.length} rows. Give the header row's number with --header-row.`,
    });
  }
  if (!source.isXlsx) refuseSwallowingHeader(header.cells, header.row, info.delimiter ?? ';');
  const headers = header.cells;
  const plan = buildPlan(headers, definition, mapping, mapping?.decimalSeparator ?? ',', 'nl');
  const data = rows.slice(index + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const columns: InspectedColumn[] = plan.columns.map((c) => {
    const values = data.map((r) => (r.cells[c.index] ?? '').trim());
    return {
      number: c.index + 1,
      letter: c.letter,
      header: c.header,
      field: c.field?.path ?? null,
      matchedBy: c.matchedBy,
      restricted: c.restricted,
      shape: shapeOf(values),
      emptyShare: values.length === 0 ? 1 : Math.round((values.filter((v) => v === '').length / values.length) * 100) / 100,
    };
  });
  // What the import detects by itself (encoding, delimiter, a header among the first rows) is
  // left out, so the same mapping also reads the invalid-rows CSV (UTF-8, header on row 1).
  const headerRow = header.row;
  const pinned = {
    ...((options.encoding ?? mapping?.encoding) !== undefined ? { encoding: options.encoding ?? mapping?.encoding } : {}),
    ...((options.delimiter ?? mapping?.delimiter) !== undefined ? { delimiter: options.delimiter ?? mapping?.delimiter } : {}),
    ...(headerRow > HEADER_SEARCH_ROWS ? { headerRow } : {}),
  };
  // A column the given mapping matched keeps its spec (value translations, uuid transform).
  const own = new Map(Object.entries(mapping?.columns ?? {}).map(([k, v]) => [foldKey(k), v] as const));
  const suggested: Mapping = {
    $schema: 'https://unpkg.com/@banenafspraak/csv/schemas/mapping.schema.json',
    standardVersion: STANDARD_VERSION,
    ...(isMappingType(definition.type) ? { documentType: definition.type } : {}),
    ...pinned,
    columns: Object.fromEntries(
      plan.mapped.map((c) => [c.header, (c.matchedBy === 'mapping' ? own.get(foldKey(c.header)) : undefined) ?? c.field.path]),
    ),
    ignore: plan.columns.filter((c) => !c.field && c.header !== '').map((c) => c.header),
    ...(mapping?.constants ? { constants: mapping.constants } : {}),
  };
  return {
    name: source.name,
    format: source.isXlsx ? 'xlsx' : 'csv',
    bytes: source.size ?? null,
    encoding: info.encoding?.encoding ?? null,
    encodingSource: info.encoding?.source ?? null,
    delimiter: info.delimiter ? delimiterName(info.delimiter) : null,
    lineEnding: info.lineEnding ? (info.lineEnding === '\r\n' ? 'CRLF' : info.lineEnding === '\n' ? 'LF' : 'CR') : null,
    sheet: info.sheet ?? null,
    headerRow,
    documentType: definition.type as DocumentType,
    columns,
    sampledRows: data.length,
    missingRequired: plan.notes.flatMap((n) => (n.code === 'csv-missing-column' && n.path !== undefined ? [n.path] : [])),
    suggestedMapping: suggested,
  };
}
