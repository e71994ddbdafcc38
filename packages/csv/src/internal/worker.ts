/**
 * Worker thread of a parallel import: parses chunks of whole records, converts and validates
 * their rows, and sends back the finished output text. See `parallel.ts`.
 */
import { parentPort } from 'node:worker_threads';
import { type DocumentDefinition, getDocumentDefinition } from '@banenafspraak/core';
import { BatchProcessor, parseChunk } from './batch.js';
import type { ToWorker } from './parallel.js';
import { buildPlan } from './plan.js';

let processor: BatchProcessor | undefined;
let keepResults = false;
const encoder = new TextEncoder();

parentPort!.on('message', (message: ToWorker) => {
  if (message.kind === 'init') {
    const { setup } = message;
    const definition = getDocumentDefinition(setup.documentType) as unknown as DocumentDefinition;
    const plan = buildPlan(setup.headers, definition, setup.mapping, setup.decimal, setup.batch.locale);
    processor = new BatchProcessor(plan, definition, setup.batch);
    keepResults = setup.keepResults;
    return;
  }
  const { seq, text, firstRow, records, dialect, literalQuotes } = message;
  try {
    const chunk = parseChunk(text, dialect, firstRow, literalQuotes === true);
    // The reader numbered the rows from its own count; both must agree or row numbers shift.
    if (chunk.rows.length !== records) throw new Error(`chunk at row ${firstRow}: ${chunk.rows.length} rows parsed, ${records} expected`);
    const result = processor!.run(chunk.rows, chunk.numbers, 0, chunk.marks, keepResults);
    result.lineBreaks = chunk.marks?.lineBreaks ?? 0;
    // Output text goes back as UTF-8 bytes, moved rather than copied: the importing thread
    // writes them as they are, without encoding or keeping large strings on its heap.
    const transfer: ArrayBuffer[] = [];
    for (const key of ['ndjson', 'reportCsv', 'invalidRowsCsv'] as const) {
      result[key] = result[key].map((piece) => {
        const bytes = encoder.encode(piece as string);
        transfer.push(bytes.buffer as ArrayBuffer);
        return bytes;
      });
    }
    parentPort!.postMessage({ seq, result }, transfer);
  } catch (e) {
    parentPort!.postMessage({ seq, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
  }
});
