import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  HeaderNotFoundError,
  type ImportReport,
  InputError,
  importCsv,
  importRows,
  inspect,
  isCsvError,
  MappingError,
  mappingJsonSchema,
  OptionError,
  readMapping,
  template,
} from '../src/index.js';
import { collectInto, expectNoCanary, fixture, readLines, tempDir } from './helpers.js';

const AS_OF = '2026-06-01';
const rijnmond = () => readMapping(readFileSync(fixture('rijnmond.mapping.json'), 'utf8'));

describe('messy Excel export (title row, ;, Windows-1252, decimal commas, lost leading zero)', () => {
  it('imports the valid row, reports each bad cell once, and leaks no restricted value', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.ndjson');
    const reportCsv = join(dir, 'report.csv');
    const invalidRows = join(dir, 'invalid.csv');
    const report = await importCsv(fixture('excel-export-1252.csv'), { mapping: rijnmond(), out, reportCsv, invalidRows, asOf: AS_OF });

    expect(report.file).toMatchObject({
      encoding: 'windows-1252',
      encodingSource: 'fallback',
      delimiter: ';',
      lineEnding: 'CRLF',
      headerRow: 3,
    });
    expect(report.stats).toMatchObject({ rows: 4, validRows: 1, invalidRows: 3, blankRows: 1 });
    const docs = readLines(out).map((l) => JSON.parse(l));
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      documentType: 'Placement',
      candidate: { targetGroup: { basis: 'WAJONG', inRegister: true, registerCheckedOn: '2026-02-15' }, identity: { bsn: '012345672' } },
      employer: { kvkNumber: '12345678', name: 'Café De Ster B.V.' },
      region: 'AM22',
      startDate: '2026-03-01',
      hoursPerWeek: 24.5,
      contract: { kind: 'FIXED_TERM', probationPeriod: false, hourlyWageCents: 1471 },
    });
    // A stable UUID derived from the region's own client number.
    expect(docs[0].candidate.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const rowIssues = report.issues
      .filter((i) => i.row !== null)
      .map((i) => [i.row, i.columnLetter, i.column, i.severity, i.ruleId ?? i.code]);
    expect(rowIssues).toEqual([
      [4, 'B', 'BSN', 'warning', 'IDN-002'],
      [5, 'J', 'Uren p/w', 'error', 'csv-too-large'], // 1.234,5 hours: thousands dot read correctly
      [6, 'I', 'Datum in dienst', 'error', 'csv-invalid-date'],
      [6, 'J', 'Uren p/w', 'error', 'csv-invalid-number'],
      [8, 'B', 'BSN', 'error', 'IDN-001'], // 11-proef fails: the identifier's rule id
    ]);
    // Report keys are rule ids or the importer's own codes, never the validation library's.
    for (const i of report.issues) expect(i.code).toMatch(/^(csv-[a-z-]+|[A-Z]{2,4}-\d{3})$/);
    expect(Object.keys(report.stats.errorsByCode).every((k) => /^(csv-[a-z-]+|[A-Z]{2,4}-\d{3})$/.test(k))).toBe(true);
    // Every cell issue names the field in the standard's Dutch words, also in the report CSV.
    expect(report.issues.find((i) => i.row === 5)?.field).toBe('Uren per week');
    expect(report.issues.find((i) => i.row === 4)?.field).toBe('BSN');
    expect(readFileSync(reportCsv, 'utf8')).toContain('J Uren p/w (Uren per week): ');
    expect(report.columns.find((c) => c.header === 'Werkgeversinstructie')).toMatchObject({ restricted: true, field: null });

    const reportText = readFileSync(reportCsv, 'utf8');
    const invalidText = readFileSync(invalidRows, 'utf8');
    for (const text of [JSON.stringify(report), reportText, invalidText, readFileSync(out, 'utf8').replace('"012345672"', '')])
      expectNoCanary(text);
    expect(reportText).toContain('[afgeschermd]');
    expect(reportText.split('\r\n')[1]).toContain(';geldig met meldingen;4;');
    expect(invalidText.trim().split('\r\n')).toHaveLength(4); // header + 3 invalid rows
  });

  it('re-imports the fixed invalid-rows file; masked BSNs ask to be filled in again', async () => {
    const dir = tempDir();
    const invalidRows = join(dir, 'invalid.csv');
    await importCsv(fixture('excel-export-1252.csv'), { mapping: rijnmond(), invalidRows, asOf: AS_OF });
    const fixed = readFileSync(invalidRows, 'utf8').replace('31-02-2026;veel', '28-02-2026;20');
    writeFileSync(invalidRows, fixed);
    const again = await importCsv(invalidRows, { mapping: rijnmond(), asOf: AS_OF });
    expect(again.file.encoding).toBe('utf-8');
    expect(again.stats.rows).toBe(3);
    const codes = again.issues.filter((i) => i.row !== null).map((i) => `${i.row}:${i.code}`);
    expect(codes).toContain('2:csv-masked-value');
    expect(codes.filter((c) => c.startsWith('3:'))).toEqual(['3:csv-masked-value']); // date and hours fixed
  });

  it('masks in English with locale en, and a re-import refuses the English mask token too', async () => {
    const dir = tempDir();
    const invalidRows = join(dir, 'invalid.csv');
    const reportCsv = join(dir, 'report.csv');
    await importCsv(fixture('excel-export-1252.csv'), { mapping: rijnmond(), invalidRows, reportCsv, asOf: AS_OF, locale: 'en' });
    for (const text of [readFileSync(invalidRows, 'utf8'), readFileSync(reportCsv, 'utf8')]) {
      expect(text).toContain('[masked]');
      expect(text).not.toContain('afgeschermd');
      expectNoCanary(text);
    }
    const again = await importCsv(invalidRows, { mapping: rijnmond(), asOf: AS_OF });
    expect(again.issues.filter((i) => i.row === 2).map((i) => i.code)).toContain('csv-masked-value');
  });

  it('offers every row through the async iterator, with the report as return value', async () => {
    const rows = [];
    const gen = importRows(fixture('excel-export-1252.csv'), { mapping: rijnmond(), asOf: AS_OF });
    let step = await gen.next();
    while (!step.done) {
      rows.push(step.value);
      step = await gen.next();
    }
    expect(rows.map((r) => [r.row, r.valid])).toEqual([
      [4, true],
      [5, false],
      [6, false],
      [8, false],
    ]);
    expect((step.value as ImportReport).stats.validRows).toBe(1);
  });

  it('reports in English on request', async () => {
    const report = await importCsv(fixture('excel-export-1252.csv'), { mapping: rijnmond(), asOf: AS_OF, locale: 'en' });
    expect(report.issues.find((i) => i.code === 'csv-invalid-date')?.message).toBe('Not a valid date; use dd-mm-yyyy or yyyy-mm-dd.');
  });
});

describe('vacancies: UTF-8 BOM, comma, LF, quoted delimiters, quotes and newlines', () => {
  it('reads quoted fields and lists, and resolves region names', async () => {
    const rows = [];
    for await (const r of importRows(fixture('vacancies-utf8-bom-comma-lf.csv'), {
      type: 'vacancy',
      mapping: { constants: { 'receivedBy.scheme': 'AM', 'receivedBy.value': 'AM22' } },
      asOf: AS_OF,
    }))
      rows.push(r);
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
    const [first, second, third] = rows;
    expect(first?.document).toMatchObject({
      status: 'SOURCING',
      region: 'AM22',
      jobType: { title: 'Medewerker "groen", buitendienst' },
      targetGroupPreference: ['WAJONG', 'NEW_INFLOW_PW'],
      hoursPerWeek: { min: 16, max: 24.5 },
      receivedAt: '2026-02-02T09:15:00+01:00',
      closingDate: '2026-04-30',
    });
    expect(first?.issues.map((i) => i.code)).toEqual(['csv-name-resolved']);
    expect(second?.document).toMatchObject({
      jobType: { title: 'Medewerker\nmagazijn (2 regels)' },
      targetGroupPreference: ['NO_PREFERENCE'],
      closingDate: '2026-04-30',
    });
    expect(third?.valid).toBe(false);
    expect(third?.issues.find((i) => i.columnLetter === 'D')?.code).toBe('csv-unknown-region');
  });
});

describe('encodings and dialects', () => {
  const header = template('Placement', { delimiter: '\t' }).trim().split('\t');
  const row = (values: Record<string, string>) => header.map((h) => values[h] ?? '');
  const values = {
    'Kandidaat-ID': '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e30',
    Status: 'Actief',
    'Soort plaatsing': 'Dienstverband',
    'KvK-nummer': '01234567',
    Arbeidsmarktregio: 'AM22',
    Startdatum: '46082',
    'Uren per week': '32',
    'Herkomst kandidaat': 'UWV',
  };

  it('reads UTF-16LE with BOM, tab-delimited (Excel "Unicode text") without a mapping', async () => {
    const text = `${header.join('\t')}\r\n${row(values).join('\t')}\r\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const docs: unknown[] = [];
    const report = await importCsv(bytes, {
      type: 'Placement',
      asOf: AS_OF,
      out: collectInto(docs),
    });
    expect(report.file).toMatchObject({ encoding: 'utf-16le', encodingSource: 'bom', delimiter: 'tab', headerRow: 1 });
    expect(report.stats.validRows).toBe(1);
    const doc = JSON.parse(String(docs.join('')).trim());
    expect(doc).toMatchObject({
      status: 'ACTIVE',
      employer: { kvkNumber: '01234567' },
      startDate: '2026-03-01',
      hoursPerWeek: 32,
      candidateSource: 'UWV',
    });
  });

  it('honours a forced encoding and delimiter, and rejects unknown encodings', async () => {
    const text = `${header.join('|')}\n${row(values).join('|')}\n`;
    const report = await importCsv(Buffer.from(text, 'latin1'), { type: 'Placement', encoding: 'latin1', delimiter: '|', asOf: AS_OF });
    expect(report.file).toMatchObject({ encoding: 'windows-1252', encodingSource: 'forced', delimiter: '|' });
    await expect(importCsv(Buffer.from(text), { type: 'Placement', encoding: 'klingon' })).rejects.toMatchObject({
      code: 'ENCODING_UNSUPPORTED',
    });
  });

  it('reads the first sheet of an .xlsx, or the one named with sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Toelichting').addRow(['Dit werkblad is uitleg']);
    const ws = wb.addWorksheet('Plaatsingen');
    ws.addRow(['Plaatsingen 2026']);
    ws.addRow([]);
    ws.addRow([
      'Kandidaat-ID',
      'Status',
      'Soort plaatsing',
      'KvK-nummer',
      'Regio',
      'Startdatum',
      'Uren p/w',
      'Herkomst kandidaat',
      'Loonwaarde',
      'Voorziening',
      'Financier',
      'Status voorziening',
      'Voorziening vanaf',
    ]);
    ws.addRow([
      '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e30',
      'Actief',
      'Dienstverband',
      '01234567',
      'Rijnmond',
      new Date(Date.UTC(2026, 2, 1)),
      24.5,
      'Gemeente',
      0.6,
      'LKS',
      'Gemeente',
      'GRANTED',
      46082,
    ]);
    ws.getCell('I4').numFmt = '0%';
    const path = join(tempDir(), 'plaatsingen.xlsx');
    await wb.xlsx.writeFile(path);

    await expect(importCsv(path, { type: 'Placement', asOf: AS_OF })).rejects.toBeInstanceOf(HeaderNotFoundError);
    const docs: string[] = [];
    const report = await importCsv(path, {
      type: 'Placement',
      sheet: 'Plaatsingen',
      mapping: { constants: { 'instruments.0.skipMeasurementAgreed': true } },
      asOf: AS_OF,
      out: collectInto(docs),
    });
    expect(report.file).toMatchObject({ format: 'xlsx', sheet: 'Plaatsingen', headerRow: 3, encoding: null });
    expect(report.stats.rows).toBe(1);
    const issues = report.issues.filter((i) => i.row !== null);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.find((i) => i.code === 'csv-name-resolved')).toMatchObject({ row: 4, columnLetter: 'E', column: 'Regio' });
    expect(JSON.parse(docs.join(''))).toMatchObject({
      region: 'AM22',
      startDate: '2026-03-01',
      hoursPerWeek: 24.5,
      employer: { kvkNumber: '01234567' },
      instruments: [{ instrument: 'LKS', financier: 'MUNICIPALITY', status: 'GRANTED', wageValuePct: 60, period: { from: '2026-03-01' } }],
    });
    await expect(importCsv(path, { type: 'Placement', sheet: 'Bestaat niet' })).rejects.toBeInstanceOf(OptionError);
  });
});

describe('mapping', () => {
  it('commits a JSON Schema generated from the zod schema', async () => {
    await expect(`${JSON.stringify(mappingJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('../schemas/mapping.schema.json');
  });

  it('a vendor resolves the JSON Schema by the package name, as published', () => {
    const schema = createRequire(import.meta.url)('@banenafspraak/csv/schemas/mapping.schema.json');
    expect(schema).toEqual(mappingJsonSchema());
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(manifest.publishConfig.exports['./schemas/*']).toBe(manifest.exports['./schemas/*']);
  });

  it('rejects bad mapping files with every problem listed', () => {
    expect(() => readMapping('{ not json')).toThrow(MappingError);
    try {
      readMapping({ columns: { Startdatum: 'start date' }, delimiter: ':' });
      expect.unreachable();
    } catch (e) {
      expect(isCsvError(e) && e.code).toBe('MAPPING_INVALID');
      expect((e as MappingError).problems.map((p) => p.path).sort()).toEqual(['columns.Startdatum', 'delimiter']);
    }
  });

  it('rejects fields the document type does not have, and constants that do not convert', async () => {
    const bytes = Buffer.from('Startdatum;Uren\n01-01-2026;8\n');
    await expect(importCsv(bytes, { type: 'Placement', mapping: { columns: { Uren: 'hoursPerDay' } } })).rejects.toBeInstanceOf(
      MappingError,
    );
    await expect(importCsv(bytes, { type: 'Placement', mapping: { constants: { startDate: 'gisteren' } } })).rejects.toBeInstanceOf(
      MappingError,
    );
  });

  it('translates values and fills empty checkbox cells', async () => {
    const bytes = Buffer.from(
      'Kandidaat-ID;Status;Soort plaatsing;KvK;Regio;Startdatum;Uren;Herkomst;Soort contract;Proeftijd\n' +
        '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e30;lopend;WEP;12345678;Rijnmond;1-3-26;8;Gemeente;Geen;\n',
    );
    const rows = [];
    for await (const r of importRows(bytes, {
      type: 'Placement',
      asOf: AS_OF,
      mapping: {
        columns: {
          Herkomst: 'candidateSource',
          Uren: 'hoursPerWeek',
          Proeftijd: { field: 'contract.probationPeriod', whenEmpty: false },
          'Soort plaatsing': { field: 'type', values: { WEP: 'WORK_EXPERIENCE' } },
        },
      },
    }))
      rows.push(r);
    expect(rows[0]?.document).toMatchObject({
      status: 'ACTIVE',
      type: 'WORK_EXPERIENCE',
      contract: { kind: 'NONE', probationPeriod: false },
    });
  });

  it('reports a required field without column once for the file', async () => {
    const report = await importCsv(Buffer.from('Startdatum;Uren\n01-01-2026;8\n'), { type: 'Placement', asOf: AS_OF });
    expect(report.issues.filter((i) => i.row === null && i.code === 'csv-missing-column').map((i) => i.path.join('.'))).toContain(
      'employer.kvkNumber',
    );
    expect(report.valid).toBe(false);
  });
});

describe('caps, errors and inspect', () => {
  it('caps listed errors and counts the rest per code', async () => {
    const lines = ['Startdatum;Uren p/w'];
    for (let i = 0; i < 50; i++) lines.push('31-02-2026;8');
    const report = await importCsv(Buffer.from(lines.join('\n')), { type: 'Placement', maxErrors: 10, asOf: AS_OF });
    expect(report.issues.filter((i) => i.severity === 'error')).toHaveLength(10);
    expect(report.stats.errorsByCode['csv-invalid-date']).toBe(50);
    expect(report.stats.omittedIssues).toBeGreaterThan(40);
  });

  it('throws typed errors for unreadable input and unknown types', async () => {
    await expect(importCsv('/nonexistent/x.csv', { type: 'Placement' })).rejects.toBeInstanceOf(InputError);
    await expect(importCsv(tempDir(), { type: 'Placement' })).rejects.toMatchObject({ code: 'INPUT_UNREADABLE' });
    await expect(importCsv(Buffer.from('a;b\n'), { type: 'Werknemer' })).rejects.toMatchObject({ _tag: 'OptionError' });
    await expect(importCsv(Buffer.from(''), { type: 'Placement' })).rejects.toBeInstanceOf(HeaderNotFoundError);
    await expect(importCsv(Buffer.from('PK\u0003\u0004kapot'), { type: 'Placement' })).rejects.toBeInstanceOf(InputError);
    expect(isCsvError(new Error('x'))).toBe(false);
  });

  it('inspects a file without showing values', async () => {
    const result = await inspect(fixture('excel-export-1252.csv'));
    expect(result).toMatchObject({ encoding: 'windows-1252', delimiter: ';', headerRow: 3, documentType: 'Placement' });
    expect(result.columns.find((c) => c.header === 'Datum in dienst')).toMatchObject({ letter: 'I', field: 'startDate' });
    expect(result.columns.find((c) => c.header === 'Datum check register')).toMatchObject({ letter: 'E', field: null, shape: 'date' });
    expect(result.columns.find((c) => c.header === 'Uren p/w')?.shape).toBe('text');
    expect(result.suggestedMapping.columns).toMatchObject({ 'Datum in dienst': 'startDate', BSN: 'candidate.identity.bsn' });
    expectNoCanary(JSON.stringify(result));
  });

  it('writes a template that imports without a mapping', async () => {
    const headers = template('Placement').trim().split(';');
    expect(headers.slice(0, 3)).toEqual(['Plaatsing-ID', 'Status', 'Kandidaat-ID']);
    expect(headers).toEqual(expect.arrayContaining(['BSN', 'Startdatum', 'Uren per week', 'KvK-nummer']));
    expect(template('vacancy', { locale: 'en', delimiter: ',' })).toMatch(/^id,status,employer,/);
    const report = await importCsv(Buffer.from(template('Placement')), { type: 'Placement' });
    expect(report.issues.filter((i) => i.code === 'csv-unmapped-column')).toEqual([]);
  });
});
