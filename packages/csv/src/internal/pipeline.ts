/**
 * The import pipeline as an Effect: open the input and the outputs as scoped resources (closed
 * on success, failure and interruption), read batches, detect the header, process rows, write
 * outputs with backpressure, and build the report. Failures are typed `AnyCsvError`s.
 */
import { type DocumentDefinition, type DocumentType, getDocumentDefinition, type Locale } from '@banenafspraak/core';
import * as Effect from 'effect/Effect';
import { type AnyCsvError, HeaderNotFoundError, isCsvError, OptionError } from '../errors.js';
import type { Mapping } from '../mapping.js';
import type { ImportInput, ImportOptions, ImportReport, OutputTarget, RowResult } from '../types.js';
import { BatchProcessor, type BatchResult, parseChunk, type RowMarks } from './batch.js';
import { sniffBom } from './decode.js';
import { delimiterName } from './dialect.js';
import { headerMatcher } from './header-matching.js';
import { type ByteSource, openSource, TextSink } from './io.js';
import { at } from './lists.js';
import { message } from './messages.js';
import { defaultWorkers, PARALLEL_MIN_BYTES, WorkerPool, type WorkerSetup, workersAvailable } from './parallel.js';
import { buildPlan, isReportHeader, type Plan } from './plan.js';
import { columnReports, csvLine, planIssues, ReportBuilder, reportHeaderExtra } from './report.js';
import { csvRows, type ReaderInfo, type RowBatch, type TextBatch, xlsxRows } from './rows.js';
import type { DecimalSeparator } from './values.js';

/** Resolves `type` (name, collection or definition) against the mapping's document type. */
export function resolveDefinition(type: ImportOptions['type'], mapping: Mapping | undefined): DocumentDefinition {
  if (type !== undefined && typeof type === 'object') return type;
  const name = type ?? mapping?.documentType;
  if (name === undefined) {
    throw new OptionError(
      {
        nl: 'Geef het documenttype op (--type), bijvoorbeeld placement, vacancy of wage-value-assessment.',
        en: 'Give the document type (--type), for example placement, vacancy or wage-value-assessment.',
      },
      'type',
    );
  }
  const normalized = String(name).trim();
  const def =
    getDocumentDefinition(normalized) ??
    getDocumentDefinition(normalized.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())) ??
    getDocumentDefinition(`${normalized.toLowerCase()}s`) ??
    getDocumentDefinition(normalized.toLowerCase()) ??
    getDocumentDefinition(`${normalized.toLowerCase().replace(/y$/, 'ie')}s`);
  if (!def) {
    throw new OptionError(
      {
        nl: `Onbekend documenttype: ${JSON.stringify(normalized)}. Kies bijvoorbeeld uit Placement, Vacancy, WageValueAssessment, WageCostSubsidyDeclaration, JobCoachReport, ContactMoment (of placement, vacancy, wage-value-assessment, wage-cost-subsidy-declaration, job-coach-report, contact-moment).`,
        en: `Unknown document type: ${JSON.stringify(normalized)}. Choose for example from Placement, Vacancy, WageValueAssessment, WageCostSubsidyDeclaration, JobCoachReport, ContactMoment (or placement, vacancy, wage-value-assessment, wage-cost-subsidy-declaration, job-coach-report, contact-moment).`,
      },
      'type',
    );
  }
  return def as unknown as DocumentDefinition;
}

/**
 * Refuses a header row that took in the records after it: a stray quote in a header cell
 * opened a cell that a later quote closed, so that cell holds line breaks and delimiters (whole
 * records, with whatever personal values they hold). A header with a line break typed in a
 * cell (Alt+Enter) has no delimiter in it, and passes.
 *
 * @throws {@link HeaderNotFoundError}
 */
export function refuseSwallowingHeader(headers: readonly string[], row: number, delimiter: string): void {
  if (!headers.some((h) => (h.includes('\n') || h.includes('\r')) && h.includes(delimiter))) return;
  throw new HeaderNotFoundError({
    nl: `De kopregel (rij ${row}) heeft een aanhalingsteken dat niet goed wordt afgesloten: de regels erna zijn in een kopcel terechtgekomen. Herstel het aanhalingsteken in de kopregel en importeer opnieuw.`,
    en: `The header row (row ${row}) has a quote that is not closed properly: the lines after it ended up in a header cell. Fix the quote in the header row and import again.`,
  });
}

/** Rows read before the header row is chosen (a header further down needs `headerRow`). */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Picks the header row among the first rows: the row with the most known headers, or else the
 * first full-width row of text. Returns its index in `rows`, or -1.
 */
export function detectHeaderRow(
  rows: readonly (readonly string[])[],
  definition: DocumentDefinition,
  mapping: Mapping | undefined,
): number {
  let best = -1;
  let bestScore = 0;
  const matchesOf = headerMatcher(definition, mapping);
  rows.forEach((cells, i) => {
    const matches = matchesOf(cells);
    if (matches >= 2 || (matches >= 1 && cells.filter((c) => c.trim() !== '').length === 1)) {
      const score = matches * 1000 + cells.filter((c) => c.trim() !== '').length;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
  });
  if (best >= 0) return best;
  const widths = rows.map((cells) => cells.filter((c) => c.trim() !== '').length);
  const widest = Math.max(0, ...widths);
  if (widest < 2) return -1;
  return rows.findIndex(
    (cells, i) =>
      at(widths, i) >= Math.max(2, Math.ceil(widest * 0.8)) && cells.every((c) => c.trim() === '' || !/^[\d\s.,€%:/+-]+$/.test(c.trim())),
  );
}

export interface RunOptions extends ImportOptions {
  /** Receives every row's result (used by the async-iterator API). May return a promise for backpressure. */
  onRow?: (row: RowResult) => void | Promise<void>;
}

interface Sinks {
  out?: TextSink;
  reportCsv?: TextSink;
  invalidRows?: TextSink;
}

const openSink = (target: OutputTarget | undefined) =>
  target === undefined
    ? Effect.succeed(undefined)
    : Effect.acquireRelease(Effect.tryPromise({ try: () => TextSink.open(target), catch: (e) => e as AnyCsvError }), (sink) =>
        Effect.sync(() => sink.destroy()),
      );

function abortError(): Error {
  const e = new Error('Het importeren is afgebroken.');
  e.name = 'AbortError';
  return e;
}

/** State of one run: header detection, plan, processing and outputs. */
class Run {
  readonly report: ReportBuilder;
  readonly info: ReaderInfo = {
    encoding: undefined,
    delimiter: undefined,
    lineEnding: undefined,
    sheet: undefined,
    bytesRead: 0,
    sha256: '',
    lines: 0,
    records: 0,
  };
  plan: Plan | undefined;
  processor: BatchProcessor | undefined;
  headerRow = 0;
  private preamble: { cells: string[]; row: number }[] = [];
  /** Marks of the batches whose rows wait in the preamble. */
  private preambleMarks: RowMarks[] = [];
  private readonly locale: Locale;
  private lastProgress = 0;
  /**
   * Chunks after the header in file order: the workers' results to come, and the text of this
   * thread's chunks, which it converts when they are next to be written.
   */
  private readonly pending: (Promise<BatchResult> | TextBatch)[] = [];
  /** What workers need to build this run's plan, once the header is known. */
  private setup: WorkerSetup | undefined;
  private chunks = 0;

  constructor(
    readonly definition: DocumentDefinition,
    readonly options: RunOptions,
    readonly mapping: Mapping | undefined,
    readonly sinks: Sinks,
    readonly source: ByteSource,
    /** Worker threads for the chunks, when the import may run in parallel. */
    private readonly workers?: Workers,
    /** The reader's switch from parsed rows to text chunks (for the workers). */
    private readonly mode?: { raw: boolean },
  ) {
    this.locale = options.locale ?? 'nl';
    this.report = new ReportBuilder(options.maxErrors ?? 1000);
  }

  private get decimal(): DecimalSeparator {
    return this.mapping?.decimalSeparator ?? ',';
  }

  /** Handles a batch; returns a promise when outputs need to drain. */
  async push(batch: RowBatch | TextBatch): Promise<void> {
    if ('text' in batch) {
      for (const piece of textPieces(batch)) await this.pushText(piece);
      return;
    }
    const { rows, numbers } = batch;
    this.report.lineBreaks += batch.marks?.lineBreaks ?? 0;
    let start = 0;
    if (!this.plan) {
      const wanted = this.options.headerRow ?? this.mapping?.headerRow;
      for (let i = 0; i < rows.length && !this.plan; i++) {
        const cells = at(rows, i);
        const row = at(numbers, i);
        if (wanted !== undefined) {
          // A report or invalid-rows CSV has its header on row 1, whatever row the mapping pins.
          if (row === wanted || (this.options.headerRow === undefined && row < wanted && isReportHeader(cells))) this.start(cells, row);
        } else {
          this.preamble.push({ cells, row });
          if (batch.marks && !this.preambleMarks.includes(batch.marks)) this.preambleMarks.push(batch.marks);
          if (this.preamble.length >= HEADER_SEARCH_ROWS) await this.detect();
        }
        start = i + 1;
      }
      if (!this.plan) return;
    }
    await this.processRows(rows, numbers, start, batch.marks);
    // An input of unknown size goes parallel once it has proven large.
    if (this.workers && !this.workers.pool && this.info.bytesRead >= PARALLEL_MIN_BYTES) this.goParallel();
  }

  /** Hands a chunk of whole records to a worker or, for its share, to this thread. */
  private async pushText(batch: TextBatch): Promise<void> {
    const pool = this.workers?.pool;
    if (!pool) throw new Error('the reader sent text chunks before the workers started');
    // This thread takes every (workers + 1)th chunk itself, so that it works too while the
    // workers do; it still writes every result in file order. (Giving the workers every chunk
    // they have room for, and this thread the rest, measured 20–50 MB more peak RSS.) It
    // converts its chunk when the chunk is next to be written, not now: a converted chunk
    // waiting for a worker's would sit on this thread's heap through garbage collections,
    // which then move it to the old generation.
    if (++this.chunks % (pool.size + 1) === 0) this.pending.push(batch);
    else this.pending.push(pool.submit(batch));
    await this.drain(maxPending(pool.size));
  }

  /** Called at the end of input. */
  async finish(): Promise<void> {
    await this.drain(0);
    if (!this.plan) {
      const wanted = this.options.headerRow ?? this.mapping?.headerRow;
      if (wanted !== undefined) {
        throw new HeaderNotFoundError({
          nl: `Rij ${wanted} bestaat niet; het bestand heeft minder rijen.`,
          en: `Row ${wanted} does not exist; the file has fewer rows.`,
        });
      }
      if (this.preamble.length === 0)
        throw new HeaderNotFoundError({
          nl: 'Het bestand is leeg: er is geen kopregel.',
          en: 'The file is empty: there is no header row.',
        });
      await this.detect();
    }
    this.reconcile();
    const { plan } = this.started();
    // Read as UTF-8 (or from an .xlsx), the misread characters are in the file itself; read as
    // anything else, another encoding may read them right.
    const encoding = this.info.encoding?.encoding ?? 'xlsx';
    const inFile = encoding === 'xlsx' || /^utf-?8$/i.test(encoding);
    const misread = [...this.report.mojibake].sort(([a], [b]) => a - b);
    for (const [index, row] of misread) {
      const col = at(plan.columns, index);
      this.report.addFileIssue({
        row: null,
        column: col.header,
        columnNumber: index + 1,
        columnLetter: col.letter,
        severity: 'warning',
        code: 'csv-mojibake',
        path: col.field ? [...col.field.segments] : [],
        message: message(inFile ? 'csv-mojibake-in-file' : 'csv-mojibake', this.locale, { row: String(row), encoding }),
      });
    }
    if (this.report.rows === 0) {
      this.report.addFileIssue({
        row: null,
        column: null,
        columnNumber: null,
        columnLetter: null,
        severity: 'warning',
        code: 'csv-no-rows',
        path: [],
        message: message('csv-no-rows', this.locale),
      });
    }
  }

  /**
   * Every record must be accounted for: physical lines = records + line breaks inside cells,
   * and records = rows up to the header + data rows + blank rows. A difference means a record
   * went missing between reader and report; that is an error of the file, never silent.
   */
  private reconcile(): void {
    const { lines, records } = this.info;
    const r = this.report;
    if (this.source.isXlsx) return;
    const linesAgree = lines === records + r.lineBreaks;
    const recordsAgree = records === this.headerRow + r.rows + r.blankRows;
    if (linesAgree && recordsAgree) return;
    r.addFileIssue({
      row: null,
      column: null,
      columnNumber: null,
      columnLetter: null,
      severity: 'error',
      code: 'csv-line-count',
      path: [],
      message: message('csv-line-count', this.locale, {
        lines: String(lines),
        records: String(records),
        rows: String(this.headerRow + r.rows + r.blankRows),
      }),
    });
  }

  private async detect(): Promise<void> {
    const rows = this.preamble;
    const marks = mergeMarks(this.preambleMarks);
    this.preamble = [];
    this.preambleMarks = [];
    const index = detectHeaderRow(
      rows.map((r) => r.cells),
      this.definition,
      this.mapping,
    );
    if (index < 0) {
      throw new HeaderNotFoundError({
        nl: `Geen kopregel gevonden in de eerste ${rows.length} rijen. Geef het rijnummer van de kopregel op met --header-row, of maak een mapping.`,
        en: `No header row found in the first ${rows.length} rows. Give the header row's number with --header-row, or make a mapping.`,
      });
    }
    const header = at(rows, index);
    this.start(header.cells, header.row);
    const rest = rows.slice(index + 1);
    await this.processRows(
      rest.map((r) => r.cells),
      rest.map((r) => r.row),
      0,
      marks,
    );
  }

  private start(headers: string[], row: number): void {
    if (!this.source.isXlsx) refuseSwallowingHeader(headers, row, this.info.delimiter ?? ';');
    this.headerRow = row;
    const plan = buildPlan(headers, this.definition, this.mapping, this.decimal, this.locale);
    this.plan = plan;
    const batch = {
      locale: this.locale,
      cellsMayMove: !this.source.isXlsx,
      asOf: this.options.asOf,
      environment: this.options.environment ?? 'production',
      delimiter: this.info.delimiter ?? ';',
      eol: this.info.lineEnding ?? '\r\n',
      width: headers.length,
      ndjson: this.sinks.out !== undefined,
      reportCsv: this.sinks.reportCsv !== undefined,
      invalidRows: this.sinks.invalidRows !== undefined,
    };
    this.processor = new BatchProcessor(plan, this.definition, batch);
    this.setup = {
      documentType: this.definition.type,
      headers,
      mapping: this.mapping,
      decimal: this.decimal,
      batch,
      keepResults: this.options.onRow !== undefined,
    };
    if (this.workers?.eager) this.goParallel();
    for (const issue of planIssues(plan.notes, this.locale, this.definition.type)) this.report.addFileIssue(issue);
    // Reports are UTF-8 with a BOM so that Excel shows accents correctly.
    this.sinks.reportCsv?.write(
      `\ufeff${csvLine(headers, batch.width, [], reportHeaderExtra(this.locale), batch.delimiter, batch.eol, this.locale)}`,
    );
    this.sinks.invalidRows?.write(
      `\ufeff${csvLine(headers, batch.width, [], reportHeaderExtra(this.locale).slice(1), batch.delimiter, batch.eol, this.locale)}`,
    );
  }

  /** Starts the workers with this run's plan and switches the reader to text chunks. */
  private goParallel(): void {
    if (!this.workers || !this.setup || !this.mode) return;
    this.workers.pool ??= new WorkerPool(this.workers.size);
    this.workers.pool.init(this.setup);
    this.mode.raw = true;
  }

  /** Converts a text chunk in this thread, as a worker would. */
  private processText(batch: TextBatch): BatchResult {
    const chunk = parseChunk(batch.text, batch.dialect, batch.firstRow, batch.literalQuotes === true);
    const result = this.started().processor.run(chunk.rows, chunk.numbers, 0, chunk.marks, this.options.onRow !== undefined);
    result.lineBreaks = chunk.marks?.lineBreaks ?? 0;
    return result;
  }

  private async processRows(
    rows: readonly string[][],
    numbers: readonly number[],
    start: number,
    marks: RowMarks | undefined,
  ): Promise<void> {
    await this.apply(this.started().processor.run(rows, numbers, start, marks, this.options.onRow !== undefined));
  }

  /** The plan and its processor; they exist once the header row is known. */
  private started(): { plan: Plan; processor: BatchProcessor } {
    if (!this.plan || !this.processor) throw new Error('rows were processed before the header row was known');
    return { plan: this.plan, processor: this.processor };
  }

  /** Writes the finished chunk results in file order until at most `keep` are in flight. */
  private async drain(keep: number): Promise<void> {
    while (this.pending.length > keep) {
      const next = this.pending.shift();
      if (next === undefined) break;
      await this.apply('text' in next ? this.processText(next) : await next);
    }
  }

  /** Counts a batch's rows, writes its outputs and hands its rows to `onRow`. */
  private async apply(result: BatchResult): Promise<void> {
    this.report.addBatch(result);
    const { out: ndjson, reportCsv, invalidRows } = this.sinks;
    if (ndjson) for (const piece of result.ndjson) ndjson.write(piece);
    if (reportCsv) for (const piece of result.reportCsv) reportCsv.write(piece);
    if (invalidRows) for (const piece of result.invalidRowsCsv) invalidRows.write(piece);
    const onRow = this.options.onRow;
    if (onRow && result.results) {
      for (const row of result.results) {
        const r = onRow(row);
        if (r) await r;
      }
    }
    if (this.options.onProgress && this.report.rows - this.lastProgress >= 1000) {
      this.lastProgress = this.report.rows;
      this.options.onProgress({
        rows: this.report.rows,
        bytesRead: this.info.bytesRead,
        ...(this.source.size !== undefined ? { totalBytes: this.source.size } : {}),
      });
    }
    if (this.options.signal?.aborted) throw abortError();
    await Promise.all([ndjson?.ready(), reportCsv?.ready(), invalidRows?.ready()]);
  }

  build(seconds: number): ImportReport {
    const enc = this.info.encoding;
    return this.report.build(
      this.definition.type as DocumentType,
      {
        name: this.source.name,
        format: this.source.isXlsx ? 'xlsx' : 'csv',
        bytes: this.info.bytesRead,
        sha256: this.info.sha256,
        encoding: enc?.encoding ?? null,
        encodingSource: enc?.source ?? null,
        delimiter: this.info.delimiter ? delimiterName(this.info.delimiter) : null,
        lineEnding: this.info.lineEnding ? (this.info.lineEnding === '\r\n' ? 'CRLF' : this.info.lineEnding === '\n' ? 'LF' : 'CR') : null,
        sheet: this.info.sheet ?? null,
        headerRow: this.headerRow,
      },
      this.plan ? columnReports(this.plan) : [],
      seconds,
      this.source.isXlsx
        ? { lines: this.info.records, records: this.info.records }
        : { lines: this.info.lines, records: this.info.records },
      this.workers?.pool?.size ?? 0,
    );
  }
}

/**
 * Chunks (a worker's result to come, or this thread's text) an import holds at most before it
 * writes the oldest: two per worker, so that a worker always has its next chunk. Text and
 * output of more chunks than this never pile up, however slow a worker or an output is.
 */
function maxPending(workers: number): number {
  return 2 * workers;
}

/**
 * Characters of text a worker or this thread converts at a time. A read of 64 KiB is about 200
 * rows of a wide sheet; a quarter of that keeps each chunk's live data (its rows and output)
 * small next to the workers' young generation (`WORKER_YOUNG_GENERATION_MB`), so that
 * it dies young instead of moving to the old generation.
 */
export const TEXT_PIECE = 16 * 1024;

/**
 * Cuts a chunk of whole records into pieces of about {@link TEXT_PIECE} characters at line
 * ends. Only text without quote characters: there every line end ends a record, so each
 * piece's records are its line ends (the last piece gets the rest, as the reader counted).
 */
export function textPieces(batch: TextBatch): TextBatch[] {
  const { text, dialect } = batch;
  if (text.length < 2 * TEXT_PIECE || batch.literalQuotes === true || text.includes('"')) return [batch];
  const nl = dialect.newline;
  const pieces: TextBatch[] = [];
  let start = 0;
  let firstRow = batch.firstRow;
  let records = batch.records;
  while (start < text.length) {
    const lineEnd = text.indexOf(nl, start + TEXT_PIECE);
    // A short rest stays with the piece before it.
    const cut = lineEnd < 0 || text.length - (lineEnd + nl.length) < TEXT_PIECE / 2 ? text.length : lineEnd + nl.length;
    const piece = text.substring(start, cut);
    let count = records;
    if (cut < text.length) {
      count = 0;
      for (let i = piece.indexOf(nl); i >= 0; i = piece.indexOf(nl, i + nl.length)) count++;
    }
    pieces.push({ text: piece, firstRow, records: count, dialect });
    firstRow += count;
    records -= count;
    start = cut;
  }
  return pieces;
}

/** The marks of several batches as one (they are keyed by row number). */
function mergeMarks(all: readonly RowMarks[]): RowMarks | undefined {
  if (all.length <= 1) return all[0] === undefined ? undefined : { ...all[0], lineBreaks: 0 };
  const quoteProblems = all.flatMap((m) => m.quoteProblems ?? []);
  const multiLine = all.flatMap((m) => m.multiLine ?? []);
  // Line breaks were counted when the batches arrived.
  return {
    quoteProblems: quoteProblems.length > 0 ? quoteProblems : undefined,
    multiLine: multiLine.length > 0 ? multiLine : undefined,
    lineBreaks: 0,
    quoted: all.some((m) => m.quoted === true),
  };
}

/** Reads all batches of a source. */
export function readBatches(
  source: ByteSource,
  info: ReaderInfo,
  options: ImportOptions,
  mapping: Mapping | undefined,
  mode?: { raw: boolean },
): AsyncGenerator<RowBatch | TextBatch> {
  if (source.isXlsx) {
    return xlsxRows(source, info, {
      ...((options.sheet ?? mapping?.sheet) !== undefined ? { sheet: options.sheet ?? mapping?.sheet } : {}),
      decimal: mapping?.decimalSeparator ?? ',',
    });
  }
  // A mapping's encoding is the original file's; a BOM (the invalid-rows CSV has one) says better.
  const encoding = options.encoding ?? (sniffBom(source.head) === undefined ? mapping?.encoding : undefined);
  const delimiter = options.delimiter ?? mapping?.delimiter;
  return csvRows(source, info, { ...(encoding ? { encoding } : {}), ...(delimiter ? { delimiter } : {}) }, mode);
}

/** Worker threads of an import: started at the header row (`eager`) or once the input proves large. */
interface Workers {
  readonly size: number;
  readonly eager: boolean;
  pool?: WorkerPool;
}

/**
 * Workers for this import: none for `.xlsx`, a definition object (not shareable), a bundled
 * copy without the worker script, or a small file; for an input of unknown size they start
 * once {@link PARALLEL_MIN_BYTES} have been read.
 */
function workerPlan(options: RunOptions, source: ByteSource): Workers | undefined {
  if (options.workers !== undefined && (!Number.isInteger(options.workers) || options.workers < 0)) {
    throw new OptionError('workers moet een geheel getal van 0 of meer zijn.', 'workers');
  }
  if (source.isXlsx || (options.type !== undefined && typeof options.type === 'object') || !workersAvailable()) return undefined;
  if (options.workers !== undefined) return options.workers === 0 ? undefined : { size: options.workers, eager: true };
  const size = defaultWorkers();
  if (size === 0) return undefined;
  if (source.size === undefined) return { size, eager: false };
  return source.size < PARALLEL_MIN_BYTES ? undefined : { size, eager: true };
}

/** Closes the workers, if they were started, when the import's scope ends. */
const closeWorkers = (workers: Workers | undefined) => Effect.addFinalizer(() => Effect.promise(async () => workers?.pool?.close()));

const toCsvError = (e: unknown): AnyCsvError => {
  if (isCsvError(e)) return e;
  throw e; // a defect or an AbortError: not a typed failure
};

/**
 * The import as an Effect. Fails with an {@link AnyCsvError}; row problems are in the report.
 */
export function importEffect(input: ImportInput, options: RunOptions = {}): Effect.Effect<ImportReport, AnyCsvError> {
  return Effect.scoped(
    Effect.gen(function* () {
      const started = performance.now();
      const mapping = options.mapping;
      const definition = yield* Effect.try({ try: () => resolveDefinition(options.type, mapping), catch: toCsvError });
      const source = yield* Effect.tryPromise({
        try: () =>
          openSource(input, { ...(options.name ? { name: options.name } : {}), ...(options.format ? { format: options.format } : {}) }),
        catch: toCsvError,
      });
      const sinks: Sinks = {};
      const out = yield* openSink(options.out);
      if (out) sinks.out = out;
      const reportCsv = yield* openSink(options.reportCsv);
      if (reportCsv) sinks.reportCsv = reportCsv;
      const invalidRows = yield* openSink(options.invalidRows);
      if (invalidRows) sinks.invalidRows = invalidRows;
      const workers = yield* Effect.try({ try: () => workerPlan(options, source), catch: toCsvError });
      yield* closeWorkers(workers);
      // Workers load the standard's schemas while this thread checks the encoding and finds
      // the header row; they get the plan once it is known.
      if (workers?.eager) workers.pool = new WorkerPool(workers.size);
      const mode = { raw: false };
      const run = new Run(definition, options, mapping, sinks, source, workers, mode);
      yield* Effect.tryPromise({
        try: async (signal) => {
          const batches = readBatches(source, run.info, options, mapping, mode);
          try {
            for await (const batch of batches) {
              if (signal.aborted || options.signal?.aborted) throw abortError();
              await run.push(batch);
            }
            await run.finish();
          } finally {
            await batches.return(undefined);
          }
        },
        catch: toCsvError,
      });
      for (const sink of [sinks.out, sinks.reportCsv, sinks.invalidRows]) {
        if (sink) yield* Effect.tryPromise({ try: () => sink.close(), catch: toCsvError });
      }
      return run.build((performance.now() - started) / 1000);
    }),
  );
}
