// Effect's modules one by one: its index loads every module (about 7 MB more per process).
import * as Cause from 'effect/Cause';
import * as Effect from 'effect/Effect';
import * as Exit from 'effect/Exit';
import * as Option from 'effect/Option';
import type { AnyCsvError } from './errors.js';
import { importEffect } from './internal/pipeline.js';
import type { ImportInput, ImportOptions, ImportReport, RowResult } from './types.js';

/** Runs an Effect and rejects with the typed error itself (not Effect's wrapper). */
export async function runToPromise<A>(effect: Effect.Effect<A, AnyCsvError>, signal?: AbortSignal): Promise<A> {
  const exit = await Effect.runPromiseExit(effect, signal ? { signal } : undefined);
  if (Exit.isSuccess(exit)) return exit.value;
  const failure = Cause.failureOption(exit.cause);
  if (Option.isSome(failure)) throw failure.value;
  const defect = Cause.dieOption(exit.cause);
  if (Option.isSome(defect)) throw defect.value;
  const e = new Error('Het importeren is afgebroken.');
  e.name = 'AbortError';
  throw e;
}

/**
 * Imports a spreadsheet (CSV or `.xlsx`) into documents of the standard and returns the report.
 *
 * @remarks
 * Streams with constant memory. Every row goes through core's `validate`; valid documents go
 * to `out` as NDJSON. Row problems are issues in the report, never exceptions. Values of
 * privacy-restricted columns (BSN, werkgeversinstructie) appear in no output.
 *
 * @throws {@link InputError} unreadable input; {@link EncodingError} unknown forced encoding;
 *   {@link HeaderNotFoundError} no header row; {@link MappingError} mapping does not fit;
 *   {@link OptionError} bad option; {@link OutputError} output not writable
 *
 * @example
 * ```ts
 * import { importCsv, readMapping } from '@banenafspraak/csv';
 * const report = await importCsv('regio-rijnmond.csv', {
 *   type: 'Placement',
 *   mapping: readMapping(await readFile('rijnmond.json', 'utf8')),
 *   out: 'plaatsingen.ndjson',
 * });
 * console.log(report.stats.validRows, report.stats.invalidRows);
 * ```
 *
 * @public
 */
export function importCsv(input: ImportInput, options: ImportOptions = {}): Promise<ImportReport> {
  return runToPromise(importEffect(input, options), options.signal);
}

/**
 * The same import as an Effect, for Effect users: resources are scoped and failures typed.
 *
 * @example
 * ```ts
 * const report = await Effect.runPromise(importCsvEffect('sheet.csv', { type: 'Vacancy' }));
 * ```
 *
 * @public
 */
export function importCsvEffect(input: ImportInput, options: ImportOptions = {}): Effect.Effect<ImportReport, AnyCsvError> {
  return importEffect(input, options);
}

/**
 * Imports row by row as an async iterator: each row's document (when valid) and issues. The
 * generator's return value is the report.
 *
 * @remarks
 * The import waits while you handle a row (backpressure). Breaking out of the loop stops it.
 *
 * @example
 * ```ts
 * for await (const row of importRows('sheet.csv', { type: 'Placement' })) {
 *   if (row.valid) await store(row.document);
 * }
 * ```
 *
 * @public
 */
export async function* importRows(input: ImportInput, options: Omit<ImportOptions, 'out'> = {}): AsyncGenerator<RowResult, ImportReport> {
  const queue: RowResult[] = [];
  let wake: (() => void) | undefined;
  let space: (() => void) | undefined;
  let done = false;
  let failure: { error: unknown } | undefined;
  let report: ImportReport | undefined;
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const running = importCsv(input, {
    ...options,
    signal,
    onRow: async (row: RowResult) => {
      queue.push(row);
      notify();
      if (queue.length >= 1000) await new Promise<void>((resolve) => (space = resolve));
    },
  } as ImportOptions).then(
    (r) => {
      report = r;
      done = true;
      notify();
    },
    (error: unknown) => {
      failure = { error };
      done = true;
      notify();
    },
  );
  try {
    while (true) {
      const row = queue.shift();
      if (row !== undefined) {
        if (queue.length < 500 && space) {
          const s = space;
          space = undefined;
          s();
        }
        yield row;
        continue;
      }
      if (done) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure.error;
    if (!report) throw new Error('the import ended without a report');
    return report;
  } finally {
    if (!done) {
      controller.abort();
      space?.();
      await running;
    }
  }
}
