/**
 * A batch of rows → everything the outputs need: NDJSON text, report-CSV and invalid-rows
 * lines, counts, and the issues in row order. The same code runs in the importing thread and
 * in worker threads, so both give byte-identical outputs.
 */
import type { DocumentDefinition, Locale } from '@banenafspraak/core';
import Papa from 'papaparse';
import type { RowIssue, RowResult } from '../types.js';
import { type ProcessorOptions, type RowOutcome, RowProcessor } from './assemble.js';
import { append, at } from './lists.js';
import { message } from './messages.js';
import type { Plan } from './plan.js';
import { ALL, csvLine, issuesText, statusText } from './report.js';

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
  /** Line breaks inside cells of a text chunk's records, set by whoever parsed it (see {@link RowMarks}). */
  lineBreaks: number;
  /** Columns (0-based) whose text looks like misread UTF-8, with the first row it was seen in. */
  mojibake: [column: number, row: number][];
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

/** Bytes 0x80–0xBF as Windows-1252 shows them: the second byte of a UTF-8 sequence. */
const CONTINUATION =
  '\u00a0-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178';

/**
 * UTF-8 read as Windows-1252 (or encoded twice): `é` shows as `Ã©`, `€` as `â‚¬`, `’` as `â€™`.
 * Dutch text never has these pairs.
 */
const MOJIBAKE = new RegExp(`[\u00c2\u00c3][${CONTINUATION}]|\u00e2[${CONTINUATION}]{2}`);

export interface BatchOptions {
  readonly locale: Locale;
  /** See {@link ProcessorOptions.cellsMayMove}. */
  readonly cellsMayMove?: boolean;
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

  run(
    rows: readonly string[][],
    numbers: readonly number[],
    start: number,
    marks: RowMarks | undefined,
    keepResults: boolean,
  ): BatchResult {
    const { plan, options } = this;
    const out = this.outcome;
    const ndjson = new Pieces();
    const reportCsv = new Pieces();
    const invalidRowsCsv = new Pieces();
    const r: BatchResult = {
      ndjson: [],
      reportCsv: [],
      invalidRowsCsv: [],
      rows: 0,
      validRows: 0,
      invalidRows: 0,
      blankRows: 0,
      issues: [],
      lineBreaks: 0,
      mojibake: [],
    };
    const misread = new Set<number>();
    if (keepResults) r.results = [];
    const quoteProblems = marks?.quoteProblems ? new Set(marks.quoteProblems) : undefined;
    const multiLine = marks?.multiLine ? new Set(marks.multiLine) : undefined;
    const hasRestricted = plan.restrictedIndexes.length > 0;
    const quoted = marks?.quoted === true;
    for (let i = start; i < rows.length; i++) {
      const cells = at(rows, i);
      const row = at(numbers, i);
      this.processor.process(cells, row, out);
      if (out.blank) {
        r.blankRows++;
        continue;
      }
      const quotes =
        quoteProblems?.has(row) === true ||
        (multiLine?.has(row) === true && swallowsRecords(cells, options.width, options.delimiter)) ||
        (quoted && mergesCells(cells, options.width, options.delimiter));
      if (quotes) {
        out.valid = false;
        out.document = undefined;
        const opened = quoteColumn(cells, options.width, options.delimiter);
        const col = opened === undefined ? undefined : plan.columns[opened];
        out.issues = [
          {
            row,
            column: col?.header ?? null,
            columnNumber: col ? col.index + 1 : null,
            columnLetter: col?.letter ?? null,
            severity: 'error',
            code: 'csv-quotes',
            path: [],
            message: message('csv-quotes', options.locale),
          },
          ...out.issues,
        ];
      }
      r.rows++;
      for (let c = 0; c < cells.length && c < options.width; c++) {
        const cell = at(cells, c);
        if (cell.length > 1 && !misread.has(c) && MOJIBAKE.test(cell)) {
          misread.add(c);
          r.mojibake.push([c, row]);
        }
      }
      if (out.valid) r.validRows++;
      else r.invalidRows++;
      for (const issue of out.issues) r.issues.push(issue);
      if (out.valid && options.ndjson) ndjson.add(`${JSON.stringify(out.document)}\n`);
      if (options.reportCsv || (options.invalidRows && !out.valid)) {
        const text = issuesText(out.issues);
        // When quotes or extra cells moved the cells, a restricted value may sit in any
        // column: the whole row is masked.
        const masked = hasRestricted && (quotes || cells.length > options.width) ? ALL : plan.restrictedIndexes;
        if (options.reportCsv) {
          reportCsv.add(
            csvLine(
              cells,
              options.width,
              masked,
              [statusText(out.valid, out.issues, options.locale), String(row), text],
              options.delimiter,
              options.eol,
              options.locale,
            ),
          );
        }
        if (options.invalidRows && !out.valid)
          invalidRowsCsv.add(csvLine(cells, options.width, masked, [String(row), text], options.delimiter, options.eol, options.locale));
      }
      r.results?.push({ row, valid: out.valid, ...(out.valid ? { document: out.document } : {}), issues: out.issues });
    }
    r.ndjson = ndjson.done();
    r.reportCsv = reportCsv.done();
    r.invalidRowsCsv = invalidRowsCsv.done();
    return r;
  }
}

/**
 * Whether a row that spans lines took in the records after it: a stray quote opened a cell
 * and a later quote closed it. If the quote opened in column k and closed in column j of a
 * later line, the row has `width + (k − j)` cells and the cell holds `width − 1 − (k − j)`
 * delimiters or more: so either the row is wider than the header, or the cell holds at least
 * half a record's delimiters. A note with a line break and a `;` or two passes.
 */
export function swallowsRecords(cells: readonly string[], width: number, delimiter: string): boolean {
  if (cells.length > width) return true;
  const enough = Math.max(1, Math.ceil((width - 1) / 2));
  for (const cell of cells) {
    if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) continue;
    if (cell.split(delimiter).length - 1 >= enough) return true;
  }
  return false;
}

/**
 * The column (0-based) where a broken quote opened, as far as the cells show it: the cell that
 * took in line breaks and delimiters, else one with a line break, a delimiter or a quote.
 */
export function quoteColumn(cells: readonly string[], width: number, delimiter: string): number | undefined {
  const breaks = (c: string) => c.includes('\n') || c.includes('\r');
  const tests = [
    (c: string) => breaks(c) && c.includes(delimiter),
    breaks,
    (c: string) => c.includes(delimiter),
    (c: string) => c.includes('"'),
  ];
  for (const test of tests) {
    const i = cells.findIndex(test);
    if (i >= 0 && i < width) return i;
  }
  return undefined;
}

/**
 * Whether quotes merged cells of one line: a stray quote opened a cell and a later quote on
 * the same line closed it, so the row is narrower than the header and a cell holds the
 * delimiter. Its later cells sit in the wrong columns.
 */
export function mergesCells(cells: readonly string[], width: number, delimiter: string): boolean {
  if (cells.length >= width) return false;
  for (const cell of cells) if (cell.includes(delimiter)) return true;
  return false;
}

/** Papaparse settings of a CSV file, found once by the reader. */
export interface CsvDialect {
  readonly delimiter: string;
  readonly newline: '\r\n' | '\n' | '\r';
}

/** What the parser noticed about the rows of a chunk, by row number. */
export interface RowMarks {
  /**
   * Rows whose quotes papaparse found broken: a quote never closed or a malformed closing
   * quote. Reported `csv-quotes` at the row where the quoted cell opened.
   */
  readonly quoteProblems: readonly number[] | undefined;
  /** Rows with a cell that spans lines. */
  readonly multiLine: readonly number[] | undefined;
  /** Line breaks inside cells, for reconciling physical lines with records. */
  readonly lineBreaks: number;
  /** The text had a quote character (else no cell can hold a delimiter or line break). */
  readonly quoted?: boolean;
}

/** Parsed rows of a text chunk made of whole records, numbered from `firstRow`. */
export interface ParsedChunk {
  rows: string[][];
  numbers: number[];
  marks: RowMarks | undefined;
}

/**
 * Parses whole records with papaparse. A chunk that ends with a newline ends a record there,
 * so the empty row papaparse reports after it is not a row of the sheet. With `literalQuotes`
 * quotes are plain characters and every row is marked (a quote opened there never closed).
 */
export function parseChunk(text: string, dialect: CsvDialect, firstRow: number, literalQuotes = false): ParsedChunk {
  const quote = literalQuotes ? '\u0000' : '"';
  const result = new Papa.Parser({
    delimiter: dialect.delimiter,
    newline: dialect.newline,
    quoteChar: quote,
    escapeChar: quote,
    skipEmptyLines: false,
  }).parse(text, 0, false) as Papa.ParseResult<string[]>;
  const rows = result.data;
  const last = rows[rows.length - 1];
  if (last !== undefined && text.endsWith(dialect.newline) && last.length === 1 && last[0] === '') rows.pop();
  const chunk = numbered(result, firstRow, dialect, !literalQuotes && text.includes('"'));
  if (literalQuotes) chunk.marks = { quoteProblems: chunk.numbers.slice(), multiLine: undefined, lineBreaks: 0, quoted: false };
  return chunk;
}

/**
 * Numbers the rows of a papaparse result and marks the rows with broken quotes and cells that
 * span lines. `quoted` says whether the text had a quote at all (else there is nothing to mark).
 */
export function numbered(result: Papa.ParseResult<string[]>, firstRow: number, dialect: CsvDialect, quoted = true): ParsedChunk {
  const rows = result.data;
  const numbers = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) numbers[i] = firstRow + i;
  if (!quoted) return { rows, numbers, marks: undefined };
  const problems = new Set<number>();
  for (const e of result.errors) {
    const row = typeof e.row === 'number' ? numbers[e.row] : undefined;
    if (e.type === 'Quotes' && row !== undefined) problems.add(row);
  }
  let multiLine: number[] | undefined;
  let lineBreaks = 0;
  for (const [r, cells] of rows.entries()) {
    let spans = false;
    for (const cell of cells) {
      if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) continue;
      spans = true;
      for (let i = cell.indexOf(dialect.newline); i >= 0; i = cell.indexOf(dialect.newline, i + dialect.newline.length)) lineBreaks++;
    }
    if (spans) multiLine = append(multiLine, at(numbers, r));
  }
  return {
    rows,
    numbers,
    marks: { quoteProblems: problems.size > 0 ? [...problems].sort((a, b) => a - b) : undefined, multiLine, lineBreaks, quoted: true },
  };
}
