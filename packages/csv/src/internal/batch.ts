/**
 * A batch of rows → everything the outputs need: NDJSON text, report-CSV and invalid-rows
 * lines, counts, and the issues in row order. The same code runs in the importing thread and
 * in worker threads, so both give byte-identical outputs.
 */
import type { DocumentDefinition, Locale } from '@banenafspraak/core';
import Papa from 'papaparse';
import type { RowIssue, RowResult } from '../types.js';
import { type RowOutcome, RowProcessor } from './assemble.js';
import { message } from './messages.js';
import type { Plan } from './plan.js';
import { csvLine, issuesText, statusText } from './report.js';

/** What a batch produced. Plain data, so it can cross to another thread. */
export interface BatchResult {
  /** Valid documents, one JSON document per line, in pieces (UTF-8 bytes from a worker). */
  ndjson: Output;
  reportCsv: Output;
  invalidRowsCsv: Output;
  rows: number;
  validRows: number;
  invalidRows: number;
  blankRows: number;
  /** Issues of the rows that have any, in row order (flattened). */
  issues: RowIssue[];
  /** Every row's result, only when asked for (the row-by-row API). */
  results?: RowResult[];
}

/** Output text of a batch in pieces, in order. */
export type Output = (string | Uint8Array)[];

/**
 * Characters per output piece. A batch's output in one string would be a few hundred KB, and
 * V8 keeps strings that large in its large-object space until a full collection: pieces this
 * size die young, which keeps a long import's memory flat.
 */
const PIECE = 16 * 1024;

/** Appends text to pieces of about {@link PIECE} characters. */
class Pieces {
  readonly parts: Output = [];
  private current = '';

  add(text: string): void {
    this.current += text;
    if (this.current.length >= PIECE) {
      this.parts.push(this.current);
      this.current = '';
    }
  }

  done(): Output {
    if (this.current.length > 0) this.parts.push(this.current);
    this.current = '';
    return this.parts;
  }
}

export interface BatchOptions {
  readonly locale: Locale;
  readonly asOf: string | undefined;
  readonly environment: 'production' | 'test';
  readonly delimiter: string;
  readonly eol: string;
  readonly width: number;
  readonly ndjson: boolean;
  readonly reportCsv: boolean;
  readonly invalidRows: boolean;
}

export class BatchProcessor {
  private readonly processor: RowProcessor;
  private readonly outcome: RowOutcome = { blank: false, valid: false, document: undefined, issues: [] };

  constructor(
    private readonly plan: Plan,
    definition: DocumentDefinition,
    private readonly options: BatchOptions,
  ) {
    this.processor = new RowProcessor(plan, definition, options);
  }

  run(rows: readonly string[][], numbers: readonly number[], start: number, quoteProblems: readonly number[] | undefined, keepResults: boolean): BatchResult {
    const { plan, options } = this;
    const out = this.outcome;
    const ndjson = new Pieces();
    const reportCsv = new Pieces();
    const invalidRowsCsv = new Pieces();
    const r: BatchResult = { ndjson: [], reportCsv: [], invalidRowsCsv: [], rows: 0, validRows: 0, invalidRows: 0, blankRows: 0, issues: [] };
    if (keepResults) r.results = [];
    for (let i = start; i < rows.length; i++) {
      const cells = rows[i]!;
      const row = numbers[i]!;
      this.processor.process(cells, row, out);
      if (out.blank) {
        r.blankRows++;
        continue;
      }
      if (quoteProblems?.includes(row)) {
        out.valid = false;
        out.document = undefined;
        out.issues = [
          { row, column: null, columnNumber: null, columnLetter: null, severity: 'error', code: 'csv-quotes', path: [], message: message('csv-quotes', options.locale) },
          ...out.issues,
        ];
      }
      r.rows++;
      if (out.valid) r.validRows++;
      else r.invalidRows++;
      for (const issue of out.issues) r.issues.push(issue);
      if (out.valid && options.ndjson) ndjson.add(`${JSON.stringify(out.document)}\n`);
      if (options.reportCsv || (options.invalidRows && !out.valid)) {
        const text = issuesText(out.issues);
        if (options.reportCsv) {
          reportCsv.add(csvLine(cells, options.width, plan.restrictedIndexes, [statusText(out.valid, out.issues, options.locale), String(row), text], options.delimiter, options.eol));
        }
        if (options.invalidRows && !out.valid) invalidRowsCsv.add(csvLine(cells, options.width, plan.restrictedIndexes, [String(row), text], options.delimiter, options.eol));
      }
      r.results?.push({ row, valid: out.valid, ...(out.valid ? { document: out.document } : {}), issues: out.issues });
    }
    r.ndjson = ndjson.done();
    r.reportCsv = reportCsv.done();
    r.invalidRowsCsv = invalidRowsCsv.done();
    return r;
  }
}

/** Papaparse settings of a CSV file, found once by the reader. */
export interface CsvDialect {
  readonly delimiter: string;
  readonly newline: '\r\n' | '\n' | '\r';
}

/** Parsed rows of a text chunk made of whole records, numbered from `firstRow`. */
export interface ParsedChunk {
  rows: string[][];
  numbers: number[];
  quoteProblems: number[] | undefined;
}

/**
 * Parses whole records with papaparse. A chunk that ends with a newline ends a record there,
 * so the empty row papaparse reports after it is not a row of the sheet.
 */
export function parseChunk(text: string, dialect: CsvDialect, firstRow: number): ParsedChunk {
  const result = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"', escapeChar: '"', skipEmptyLines: false }).parse(
    text,
    0,
    false,
  ) as Papa.ParseResult<string[]>;
  const rows = result.data;
  if (rows.length > 0 && text.endsWith(dialect.newline)) {
    const last = rows[rows.length - 1]!;
    if (last.length === 1 && last[0] === '') rows.pop();
  }
  return numbered(result, firstRow);
}

/** Numbers the rows of a papaparse result and collects the rows with unbalanced quotes. */
export function numbered(result: Papa.ParseResult<string[]>, firstRow: number): ParsedChunk {
  const rows = result.data;
  const numbers = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) numbers[i] = firstRow + i;
  let quoteProblems: number[] | undefined;
  for (const e of result.errors) {
    if (e.type === 'Quotes' && typeof e.row === 'number' && numbers[e.row] !== undefined) (quoteProblems ??= []).push(numbers[e.row]!);
  }
  return { rows, numbers, quoteProblems };
}
