import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type ImportReport, importCsv, importRows, OptionError, type RowResult, readMapping } from '../src/index.js';
import { defaultWorkers, WORKER_YOUNG_GENERATION_MB, WorkerPool } from '../src/internal/parallel.js';
import { TEXT_PIECE, textPieces } from '../src/internal/pipeline.js';
import { expectNoCanary, fixture, tempDir } from './helpers.js';

const AS_OF = '2026-06-01';
const mapping = () => readMapping(readFileSync(fixture('rijnmond.mapping.json'), 'utf8'));

/**
 * A sheet of many chunks: the messy Excel export's title and header rows, then its data rows
 * over and over, with a cell holding a quoted newline and delimiter, blank rows and a row with
 * an unbalanced quote, so chunk cuts fall inside and between every kind of record.
 */
function bigSheet(dir: string, repeats = 1500): string {
  const bytes = readFileSync(fixture('excel-export-1252.csv'));
  const text = bytes.toString('latin1');
  const lines = text.split('\r\n');
  const head = lines.slice(0, 3);
  const data = lines.slice(3).filter((l) => l !== '');
  const quoted =
    'K-2001;111222333;Wajonger;ja;15-02-2026;Dienstverband;De Ster;12345678;01-03-2026;24,5;€ 14,71;nee;Tijdelijk;"regel 1\r\nregel; 2";';
  const body: string[] = [];
  for (let i = 0; i < repeats; i++) {
    body.push(...data, quoted);
    if (i % 97 === 0) body.push(';;;;;;;;;;;;;;');
  }
  body.push('K-3001;12345672;Wajonger;ja;15-02-2026;Dienstverband;"half open;12345678;01-03-2026;24,5;€ 14,71;nee;Tijdelijk;;');
  const file = join(dir, 'groot.csv');
  writeFileSync(file, Buffer.from(`${[...head, ...body].join('\r\n')}\r\n`, 'latin1'));
  return file;
}

async function run(file: string, dir: string, workers: number) {
  const out = join(dir, `out-${workers}.ndjson`);
  const reportCsv = join(dir, `report-${workers}.csv`);
  const invalidRows = join(dir, `invalid-${workers}.csv`);
  const report = await importCsv(file, { mapping: mapping(), out, reportCsv, invalidRows, asOf: AS_OF, maxErrors: 200, workers });
  return {
    report: { ...report, seconds: 0, workerThreads: 0 } satisfies ImportReport,
    workerThreads: report.workerThreads,
    out: readFileSync(out, 'utf8'),
    reportCsv: readFileSync(reportCsv, 'utf8'),
    invalidRows: readFileSync(invalidRows, 'utf8'),
  };
}

describe('parallel import (worker threads)', () => {
  it('writes byte-identical outputs and the same report as an import in one thread', async () => {
    const dir = tempDir();
    const file = bigSheet(dir);
    const single = await run(file, dir, 0);
    const parallel = await run(file, dir, 2);

    // The sheet spans many chunks and has every kind of row.
    expect(single.report.file.bytes).toBeGreaterThan(1_000_000);
    expect(single.report.stats.validRows).toBeGreaterThan(1000);
    expect(single.report.stats.invalidRows).toBeGreaterThan(1000);
    expect(single.report.stats.blankRows).toBeGreaterThan(10);
    expect(single.report.stats.omittedIssues).toBeGreaterThan(0);
    expect(single.report.stats.errorsByCode['csv-quotes']).toBe(1);

    expect(parallel.report).toEqual(single.report);
    expect([single.workerThreads, parallel.workerThreads]).toEqual([0, 2]);
    expect(parallel.out).toBe(single.out);
    expect(parallel.reportCsv).toBe(single.reportCsv);
    expect(parallel.invalidRows).toBe(single.invalidRows);
    for (const text of [JSON.stringify(parallel.report), parallel.reportCsv, parallel.invalidRows]) expectNoCanary(text);
  });

  it('gives the row-by-row API the same rows in file order', async () => {
    const dir = tempDir();
    const file = bigSheet(dir);
    const collect = async (workers: number) => {
      const rows: RowResult[] = [];
      const iterator = importRows(file, { mapping: mapping(), asOf: AS_OF, workers });
      for await (const row of iterator) rows.push(row);
      return rows;
    };
    const single = await collect(0);
    const parallel = await collect(2);
    expect(parallel.length).toBe(single.length);
    expect(parallel).toEqual(single);
  });

  it("gives a caller's output stream text, as in one thread", async () => {
    const dir = tempDir();
    const file = bigSheet(dir);
    const chunks: unknown[] = [];
    const stream = new Writable({
      write(chunk: unknown, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      decodeStrings: false,
    });
    await importCsv(file, { mapping: mapping(), asOf: AS_OF, out: stream, workers: 2 });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => typeof c === 'string')).toBe(true);
    const single = await run(file, dir, 0);
    expect(chunks.join('')).toBe(single.out);
  });

  it('stops cleanly when the row-by-row loop is left early', async () => {
    const dir = tempDir();
    const file = bigSheet(dir);
    let seen = 0;
    for await (const _ of importRows(file, { mapping: mapping(), asOf: AS_OF, workers: 2 })) {
      if (++seen === 5) break;
    }
    expect(seen).toBe(5);
    // An abort while chunks are still with the workers ends the import with an AbortError.
    const controller = new AbortController();
    const running = importCsv(file, {
      mapping: mapping(),
      asOf: AS_OF,
      workers: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('goes parallel on a stream once it proves large, with the same outputs', async () => {
    const dir = tempDir();
    const file = bigSheet(dir, 7000);
    expect(statSync(file).size).toBeGreaterThan(4 * 1024 * 1024);
    const single = await run(file, dir, 0);
    const out = join(dir, 'stream.ndjson');
    // A stream has no size: the import starts in one thread and adds workers after 4 MiB.
    const report = await importCsv(createReadStream(file), { mapping: mapping(), out, asOf: AS_OF, maxErrors: 200, name: 'groot.csv' });
    expect({ ...report, seconds: 0, workerThreads: 0 }).toEqual(single.report);
    expect(readFileSync(out, 'utf8')).toBe(single.out);
    expect(report.workerThreads).toBe(defaultWorkers());
    // A small stream never starts them.
    const small = await importCsv(createReadStream(fixture('excel-export-1252.csv')), { mapping: mapping(), asOf: AS_OF });
    expect(small.workerThreads).toBe(0);
    // Heavy by design (two imports of a file past the 4 MiB threshold): 220 s was seen on a
    // 2-core machine running eight other test suites, so its hang timeout sits far above that.
  }, 1_200_000);

  it('reads no further ahead of a slow output than a few chunks, with and without workers', async () => {
    const dir = tempDir();
    // The export's one-line data rows over and over, about 3 MB: every row is one line of the
    // report CSV, so the lines a slow output has taken tell how far the import has got.
    const lines = readFileSync(fixture('excel-export-1252.csv')).toString('latin1').split('\r\n');
    const data = lines.slice(3).filter((l) => l !== '' && !l.includes('"') && l.replace(/;/g, '') !== '');
    const rows = Array.from({ length: 15_000 }, (_, i) => data[i % data.length] ?? '');
    const head = `${lines.slice(0, 3).join('\r\n')}\r\n`;
    const file = join(dir, 'lang.csv');
    writeFileSync(file, Buffer.from(head + rows.map((r) => `${r}\r\n`).join(''), 'latin1'));
    // Input bytes up to and including each row.
    const readUpTo: number[] = [];
    let offset = Buffer.byteLength(head, 'latin1');
    for (const r of rows) {
      offset += Buffer.byteLength(r, 'latin1') + 2;
      readUpTo.push(offset);
    }

    for (const workers of [0, 1]) {
      let taken = -1; // report lines the output has written (the first is the header)
      const slow = new Writable({
        highWaterMark: 16 * 1024,
        decodeStrings: false,
        write(chunk: string, _encoding, done) {
          taken += chunk.split('\r\n').length - 1;
          setTimeout(done, 1);
        },
      });
      let ahead = 0;
      const report = await importCsv(file, {
        mapping: mapping(),
        asOf: AS_OF,
        reportCsv: slow,
        workers,
        onProgress: ({ bytesRead }) => {
          ahead = Math.max(ahead, bytesRead - (taken > 0 ? (readUpTo[taken - 1] ?? 0) : 0));
        },
      });
      expect(report.stats.rows).toBe(rows.length);
      expect(taken).toBe(rows.length);
      // The import waits for the output: what it has read but not yet written is a few
      // chunks of 64 KiB (reading, converting, at the workers, waiting to be written), not the file.
      expect(statSync(file).size).toBeGreaterThan(1_200_000);
      expect(ahead).toBeGreaterThan(0);
      expect(ahead).toBeLessThan(512 * 1024);
    }
  });

  it('runs its workers with the smaller young generation that bounds their memory', async () => {
    const pool = new WorkerPool(2);
    try {
      // What the engine reports for the running threads, not what was asked for.
      const limits = await pool.resourceLimits();
      expect(limits.map((l) => l.maxYoungGenerationSizeMb)).toEqual([WORKER_YOUNG_GENERATION_MB, WORKER_YOUNG_GENERATION_MB]);
    } finally {
      await pool.close();
    }
  });

  it('converts a sheet without quotes in small pieces, with the same outputs as in one thread', async () => {
    const dir = tempDir();
    // The export's one-line data rows without quotes, blank lines among them: every 64 KiB read
    // is cut into pieces at line ends, and every line end must count as a record.
    const lines = readFileSync(fixture('excel-export-1252.csv')).toString('latin1').split('\r\n');
    const data = lines.slice(3).filter((l) => l !== '' && !l.includes('"'));
    const body = Array.from({ length: 12_000 }, (_, i) => (i % 501 === 0 ? '' : (data[i % data.length] ?? '')));
    const file = join(dir, 'zonder-quotes.csv');
    writeFileSync(file, Buffer.from(`${[...lines.slice(0, 3), ...body].join('\r\n')}\r\n`, 'latin1'));
    const single = await run(file, dir, 0);
    const parallel = await run(file, dir, 1);
    expect(single.report.file.bytes).toBeGreaterThan(8 * TEXT_PIECE);
    expect(single.report.stats.blankRows).toBeGreaterThan(20);
    expect(single.report.stats.rows + single.report.stats.blankRows).toBe(body.length);
    expect(parallel.workerThreads).toBe(1);
    expect(parallel.report).toEqual(single.report);
    expect(parallel.out).toBe(single.out);
    expect(parallel.reportCsv).toBe(single.reportCsv);
    expect(parallel.invalidRows).toBe(single.invalidRows);
  });

  it('cuts text chunks into pieces of about 16K characters at record ends, numbering their rows on', () => {
    const dialect = { delimiter: ';', newline: '\r\n' } as const;
    const records = Array.from({ length: 700 }, (_, i) => (i % 50 === 0 ? '' : `K-${i};${'x'.repeat(i % 90)};24,5`));
    const text = `${records.join('\r\n')}\r\n`;
    const pieces = textPieces({ text, firstRow: 11, records: records.length, dialect });
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    let row = 11;
    for (const p of pieces) {
      expect(p.firstRow).toBe(row);
      expect(p.text.endsWith('\r\n')).toBe(true);
      expect(p.records).toBe(p.text.split('\r\n').length - 1);
      expect(p.text.length).toBeLessThan(2 * TEXT_PIECE);
      row += p.records;
    }
    expect(row).toBe(11 + records.length);
    // The file's last record without a line end still counts.
    const open = textPieces({ text: text.slice(0, -2), firstRow: 1, records: records.length, dialect });
    expect(open.reduce((n, p) => n + p.records, 0)).toBe(records.length);
    // A quote may hold a line end inside a cell: such text stays one chunk, as do short ones.
    const quoted = { text: `"a\r\nb";1\r\n${text}`, firstRow: 1, records: records.length + 1, dialect };
    expect(textPieces(quoted)).toEqual([quoted]);
    const short = { text: 'a;b\r\n', firstRow: 1, records: 1, dialect };
    expect(textPieces(short)).toEqual([short]);
  });

  it('rejects a workers option that is not a whole number of 0 or more', async () => {
    const dir = tempDir();
    const file = join(dir, 'klein.csv');
    writeFileSync(file, 'Klantnr;BSN\r\nK-1;123456782\r\n');
    await expect(importCsv(file, { mapping: mapping(), workers: -1 })).rejects.toBeInstanceOf(OptionError);
    await expect(importCsv(file, { mapping: mapping(), workers: 1.5 })).rejects.toBeInstanceOf(OptionError);
  });
});

describe('encoding check of large files', () => {
  it('recognises UTF-8 when a multi-byte character straddles the read buffer boundary', async () => {
    const dir = tempDir();
    const head = Buffer.from('Klantnr;Werkgever;KvK\nK-1;', 'utf8');
    // A long cell, so that the two bytes of "é" sit on either side of byte 1,048,576.
    const filler = Buffer.alloc(1_048_575 - head.length, 'a');
    const file = join(dir, 'utf8.csv');
    writeFileSync(file, Buffer.concat([head, filler, Buffer.from('é;12345678\nK-2;Café;12345678\n', 'utf8')]));
    expect(readFileSync(file).subarray(1_048_575, 1_048_577)).toEqual(Buffer.from('é', 'utf8'));
    const report = await importCsv(file, { type: 'Placement', asOf: AS_OF, workers: 0 });
    expect(report.file).toMatchObject({ encoding: 'utf-8', encodingSource: 'valid-utf-8' });
  });
});
