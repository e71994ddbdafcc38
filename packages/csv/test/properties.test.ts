import { isUtf8 } from 'node:buffer';
import { PlacementDefinition, validate } from '@banenafspraak/core';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importCsv, isCsvError, templateColumns } from '../src/index.js';
import { fieldCatalogue } from '../src/internal/fields.js';

const AS_OF = '2026-06-01';
const catalogue = new Map(fieldCatalogue(PlacementDefinition as never).map((f) => [f.path, f]));
const dutchHeaders = new Map(templateColumns('Placement').map((c) => [c.field, c.header]));

function flatten(value: unknown, prefix: string, out: [string, unknown][]): void {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}.${i}`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
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

function quote(text: string, d: Dialect): string {
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
    header.map((h) => quote(h, d)).join(d.delimiter),
    ...rows.map((r) => paths.map((p) => (r.has(p) ? quote(cellOf(p, r.get(p), d), d) : '')).join(d.delimiter)),
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
const isoDate = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
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
    employer: { kvkNumber: r.kvk, ...(r.establishment ? { establishment: r.establishment } : {}), ...(r.employerName ? { name: r.employerName } : {}) },
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
  const target = { write: (s: string) => (chunks.push(s), true), once: () => target, on: () => target } as unknown as NodeJS.WritableStream;
  return { target, lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
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
        const report = await importCsv(bytes, { type: 'Placement', asOf: AS_OF, out: out.target, ...(ambiguous ? { encoding: 'windows-1252' } : {}) });
        expect(report.stats.invalidRows).toBe(0);
        expect(out.lines()).toEqual(docs.map((doc) => validate(PlacementDefinition, doc, { asOf: AS_OF }).value));
      }),
      { numRuns: 60 },
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
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), settles), { numRuns: 150 });
  });

  it('random CSV never crashes the importer', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ',', ';', '"', '\n', '\r', '\t', ' ', 'é', '-', 'Startdatum', 'BSN', 'x'), maxLength: 12 });
    const sheet = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }).map((rows) => rows.map((r) => r.join(';')).join('\r\n'));
    await fc.assert(
      fc.asyncProperty(sheet, async (text) => settles(Buffer.from(`Startdatum;Uren p/w;BSN\r\n${text}`))),
      { numRuns: 150 },
    );
  });
});
