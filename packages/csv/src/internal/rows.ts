/**
 * Row readers: CSV (decode → papaparse's core parser, chunk by chunk) and `.xlsx` (exceljs
 * streaming reader). Both yield batches of rows as string arrays with spreadsheet row numbers,
 * so everything downstream is the same for both.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { InputError, OptionError } from '../errors.js';
import { type EncodingChoice, Utf8Validator, createDecoder, forcedEncoding, sniffBom } from './decode.js';
import { type Delimiter, type LineEnding, sniffDelimiter, sniffLineEnding } from './dialect.js';
import { type CsvDialect, numbered, parseChunk } from './batch.js';
import type { ByteSource } from './io.js';
import type { DecimalSeparator } from './values.js';

/** A batch of rows; `numbers[i]` is the row number of `rows[i]`. */
export interface RowBatch {
  readonly rows: string[][];
  readonly numbers: number[];
  /** Row numbers where quotes were unbalanced. */
  readonly quoteProblems: number[] | undefined;
}

/** The text of whole records, `records` of them, the first being row `firstRow`. */
export interface TextBatch {
  readonly text: string;
  readonly firstRow: number;
  readonly records: number;
  readonly dialect: CsvDialect;
}

/** What the reader found out about the file; filled in as reading proceeds. */
export interface ReaderInfo {
  encoding: EncodingChoice | undefined;
  delimiter: Delimiter | undefined;
  lineEnding: LineEnding | undefined;
  sheet: string | undefined;
  bytesRead: number;
  sha256: string;
}

/** Longest partial row kept between chunks: more means an unterminated quote. */
const MAX_PARTIAL = 32 * 1024 * 1024;

/**
 * Chooses the encoding: forced, else BOM, else strict UTF-8 over the whole file (files and
 * byte arrays are read once more for that; streams decide on their first 64 KiB), else
 * Windows-1252. Also hashes the bytes while it reads them anyway.
 */
export async function chooseEncoding(source: ByteSource, forced: string | undefined): Promise<{ choice: EncodingChoice; sha256?: string; strict: boolean }> {
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
      choice: valid ? { encoding: 'utf-8', source: 'valid-utf-8', bomLength: 0 } : { encoding: 'windows-1252', source: 'fallback', bomLength: 0 },
      sha256: hash.digest('hex'),
      strict: false,
    };
  }
  const validator = new Utf8Validator();
  validator.push(source.head);
  // A multi-byte character cut at the end of the sample is fine.
  const valid = validator.valid;
  return {
    choice: valid ? { encoding: 'utf-8', source: 'valid-utf-8', bomLength: 0 } : { encoding: 'windows-1252', source: 'fallback', bomLength: 0 },
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
  const nl = dialect.newline;
  let n = 0;
  for (let i = chunk.indexOf(nl); i >= 0; i = chunk.indexOf(nl, i + nl.length)) n++;
  return chunk.endsWith(nl) ? n : n + 1;
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
  let config: Papa.ParseConfig | undefined;
  let dialect: CsvDialect | undefined;
  let rowNumber = 0;
  let finished = false;
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
    try {
      return decoder.write(chunk);
    } catch {
      throw new InputError(
        `Het bestand is geen geldige UTF-8 (ongeldige bytes na ${info.bytesRead} bytes). Geef de tekenset op, bijvoorbeeld --encoding windows-1252.`,
      );
    }
  };

  while (!finished) {
    const decoded = await decodeNext();
    if (decoded) text += decoded;
    if (!config) {
      if (text.length < SNIFF_CHARS && !finished) continue;
      const delimiter = options.delimiter ?? sniffDelimiter(text.slice(0, SNIFF_CHARS), finished);
      const newline = sniffLineEnding(text.slice(0, SNIFF_CHARS));
      info.delimiter = delimiter;
      info.lineEnding = newline;
      config = { delimiter, newline, quoteChar: '"', escapeChar: '"', skipEmptyLines: false };
      dialect = { delimiter, newline };
    }
    if (text.length === 0) continue;
    // Cut the text after its last whole record. Without a quote character every newline ends
    // a record; with one, papaparse finds the end (a newline inside quotes is part of a cell).
    let end: number;
    let parsed: Papa.ParseResult<string[]> | undefined;
    if (finished) end = text.length;
    else if (!text.includes('"')) {
      const i = text.lastIndexOf(dialect!.newline);
      end = i < 0 ? 0 : i + dialect!.newline.length;
    } else {
      parsed = new Papa.Parser(config).parse(text, 0, true) as Papa.ParseResult<string[]>;
      end = parsed.meta.cursor;
    }
    const chunk = end === text.length ? text : text.substring(0, end);
    text = text.substring(end);
    if (!finished && text.length > MAX_PARTIAL) {
      throw new InputError(`Er staat een aanhalingsteken dat niet wordt afgesloten na rij ${rowNumber}; het bestand kan niet worden gelezen.`);
    }
    if (chunk.length === 0) continue;
    if (mode?.raw) {
      const records = parsed && !finished ? parsed.data.length : countRecords(chunk, dialect!);
      if (records === 0) continue;
      yield { text: chunk, firstRow: rowNumber + 1, records, dialect: dialect! };
      rowNumber += records;
      continue;
    }
    // A chunk cut by papaparse was parsed already (its last, partial record left out).
    const batch = parsed && !finished ? numbered(parsed, rowNumber + 1) : parseChunk(chunk, dialect!, rowNumber + 1);
    if (batch.rows.length === 0) continue;
    rowNumber += batch.rows.length;
    yield batch;
  }
  info.sha256 = sha256 ?? hash!.digest('hex');
}

/** Text of an exceljs cell value, as a spreadsheet would show it in a CSV export. */
export function cellText(value: unknown, numFmt: string | undefined, decimal: DecimalSeparator): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const percent = numFmt !== undefined && numFmt.includes('%');
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
  const target = reader.workbookRels?.find((r) => r.Id === entry!.rId)?.Target;
  const m = target ? /sheet(\d+)\.xml$/.exec(target) : null;
  return { id: m ? m[1] : undefined, name: entry.name };
}

/** Reads the rows of one worksheet of an `.xlsx` in batches. */
export async function* xlsxRows(source: ByteSource, info: ReaderInfo, options: { sheet?: string | number; decimal: DecimalSeparator }): AsyncGenerator<RowBatch> {
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
  const reader = new Excel.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  let found = false;
  let index = 0;
  try {
    for await (const worksheet of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row> & { id: string }>) {
      index++;
      const wanted = sheetFileNumber(reader as unknown as WorkbookModel, options.sheet);
      const isTarget = wanted.id !== undefined ? String(worksheet.id) === wanted.id : options.sheet === undefined ? index === 1 : options.sheet === index;
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
        const cells: string[] = [];
        const values = row.values as unknown[];
        for (let c = 1; c < values.length; c++) {
          const v = values[c];
          cells.push(v === undefined || v === null ? '' : cellText(v, row.getCell(c).numFmt, options.decimal));
        }
        rows.push(cells);
        numbers.push(row.number);
        if (rows.length >= 1000) {
          yield { rows, numbers, quoteProblems: undefined };
          rows = [];
          numbers = [];
        }
      }
      if (rows.length > 0) yield { rows, numbers, quoteProblems: undefined };
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`Het .xlsx-bestand kan niet worden gelezen (beschadigd of geen Excel-bestand): ${source.name}`);
  } finally {
    input.destroy();
  }
  if (!found) {
    throw new OptionError(`Werkblad ${JSON.stringify(options.sheet)} staat niet in ${source.name}.`, 'sheet');
  }
  // Read what is left so the hash covers the whole file.
  info.sha256 = hash.digest('hex');
}
