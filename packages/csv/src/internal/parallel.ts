/**
 * Worker threads for large CSV imports. The importing thread reads, decodes and cuts the text
 * into chunks of whole records; workers (and the importing thread, for a share of the chunks)
 * parse, convert, validate and serialise them, the expensive part; the importing thread writes
 * the output in file order. Outputs are the same as an import in one thread.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { Mapping } from '../mapping.js';
import type { BatchOptions, BatchResult, CsvDialect } from './batch.js';
import type { TextBatch } from './rows.js';
import type { DecimalSeparator } from './values.js';

/** What a worker needs to build the same plan as the importing thread. */
export interface WorkerSetup {
  readonly documentType: string;
  readonly headers: string[];
  readonly mapping: Mapping | undefined;
  readonly decimal: DecimalSeparator;
  readonly batch: BatchOptions;
  readonly keepResults: boolean;
}

export type ToWorker =
  | { kind: 'init'; setup: WorkerSetup }
  | { kind: 'batch'; seq: number; text: string; firstRow: number; records: number; dialect: CsvDialect; literalQuotes: boolean };

export type FromWorker = { seq: number; result: BatchResult } | { seq: number; error: string; stack?: string | undefined };

/** Files below this size import faster in one thread than it takes to start workers. */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

/**
 * Default number of workers: one, next to the importing thread, when there is a second core.
 * Each worker holds its own copy of the standard's schemas and its own heap (about 40 MB): with
 * one, a large import with every output measured 167–182 MB for 200,000 rows × 42 columns
 * (132 MB in one thread). More workers are a choice (`workers`, `--workers`), not a default.
 * See docs/benchmarks.md (`bench:csv`).
 */
export function defaultWorkers(): number {
  return Math.min(1, Math.max(0, availableParallelism() - 1));
}

/**
 * Whether worker threads can start: the worker script ships next to this package's bundle, but
 * an application that bundles this package into its own file leaves it behind. Such an import
 * runs in one thread instead.
 */
export function workersAvailable(): boolean {
  const here = import.meta.url;
  if (!here.startsWith('file:')) return false;
  return existsSync(fileURLToPath(new URL(here.endsWith('.ts') ? './worker.ts' : './worker.js', here)));
}

/**
 * Young generation of a worker's heap, in MB: V8 makes it two semi-spaces of 4 MB (a third of
 * this, rounded up to a power of two) where its default grows them to 16 MB each. The chunks a
 * worker converts are small (`TEXT_PIECE` in pipeline.ts), so a chunk's live data dies well
 * within 4 MB of allocation and is not promoted to the old generation. Measured on 200,000
 * rows × 42 columns (docs/benchmarks.md, `bench:csv`): with 64K-character chunks, semi-spaces
 * of 8 MB saved 16 MB of peak RSS and 4 MB promoted every chunk (old generation 19 → 68 MB);
 * with the smaller chunks, 4 MB saves another 8 MB and the old generation stays at 19 MB.
 */
export const WORKER_YOUNG_GENERATION_MB = 12;

/** The worker script: next to the bundle in `dist`, or the TypeScript source in this repository. */
function createWorker(): Worker {
  const here = import.meta.url;
  const resourceLimits: ResourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here), { resourceLimits });
  // Running from source (tests, tsx): the worker registers the same TypeScript loader first.
  const cjs = createRequire(fileURLToPath(here)).resolve('tsx/esm/api');
  const api = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href; // its ESM build, as `import` would pick
  const entry = new URL('./worker.ts', here).href;
  const boot = `import(${JSON.stringify(api)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, execArgv: ['--conditions=@banenafspraak/source'], resourceLimits });
}

/** A fixed set of workers; results come back in submission order. */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  /** Settles when each worker's thread runs (or has failed to start). */
  private readonly started: Promise<void>[] = [];
  private readonly waiting = new Map<number, { resolve: (r: BatchResult) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private failure: Error | undefined;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const worker = createWorker();
      this.started.push(
        new Promise<void>((resolve) => {
          worker.once('online', () => resolve());
          worker.once('exit', () => resolve());
        }),
      );
      worker.on('message', (m: FromWorker) => {
        const w = this.waiting.get(m.seq);
        this.waiting.delete(m.seq);
        if ('error' in m) {
          // Like a failure in this thread: the message, and the worker's stack for DEBUG output.
          const error = new Error(`Een importthread is mislukt: ${m.error}`);
          if (m.stack) error.stack = m.stack;
          w?.reject(error);
        } else w?.resolve(m.result);
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`Een importthread stopte onverwacht (code ${code}).`));
      });
      this.workers.push(worker);
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }

  init(setup: WorkerSetup): void {
    for (const w of this.workers) w.postMessage({ kind: 'init', setup } satisfies ToWorker);
  }

  /** Sends a chunk to the next worker in turn. */
  submit(batch: TextBatch): Promise<BatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    const worker = this.workers[seq % this.workers.length];
    if (!worker) return Promise.reject(new Error('a worker pool needs at least one worker'));
    const promise = new Promise<BatchResult>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    // Results an aborted or failed import no longer waits for must not become unhandled
    // rejections; whoever awaits the promise still gets the failure.
    promise.catch(() => undefined);
    worker.postMessage({
      kind: 'batch',
      seq,
      text: batch.text,
      firstRow: batch.firstRow,
      records: batch.records,
      dialect: batch.dialect,
      literalQuotes: batch.literalQuotes === true,
    } satisfies ToWorker);
    return promise;
  }

  /** The engine's limits each worker runs with (its heap's generations), once the workers run. */
  async resourceLimits(): Promise<ResourceLimits[]> {
    await Promise.all(this.started);
    return this.workers.map((w) => ({ ...w.resourceLimits }));
  }

  async close(): Promise<void> {
    this.failure ??= new Error('closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
