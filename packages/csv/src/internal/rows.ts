/**
 * Row readers: CSV (decode → papaparse's core parser, chunk by chunk) and `.xlsx` (exceljs
 * streaming reader). Both yield batches of rows as string arrays with spreadsheet row numbers,
 * so everything downstream is the same for both.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { InputError, type Messages, OptionError } from '../errors.js';
import { type CsvDialect, numbered, parseChunk, type RowMarks } from './batch.js';
import { createDecoder, type EncodingChoice, forcedEncoding, sniffBom, Utf8Validator } from './decode.js';
import { type Delimiter, type LineEnding, sniffDelimiter, sniffLineEnding } from './dialect.js';
import type { ByteSource } from './io.js';
import type { DecimalSeparator } from './values.js';

/** A batch of rows; `numbers[i]` is the row number of `rows[i]`. */
export interface RowBatch {
  readonly rows: string[][];
  readonly numbers: number[];
  /** Where quotes broke a row, and which rows span lines (see {@link RowMarks}). */
  readonly marks: RowMarks | undefined;
}

/** The text of whole records, `records` of them, the first being row `firstRow`. */
export interface TextBatch {
  readonly text: string;
  readonly firstRow: number;
  readonly records: number;
  readonly dialect: CsvDialect;
  /**
   * One line read with quotes as plain characters: a quote opened there was never closed
   * (see {@link MAX_RECORD}). The row is reported `csv-quotes` and reading goes on after it.
   */
  readonly literalQuotes?: boolean;
}

/** What the reader found out about the file; filled in as reading proceeds. */
export interface ReaderInfo {
  encoding: EncodingChoice | undefined;
  delimiter: Delimiter | undefined;
  lineEnding: LineEnding | undefined;
  sheet: string | undefined;
  bytesRead: number;
  sha256: string;
  /** Physical lines of the text (CSV only), counted apart from the parser. */
  lines: number;
  /** Records (spreadsheet rows) the parser found, title and header rows included. */
  records: number;
}

/**
 * Longest record the reader waits for. A quote that stays open longer than this is a stray
 * quote, not a long cell: the rest of the file would otherwise vanish into one cell (and be
 * re-parsed with every chunk). Its line becomes one row reported `csv-quotes`.
 */
export const MAX_RECORD = 1 << 20;

/**
 * Chooses the encoding: forced, else BOM, else strict UTF-8 over the whole file (files and
 * byte arrays are read once more for that; streams decide on their first 64 KiB), else
 * Windows-1252. Also hashes the bytes while it reads them anyway.
 */
export async function chooseEncoding(
  source: ByteSource,
  forced: string | undefined,
): Promise<{ choice: EncodingChoice; sha256?: string; strict: boolean }> {
  if (forced) return { choice: forcedEncoding(forced, source.head), strict: false };
  const bom = sniffBom(source.head);
  if (bom) return { choice: bom, strict: false };
  if (source.reopenable) {
    const validator = new Utf8Validator();
    const hash = createHash('sha256');
    const visit = (chunk: Uint8Array) => {
      hash.update(chunk);
      validator.push(chunk);
    };
    if (source.scan) await source.scan(visit);
    else for await (const chunk of source.open()) visit(chunk);
    const valid = validator.end();
    return {
      choice: valid
        ? { encoding: 'utf-8', source: 'valid-utf-8', bomLength: 0 }
        : { encoding: 'windows-1252', source: 'fallback', bomLength: 0 },
      sha256: hash.digest('hex'),
      strict: false,
    };
  }
  const validator = new Utf8Validator();
  validator.push(source.head);
  // A multi-byte character cut at the end of the sample is fine.
  const valid = validator.valid;
  return {
    choice: valid
      ? { encoding: 'utf-8', source: 'valid-utf-8', bomLength: 0 }
      : { encoding: 'windows-1252', source: 'fallback', bomLength: 0 },
    strict: valid,
  };
}

const SNIFF_CHARS = 64 * 1024;

/**
 * Counts the records of a chunk without quote characters (or the last chunk): one per newline,
 * plus a last record without a newline.
 */
function countRecords(chunk: string, dialect: CsvDialect): number {
  if (chunk.includes('"')) return parseChunk(chunk, dialect, 1).rows.length;
  const n = countNewlines(chunk, dialect.newline);
  return chunk.endsWith(dialect.newline) ? n : n + 1;
}

function countNewlines(text: string, nl: string): number {
  let n = 0;
  for (let i = text.indexOf(nl); i >= 0; i = text.indexOf(nl, i + nl.length)) n++;
  return n;
}

/** Where the reader cuts buffered text: whole records up to `end`, then maybe a broken line. */
interface Cut {
  readonly end: number;
  /** The papaparse result of `text[0, end)`, when it had to parse to find `end`. */
  readonly parsed: Papa.ParseResult<string[]> | undefined;
  /** A quote opened at `end` is never closed: the line from `end` is a broken row. */
  readonly broken: boolean;
}

function cutRecords(text: string, config: Papa.ParseConfig, dialect: CsvDialect, finished: boolean): Cut {
  // Without a quote character every newline ends a record; with one, papaparse finds the end
  // (a newline inside quotes is part of a cell).
  if (!text.includes('"')) {
    if (finished) return { end: text.length, parsed: undefined, broken: false };
    const i = text.lastIndexOf(dialect.newline);
    return { end: i < 0 ? 0 : i + dialect.newline.length, parsed: undefined, broken: false };
  }
  const parsed = new Papa.Parser(config).parse(text, 0, true) as Papa.ParseResult<string[]>;
  const end = parsed.meta.cursor;
  if (finished) {
    // The last record is whole, or holds a quote left open to the end of the file.
    const last = new Papa.Parser(config).parse(text.substring(end), 0, false) as Papa.ParseResult<string[]>;
    const open = last.errors.some((e) => e.code === 'MissingQuotes');
    return open ? { end, parsed, broken: true } : { end: text.length, parsed: undefined, broken: false };
  }
  return { end, parsed, broken: text.length - end > MAX_RECORD };
}

/**
 * Reads CSV rows in batches (one per decoded chunk). With `mode.raw` set (it may be set while
 * reading), later batches are the text of whole records instead, for worker threads to parse.
 */
export async function* csvRows(
  source: ByteSource,
  info: ReaderInfo,
  options: { encoding?: string; delimiter?: Delimiter },
  mode?: { raw: boolean },
): AsyncGenerator<RowBatch | TextBatch> {
  const { choice, sha256, strict } = await chooseEncoding(source, options.encoding);
  info.encoding = choice;
  const hash = sha256 === undefined ? createHash('sha256') : undefined;
  const decoder = createDecoder(choice.encoding, strict);
  let skipBom = choice.bomLength;
  let text = '';
  let rowNumber = 0;
  let finished = false;
  let endsWithNewline = true;
  const bytes = source.open()[Symbol.asyncIterator]();

  const decodeNext = async (): Promise<string | undefined> => {
    const next = await bytes.next();
    if (next.done) {
      finished = true;
      return decoder.end();
    }
    let chunk = next.value;
    hash?.update(chunk);
    info.bytesRead += chunk.byteLength;
    if (skipBom > 0) {
      const n = Math.min(skipBom, chunk.byteLength);
      chunk = chunk.subarray(n);
      skipBom -= n;
    }
    let decoded: string;
    try {
      decoded = decoder.write(chunk);
    } catch {
      throw new InputError({
        nl: `Het bestand is geen geldige UTF-8 (ongeldige bytes na ${info.bytesRead} bytes). Geef de tekenset op, bijvoorbeeld --encoding windows-1252.`,
        en: `The file is not valid UTF-8 (invalid bytes after ${info.bytesRead} bytes). Give the encoding, for example --encoding windows-1252.`,
      });
    }
    // A NUL byte past the sniffed start (a file padded with zeros, text glued to binary data)
    // is refused as well: no spreadsheet cell holds one.
    if (decoded.includes('\u0000')) throw new InputError(binaryMessage(source.name, utf16Guess(decoded)));
    return decoded;
  };

  // Enough text to tell the dialect (or the whole file, when it is shorter).
  while (!finished && text.length < SNIFF_CHARS) text += (await decodeNext()) ?? '';
  refuseBinary(text.slice(0, SNIFF_CHARS), source.name);
  const delimiter = options.delimiter ?? sniffDelimiter(text.slice(0, SNIFF_CHARS), finished);
  const newline = sniffLineEnding(text.slice(0, SNIFF_CHARS));
  info.delimiter = delimiter;
  info.lineEnding = newline;
  const config: Papa.ParseConfig = { delimiter, newline, quoteChar: '"', escapeChar: '"', skipEmptyLines: false };
  const dialect: CsvDialect = { delimiter, newline };

  /** Counts the physical lines of text handed on, apart from the parser's records. */
  const countLines = (chunk: string) => {
    info.lines += countNewlines(chunk, dialect.newline);
    endsWithNewline = chunk.endsWith(dialect.newline);
  };

  for (;;) {
    // Cut whole records off the text; a broken line (a quote never closed) is cut off on its
    // own, and cutting goes on after it.
    while (text.length > 0) {
      const cut = cutRecords(text, config, dialect, finished);
      const chunk = cut.end === text.length ? text : text.substring(0, cut.end);
      let broken: string | undefined;
      if (cut.broken) {
        const nl = text.indexOf(dialect.newline, cut.end);
        const stop = nl < 0 ? text.length : nl + dialect.newline.length;
        broken = text.substring(cut.end, stop);
        text = text.substring(stop);
      } else text = text.substring(cut.end);
      if (chunk.length > 0) {
        countLines(chunk);
        if (mode?.raw) {
          const records = cut.parsed && (!finished || cut.broken) ? cut.parsed.data.length : countRecords(chunk, dialect);
          if (records > 0) {
            yield { text: chunk, firstRow: rowNumber + 1, records, dialect };
            rowNumber += records;
          }
        } else {
          // A chunk cut by papaparse was parsed already (its last, partial record left out).
          const batch =
            cut.parsed && (!finished || cut.broken)
              ? numbered(cut.parsed, rowNumber + 1, dialect)
              : parseChunk(chunk, dialect, rowNumber + 1);
          if (batch.rows.length > 0) {
            rowNumber += batch.rows.length;
            yield { rows: batch.rows, numbers: batch.numbers, marks: batch.marks };
          }
        }
      }
      if (broken !== undefined) {
        countLines(broken);
        if (mode?.raw) yield { text: broken, firstRow: rowNumber + 1, records: 1, dialect, literalQuotes: true };
        else {
          const batch = parseChunk(broken, dialect, rowNumber + 1, true);
          yield { rows: batch.rows, numbers: batch.numbers, marks: batch.marks };
        }
        rowNumber += 1;
        continue;
      }
      // Wait for more text unless the file has ended.
      if (!finished || cut.end === 0) break;
    }
    if (finished) break;
    text += (await decodeNext()) ?? '';
  }
  if (!endsWithNewline) info.lines++;
  info.records = rowNumber;
  info.sha256 = sha256 ?? hash?.digest('hex') ?? '';
}

/**
 * Refuses text that is not a spreadsheet: NUL bytes or many control characters (a PDF, an
 * image, a zip that is not an `.xlsx`, a UTF-16 file without BOM).
 *
 * @throws {@link InputError}
 */
export function refuseBinary(sample: string, name: string): void {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new InputError(binaryMessage(name, utf16Guess(sample)));
    // Tab, line feed, form feed and carriage return occur in text; other C0 controls do not.
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
  }
  if (control > 0 && control * 200 >= sample.length) throw new InputError(binaryMessage(name));
  if (control > 8) throw new InputError(binaryMessage(name));
}

/**
 * The UTF-16 a text without BOM looks like: Latin text in UTF-16 has a NUL in every other
 * byte, after each character (little-endian) or before it (big-endian).
 */
function utf16Guess(sample: string): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(sample.length, 400) & ~1;
  if (n < 8) return undefined;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i++) if (sample.charCodeAt(i) === 0) i % 2 === 1 ? odd++ : even++;
  if (odd >= n * 0.4 && even <= n * 0.05) return 'utf-16le';
  if (even >= n * 0.4 && odd <= n * 0.05) return 'utf-16be';
  return undefined;
}

function binaryMessage(name: string, utf16?: 'utf-16le' | 'utf-16be'): Messages {
  if (utf16) {
    return {
      nl: `Dit bestand lijkt UTF-16-tekst zonder BOM: ${name}. Geef de tekenset op met --encoding ${utf16}, of sla het blad op als CSV UTF-8.`,
      en: `This file looks like UTF-16 text without a BOM: ${name}. Give the encoding with --encoding ${utf16}, or save the sheet as CSV UTF-8.`,
    };
  }
  return {
    nl: `Dit is geen CSV- of tekstbestand (het bevat binaire gegevens): ${name}. Sla het blad op als CSV of .xlsx.`,
    en: `This is not a CSV or text file (it holds binary data): ${name}. Save the sheet as CSV or .xlsx.`,
  };
}

/** Text of an exceljs cell value, as a spreadsheet would show it in a CSV export. */
export function cellText(value: unknown, numFmt: string | undefined, decimal: DecimalSeparator): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const percent = numFmt?.includes('%') === true;
    const n = Number((percent ? value * 100 : value).toPrecision(15));
    const s = String(n);
    const text = decimal === ',' ? s.replace('.', ',') : s;
    return percent ? `${text}%` : text;
  }
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    const time = iso.slice(11, 19);
    return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown; formula?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    // An error value (`#DIV/0!`, `#N/A`) is kept as text, so the import reports it as such.
    if (typeof v.error === 'string') return v.error;
    if ('result' in v || 'formula' in v) return cellText(v.result, numFmt, decimal);
    if (typeof v.text === 'string') return v.text;
    if (v.text && typeof v.text === 'object') return cellText(v.text, numFmt, decimal);
  }
  return '';
}

interface WorkbookModel {
  model?: { sheets?: { name: string; id: number; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

function sheetFileNumber(reader: WorkbookModel, sheet: string | number | undefined): { id: string | undefined; name: string | undefined } {
  const sheets = reader.model?.sheets ?? [];
  let entry: { name: string; rId: string } | undefined;
  if (sheet === undefined) entry = sheets[0];
  else if (typeof sheet === 'number') entry = sheets[sheet - 1];
  else entry = sheets.find((s) => s.name.trim().toLowerCase() === sheet.trim().toLowerCase());
  if (!entry) return { id: undefined, name: undefined };
  const rId = entry.rId;
  const target = reader.workbookRels?.find((r) => r.Id === rId)?.Target;
  const m = target ? /sheet(\d+)\.xml$/.exec(target) : null;
  return { id: m ? m[1] : undefined, name: entry.name };
}

/** Reads the rows of one worksheet of an `.xlsx` in batches. */
export async function* xlsxRows(
  source: ByteSource,
  info: ReaderInfo,
  options: { sheet?: string | number; decimal: DecimalSeparator },
): AsyncGenerator<RowBatch> {
  const hash = createHash('sha256');
  const input = Readable.from(
    (async function* () {
      for await (const chunk of source.open()) {
        hash.update(chunk);
        info.bytesRead += chunk.byteLength;
        yield chunk;
      }
    })(),
  );
  // Loaded only for .xlsx: exceljs is large, and CSV imports (and their memory) do without it.
  const { default: Excel } = await import('exceljs');
  const reader = new Excel.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let found = false;
  let index = 0;
  try {
    for await (const worksheet of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row> & { id: string }>) {
      index++;
      const wanted = sheetFileNumber(reader as unknown as WorkbookModel, options.sheet);
      const isTarget =
        wanted.id !== undefined ? String(worksheet.id) === wanted.id : options.sheet === undefined ? index === 1 : options.sheet === index;
      if (!isTarget || found) {
        for await (const _ of worksheet) {
          // drain sheets we do not read, so the zip stream moves on
        }
        continue;
      }
      found = true;
      info.sheet = wanted.name ?? `Sheet${worksheet.id}`;
      let rows: string[][] = [];
      let numbers: number[] = [];
      let last = 0;
      for await (const row of worksheet) {
        // Empty rows are absent from the file: give them back so row numbers stay as shown.
        while (last + 1 < row.number) {
          rows.push([]);
          numbers.push(++last);
        }
        last = row.number;
        info.records = last;
        const cells: string[] = [];
        const values = row.values as unknown[];
        for (let c = 1; c < values.length; c++) {
          const v = values[c];
          cells.push(v === undefined || v === null ? '' : cellText(v, row.getCell(c).numFmt, options.decimal));
        }
        rows.push(cells);
        numbers.push(row.number);
        if (rows.length >= 1000) {
          yield { rows, numbers, marks: undefined };
          rows = [];
          numbers = [];
        }
      }
      if (rows.length > 0) yield { rows, numbers, marks: undefined };
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError({
      nl: `Het .xlsx-bestand kan niet worden gelezen (beschadigd of geen Excel-bestand): ${source.name}`,
      en: `The .xlsx file cannot be read (damaged or not an Excel file): ${source.name}`,
    });
  } finally {
    input.destroy();
  }
  if (!found && options.sheet === undefined) {
    throw new InputError({
      nl: `Dit is een zip-bestand maar geen Excel-werkmap (.xlsx) met een werkblad: ${source.name}.`,
      en: `This is a zip file but not an Excel workbook (.xlsx) with a worksheet: ${source.name}.`,
    });
  }
  if (!found) {
    throw new OptionError(
      {
        nl: `Werkblad ${JSON.stringify(options.sheet)} staat niet in ${source.name}.`,
        en: `Worksheet ${JSON.stringify(options.sheet)} is not in ${source.name}.`,
      },
      'sheet',
    );
  }
  // Read what is left so the hash covers the whole file.
  info.sha256 = hash.digest('hex');
}
