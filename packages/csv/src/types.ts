import type { DocumentDefinition, DocumentType, Locale, Severity } from '@banenafspraak/core';
import type { Mapping } from './mapping.js';

/**
 * Input of an import: a file path, the file's bytes, a Node readable stream, a web
 * `ReadableStream` or any async iterable of byte chunks. `.xlsx` is recognised by its
 * extension or by its zip signature.
 *
 * @public
 */
export type ImportInput = string | URL | Uint8Array | NodeJS.ReadableStream | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * Where an output goes: a file path or a writable stream (left open when you pass one).
 *
 * @public
 */
export type OutputTarget = string | NodeJS.WritableStream;

/**
 * Options that affect how the file is read (shared by {@link ImportOptions} and inspect).
 *
 * @public
 */
export interface ReadOptions {
  /** Force an encoding (`utf-8`, `windows-1252`, `utf-16le`, any iconv-lite name). */
  encoding?: string;
  /** Force the delimiter. */
  delimiter?: ';' | ',' | '\t' | '|';
  /** Header row as the spreadsheet numbers it (1 = first row). Detected when absent. */
  headerRow?: number;
  /** Worksheet of an `.xlsx`, by name or number (1 = first). */
  sheet?: string | number;
  /** Read the input as `csv` or `xlsx`; detected from the name or content when absent. */
  format?: 'csv' | 'xlsx';
  /** Name of the input for the report when it is not a path. */
  name?: string;
}

/**
 * Options of an import.
 *
 * @public
 */
export interface ImportOptions extends ReadOptions {
  /** Document type (`Placement`, `placements`, …) or a core document definition. */
  type?: DocumentType | string | DocumentDefinition;
  /** A mapping (see `readMapping`) for the region's own layout. */
  mapping?: Mapping;
  /** Language of messages: `nl` (default) or `en`. */
  locale?: Locale;
  /** Reference date for rules about "now" (ISO date). Defaults to today. */
  asOf?: string;
  /** Issues of each severity kept in the report; more are only counted. Default 1000. */
  maxErrors?: number;
  /** Where valid documents go, one JSON document per line. */
  out?: OutputTarget;
  /** The original sheet plus status and issue columns (restricted columns masked). */
  reportCsv?: OutputTarget;
  /** The invalid rows in the original layout, to fix and re-import (restricted columns masked). */
  invalidRows?: OutputTarget;
  /** Called for every 1 000 rows or so; for progress bars. */
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the import; the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** `production` (default) or `test`: passed to core's `validate`. */
  environment?: 'production' | 'test';
  /**
   * Worker threads that parse, convert and validate rows of a CSV file in parallel; `0` runs
   * everything in the calling thread. Default: 1 when the machine has a second CPU core (the
   * calling thread converts a share of the chunks too; each worker costs about 40 MB, and one
   * kept a 200,000-row import with every output at 185–187 MB in most runs) for files of 4 MiB or more (streams: once 4 MiB have
   * been read), else 0. `.xlsx` files, and copies of this
   * package bundled into another file (without `dist/worker.js` beside them), are read in one
   * thread. The outputs are the same either way.
   */
  workers?: number;
}

/**
 * Progress of a running import.
 *
 * @public
 */
export interface ImportProgress {
  readonly rows: number;
  readonly bytesRead: number;
  /** Input size when known (files). */
  readonly totalBytes?: number;
}

/**
 * One issue in the import report: core's issue shape plus where it is in the sheet.
 *
 * @public
 */
export interface RowIssue {
  /** Row number as the spreadsheet shows it (1-based, title and header rows counted); `null` for the file. */
  readonly row: number | null;
  /** Header of the column, when the issue is about one cell. */
  readonly column: string | null;
  /** Column number, 1-based. */
  readonly columnNumber: number | null;
  /** Column letter as a spreadsheet shows it (`A`, `AB`). */
  readonly columnLetter: string | null;
  /**
   * The field the issue is about, in words: the standard's Dutch label (`Uren per week`), or
   * the field path with `locale: 'en'`. Absent for issues about the row or the file.
   */
  readonly field?: string;
  readonly severity: Severity;
  /** Stable code: a rule id (`PLC-004`, `IDN-001`) or the importer's own `csv-…` code. */
  readonly code: string;
  readonly ruleId?: string;
  /** Path of the field in the document. */
  readonly path: readonly (string | number)[];
  /** Message in the requested language; never contains a cell value. */
  readonly message: string;
}

/**
 * A column of the sheet and what it became.
 *
 * @public
 */
export interface ColumnReport {
  readonly number: number;
  readonly letter: string;
  readonly header: string;
  /** Field path it maps to, or `null` when unused or ignored. */
  readonly field: string | null;
  /** How the mapping was found. */
  readonly matchedBy: 'mapping' | 'alias' | 'field-path' | 'ignored' | 'unmapped' | 'duplicate';
  /** Values of this column are personal data and are masked in every output. */
  readonly restricted: boolean;
}

/**
 * Counts of an import.
 *
 * @public
 */
export interface ImportStats {
  /** Data rows (blank rows not counted). */
  readonly rows: number;
  readonly validRows: number;
  readonly invalidRows: number;
  readonly blankRows: number;
  /**
   * Physical lines of a CSV file (an `.xlsx`: its rows), counted apart from the parser. Lines =
   * records + line breaks inside cells; a difference is reported as `csv-line-count`.
   */
  readonly lines: number;
  /** Records (spreadsheet rows) read, title and header rows included: header row + rows + blank rows. */
  readonly records: number;
  /** Line breaks inside quoted cells (multi-line cells, or records a stray quote took in). */
  readonly lineBreaksInCells: number;
  readonly errors: number;
  readonly warnings: number;
  readonly information: number;
  readonly errorsByCode: Readonly<Record<string, number>>;
  readonly warningsByCode: Readonly<Record<string, number>>;
  /** Issues counted but not listed because of `maxErrors`. */
  readonly omittedIssues: number;
}

/**
 * What was detected about the file.
 *
 * @public
 */
export interface FileReport {
  readonly name: string;
  readonly format: 'csv' | 'xlsx';
  readonly bytes: number;
  readonly sha256: string;
  /** Encoding used and how it was chosen (`bom`, `valid-utf-8`, `fallback`, `forced`). */
  readonly encoding: string | null;
  readonly encodingSource: string | null;
  readonly delimiter: string | null;
  readonly lineEnding: string | null;
  readonly sheet: string | null;
  readonly headerRow: number;
}

/**
 * The JSON report of an import.
 *
 * @public
 */
export interface ImportReport {
  /** `true` when every row is valid. */
  readonly valid: boolean;
  readonly documentType: DocumentType;
  readonly file: FileReport;
  readonly stats: ImportStats;
  readonly columns: readonly ColumnReport[];
  /** File-level issues first (row `null`), then row issues in row order. */
  readonly issues: readonly RowIssue[];
  readonly seconds: number;
  /**
   * Worker threads that converted chunks of the file next to the importing thread; 0 when the
   * import ran in one thread (see {@link ImportOptions.workers}). Outputs are the same either way.
   */
  readonly workerThreads: number;
}

/**
 * Result of one row, from {@link importRows}.
 *
 * @public
 */
export interface RowResult<T = unknown> {
  readonly row: number;
  readonly valid: boolean;
  /** The document, when valid. */
  readonly document?: T;
  readonly issues: readonly RowIssue[];
}
