import { isUtf8 } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlacementDefinition, validate } from '@banenafspraak/core';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { type ImportReport, importCsv, isCsvError, templateColumns } from '../src/index.js';
import { fieldCatalogue } from '../src/internal/fields.js';
import { tempDir, writeTo } from './helpers.js';

const AS_OF = '2026-06-01';
const catalogue = new Map(fieldCatalogue(PlacementDefinition as never).map((f) => [f.path, f]));
const dutchHeaders = new Map(templateColumns('Placement').map((c) => [c.field, c.header]));

function flatten(value: unknown, prefix: string, out: [string, unknown][]): void {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) flatten(v, `${prefix}.${i}`, out);
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.push([prefix, value]);
}

interface Dialect {
  delimiter: ';' | ',' | '\t';
  eol: '\r\n' | '\n';
  dates: 'dmy' | 'iso';
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';
  dutchHeaders: boolean;
  titleRow: boolean;
}

function cellOf(path: string, value: unknown, d: Dialect): string {
  const kind = catalogue.get(path)?.kind;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (kind === 'cents') return ((value as number) / 100).toFixed(2).replace('.', ',');
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (kind === 'date' && d.dates === 'dmy') {
    const [y, m, day] = String(value).split('-');
    return `${day}-${m}-${y}`;
  }
  return String(value);
}

function quote(text: string): string {
  return /["\r\n;,\t]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(docs: readonly object[], d: Dialect): Uint8Array {
  const rows = docs.map((doc) => {
    const flat: [string, unknown][] = [];
    flatten(doc, '', flat);
    return new Map(flat.filter(([p]) => !['documentType', 'standardVersion'].includes(p)));
  });
  const paths = [...new Set(rows.flatMap((r) => [...r.keys()]))];
  const header = paths.map((p) => (d.dutchHeaders ? (dutchHeaders.get(p) ?? p) : p));
  const lines = [
    ...(d.titleRow ? ['Plaatsingen (export)', ''] : []),
    header.map((h) => quote(h)).join(d.delimiter),
    ...rows.map((r) => paths.map((p) => (r.has(p) ? quote(cellOf(p, r.get(p), d)) : '')).join(d.delimiter)),
  ];
  const text = lines.join(d.eol) + d.eol;
  switch (d.encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from(`\ufeff${text}`, 'utf8');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'windows-1252':
      return iconv.encode(text, 'windows-1252');
  }
}

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const isoDate = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// Names with delimiters, quotes and newlines inside; no surrounding spaces (cells are trimmed).
const name = fc
  .string({ unit: fc.constantFrom('a', 'B', 'é', 'ë', '€', ' ', ';', ',', '"', '\n', '\t', '-', '1', 'Ü'), minLength: 1, maxLength: 20 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0 && !/^[=+\-@]/.test(s));

const placement = fc
  .record({
    id: fc.uuid({ version: 4 }),
    status: fc.constantFrom('PLANNED', 'ACTIVE'),
    kvk: digits(8),
    establishment: fc.option(digits(12), { nil: undefined }),
    employerName: fc.option(name, { nil: undefined }),
    startDate: isoDate,
    hours: fc.integer({ min: 100, max: 4000 }).map((n) => n / 100),
    wage: fc.option(fc.integer({ min: 1000, max: 5000 }), { nil: undefined }),
    probation: fc.boolean(),
    source: fc.constantFrom('UWV', 'MUNICIPALITY', 'SW_COMPANY', 'SCHOOL', 'EMPLOYER_OWN'),
    basis: fc.constantFrom('WAJONG', 'PW_NO_WML_CAPACITY', 'VSO_PUPIL'),
    checked: isoDate,
  })
  .map((r) => ({
    documentType: 'Placement',
    standardVersion: '0.2',
    confidentiality: 'CASE_CONFIDENTIAL',
    status: r.status,
    candidate: { id: r.id, targetGroup: { basis: r.basis, inRegister: true, registerCheckedOn: r.checked } },
    type: 'EMPLOYMENT',
    employer: {
      kvkNumber: r.kvk,
      ...(r.establishment ? { establishment: r.establishment } : {}),
      ...(r.employerName ? { name: r.employerName } : {}),
    },
    region: 'AM22',
    startDate: r.startDate,
    hoursPerWeek: r.hours,
    contract: { kind: 'PERMANENT', probationPeriod: r.probation, ...(r.wage ? { hourlyWageCents: r.wage } : {}) },
    candidateSource: r.source,
  }))
  .filter((doc) => validate(PlacementDefinition, doc, { asOf: AS_OF }).valid);

const dialect = fc.record<Dialect>({
  delimiter: fc.constantFrom(';', ',', '\t'),
  eol: fc.constantFrom('\r\n', '\n'),
  dates: fc.constantFrom('dmy', 'iso'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252'),
  dutchHeaders: fc.boolean(),
  titleRow: fc.boolean(),
});

function collector(): { target: NodeJS.WritableStream; lines: () => unknown[] } {
  const chunks: string[] = [];
  const target = {
    write: (s: string) => chunks.push(s) > 0,
    once: () => target,
    on: () => target,
  } as unknown as NodeJS.WritableStream;
  return {
    target,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

describe('properties', () => {
  it('round trip: valid documents → CSV in a random dialect → import → the same documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(placement, { minLength: 1, maxLength: 5 }), dialect, async (docs, d) => {
        const out = collector();
        const bytes = toCsv(docs, d);
        // Windows-1252 text can happen to be valid UTF-8 too ("é€€" is E9 80 80, which is
        // U+9000): detection rightly reads it as UTF-8, and a user names the encoding instead.
        const ambiguous = d.encoding === 'windows-1252' && isUtf8(bytes);
        const report = await importCsv(bytes, {
          type: 'Placement',
          asOf: AS_OF,
          out: out.target,
          ...(ambiguous ? { encoding: 'windows-1252' } : {}),
        });
        expect(report.stats.invalidRows).toBe(0);
        expect(out.lines()).toEqual(docs.map((doc) => validate(PlacementDefinition, doc, { asOf: AS_OF }).value));
      }),
      { numRuns: 60, seed: 4242 },
    );
  });

  const settles = async (bytes: Uint8Array) => {
    try {
      const report = await importCsv(bytes, { type: 'Placement', asOf: AS_OF, maxErrors: 20 });
      expect(report.stats.rows).toBeGreaterThanOrEqual(0);
    } catch (e) {
      if (!isCsvError(e)) throw e;
      expect(e.message).not.toMatch(/\n\s+at /); // no stack trace in the message
    }
  };

  it('random bytes never crash the importer: a report or a clear error', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), settles), { numRuns: 150, seed: 4243 });
  });

  it('random CSV never crashes the importer', async () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', '1', ',', ';', '"', '\n', '\r', '\t', ' ', 'é', '-', 'Startdatum', 'BSN', 'x'),
      maxLength: 12,
    });
    const sheet = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }).map((rows) => rows.map((r) => r.join(';')).join('\r\n'));
    await fc.assert(
      fc.asyncProperty(sheet, async (text) => settles(Buffer.from(`Startdatum;Uren p/w;BSN\r\n${text}`))),
      { numRuns: 150, seed: 4244 },
    );
  });
});

describe('stray quotes (property)', () => {
  const HEADER =
    'Kandidaat-ID;BSN;Grondslag BSN;Status;Soort plaatsing;KvK-nummer;Regio;Startdatum;Uren p/w;Herkomst kandidaat;Doelgroep;In doelgroepregister;Datum check doelgroepregister;Opmerkingen;Werkgeversinstructie';
  /** A valid BSN: 8 digits and the check digit that makes the 11-proef pass. */
  const bsn = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
    .map((d) => [...d, d.reduce((sum, x, i) => sum + x * (9 - i), 0) % 11])
    .filter((d) => (d[8] ?? 10) < 10 && d.some((x) => x !== 0))
    .map((d) => d.join(''));
  const word = fc.string({ unit: fc.constantFrom('a', 'e', 'k', 'r', 't', ' '), minLength: 1, maxLength: 10 });
  const row = fc.record({
    bsn: fc.option(bsn, { nil: undefined }),
    // A spreadsheet drops a BSN's leading zero; a note may hold one too.
    shortened: fc.boolean(),
    noteBsn: fc.option(bsn, { nil: undefined }),
    notes: word,
    instruction: fc.string({ unit: fc.constantFrom('A', 'B', 'C', 'D'), minLength: 6, maxLength: 6 }),
  });
  const sheet = fc.array(row, { minLength: 1, maxLength: 20 });
  const strays = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 });

  it('never reports fewer rows than records without saying so, and never prints a BSN or instruction text', async () => {
    const { main } = await import('../src/cli.js');
    await fc.assert(
      fc.asyncProperty(sheet, strays, async (rows, quotes) => {
        const lines = rows.map(
          (r, i) =>
            `0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d${String(1000 + i)};${r.bsn && r.shortened ? r.bsn.replace(/^0/, '') : (r.bsn ?? '')};${r.bsn ? 'PARTICIPATION_ACT_EXECUTION' : ''};Actief;Dienstverband;12345678;AM22;01-03-2026;24;UWV;Wajong;ja;01-02-2026;${r.notes}${r.noteBsn ? ` oud nr ${r.noteBsn.replace(/^0/, '')}` : ''};WGI-${r.instruction}`,
        );
        for (const [at, offset] of quotes) {
          const i = at % lines.length;
          const line = lines[i] ?? '';
          const o = offset % (line.length + 1);
          lines[i] = `${line.slice(0, o)}"${line.slice(o)}`;
        }
        const dir = tempDir();
        const file = join(dir, 'blad.csv');
        writeFileSync(file, `${HEADER}\r\n${lines.join('\r\n')}\r\n`);
        const paths = { report: join(dir, 'r.json'), csv: join(dir, 'r.csv'), invalid: join(dir, 'i.csv') };
        let terminal = '';
        const sink = writeTo((s) => {
          terminal += s;
        });
        const code = await main(
          [
            'import',
            file,
            '--type',
            'placement',
            '--as-of',
            AS_OF,
            '--workers',
            '0',
            '--report',
            paths.report,
            '--report-csv',
            paths.csv,
            '--invalid-rows',
            paths.invalid,
          ],
          {
            stdout: sink,
            stderr: sink,
          },
        );
        expect(code).toBeLessThan(2);
        const report = JSON.parse(readFileSync(paths.report, 'utf8')) as ImportReport;
        const { stats } = report;
        const quoteErrors = stats.errorsByCode['csv-quotes'] ?? 0;
        // Every record is a row (or the header), every line a record or a line break in a cell.
        expect(stats.records).toBe(report.file.headerRow + stats.rows + stats.blankRows);
        expect(stats.lines).toBe(rows.length + 1);
        expect(stats.lines).toBe(stats.records + stats.lineBreaksInCells);
        // Fewer rows than lines only with an error that says where.
        if (stats.rows < rows.length || stats.lineBreaksInCells > 0) expect(quoteErrors).toBeGreaterThan(0);
        const printed = [
          terminal,
          readFileSync(paths.report, 'utf8'),
          readFileSync(paths.csv, 'utf8'),
          readFileSync(paths.invalid, 'utf8'),
        ].join('\n');
        for (const r of rows) {
          for (const value of [r.bsn, r.noteBsn]) if (value) expect(printed).not.toContain(value.replace(/^0/, ''));
          expect(printed).not.toContain(r.instruction);
        }
      }),
      { numRuns: 120, seed: 20261202 },
    );
  });
});
