/**
 * Worker thread of a parallel import: parses chunks of whole records, converts and validates
 * their rows, and sends back the finished output text. See `parallel.ts`.
 */
import { type MessagePort, parentPort } from 'node:worker_threads';
import { type DocumentDefinition, getDocumentDefinition } from '@banenafspraak/core';
import { BatchProcessor, type Output, parseChunk } from './batch.js';
import type { FromWorker, ToWorker, WorkerSetup } from './parallel.js';
import { buildPlan } from './plan.js';

/**
 * The pieces of one output as UTF-8 in one buffer of its own (never Node's shared pool, whose
 * memory cannot be moved to another thread). Buffer's encoder is several times faster than
 * TextEncoder's, and one buffer a chunk is one transfer and one write.
 */
function utf8Bytes(pieces: Output): Uint8Array | undefined {
  let length = 0;
  for (const piece of pieces) length += typeof piece === 'string' ? Buffer.byteLength(piece, 'utf8') : piece.byteLength;
  if (length === 0) return undefined;
  const bytes = Buffer.allocUnsafeSlow(length);
  let offset = 0;
  for (const piece of pieces) {
    if (typeof piece === 'string') offset += bytes.write(piece, offset, 'utf8');
    else {
      bytes.set(piece, offset);
      offset += piece.byteLength;
    }
  }
  return bytes;
}

/** The first message sets the worker up; every later one is a chunk to process with that setup. */
function serve(port: MessagePort): void {
  port.once('message', (message: ToWorker) => {
    if (message.kind !== 'init') throw new Error('a parallel import worker must be set up before it gets chunks');
    const processChunk = chunkProcessor(message.setup);
    port.on('message', (m: ToWorker) => {
      if (m.kind === 'batch') port.postMessage(...processChunk(m));
    });
  });
}

function chunkProcessor(setup: WorkerSetup) {
  const definition = getDocumentDefinition(setup.documentType) as unknown as DocumentDefinition;
  const plan = buildPlan(setup.headers, definition, setup.mapping, setup.decimal, setup.batch.locale);
  const processor = new BatchProcessor(plan, definition, setup.batch);
  return (message: Extract<ToWorker, { kind: 'batch' }>): [FromWorker, ArrayBuffer[]] => {
    const { seq, text, firstRow, records, dialect, literalQuotes } = message;
    try {
      const chunk = parseChunk(text, dialect, firstRow, literalQuotes);
      // The reader numbered the rows from its own count; both must agree or row numbers shift.
      if (chunk.rows.length !== records) throw new Error(`chunk at row ${firstRow}: ${chunk.rows.length} rows parsed, ${records} expected`);
      const result = processor.run(chunk.rows, chunk.numbers, 0, chunk.marks, setup.keepResults);
      result.lineBreaks = chunk.marks?.lineBreaks ?? 0;
      // Output text goes back as UTF-8 bytes, moved rather than copied: the importing thread
      // writes them as they are, without encoding or keeping large strings on its heap.
      const transfer: ArrayBuffer[] = [];
      for (const key of ['ndjson', 'reportCsv', 'invalidRowsCsv'] as const) {
        const bytes = utf8Bytes(result[key]);
        result[key] = bytes === undefined ? [] : [bytes];
        if (bytes) transfer.push(bytes.buffer as ArrayBuffer);
      }
      return [{ seq, result }, transfer];
    } catch (e) {
      return [{ seq, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined }, []];
    }
  };
}

if (parentPort) serve(parentPort);
