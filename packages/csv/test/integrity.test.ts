/**
 * One fixture per integrity defect (test/fixtures/integrity): rows that vanish, values that
 * leak, errors hidden by warnings, formulas, implausible dates, binary input, misread text,
 * Excel error values. Each test fails on the importer before these fixes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ImportReport, InputError, importCsv, inspect } from '../src/index.js';
import { expectNoCanary, tempDir } from './helpers.js';

const AS_OF = '2026-06-01';
const integrity = (name: string): string => new URL(`./fixtures/integrity/${name}`, import.meta.url).pathname;

/** Imports with every output and returns the report and the texts of all outputs. */
async function importAll(file: string, extra: { workers?: number } = {}) {
  const dir = tempDir();
  const paths = { out: join(dir, 'out.ndjson'), reportCsv: join(dir, 'report.csv'), invalidRows: join(dir, 'invalid.csv') };
  const report = await importCsv(file, { type: 'placement', asOf: AS_OF, ...paths, ...extra });
  const texts = {
    report: JSON.stringify(report),
    reportCsv: readFileSync(paths.reportCsv, 'utf8'),
    invalidRows: readFileSync(paths.invalidRows, 'utf8'),
    out: readFileSync(paths.out, 'utf8'),
  };
  return { report, texts, paths };
}

const rowCodes = (report: ImportReport) =>
  report.issues.filter((i) => i.row !== null).map((i) => `${i.row}:${i.columnLetter ?? '-'}:${i.severity}:${i.ruleId ?? i.code}`);

describe('stray and unbalanced quotes', () => {
  it('a stray quote that swallows the next records is reported at the row where the cell opened, and the counts reconcile', async () => {
    const { report, texts } = await importAll(integrity('stray-quote-swallows.csv'));
    // Before: "2 rows, 2 valid", exit 0. The quote opened on row 2 and took rows 3 and 4 in.
    expect(report.valid).toBe(false);
    expect(rowCodes(report)).toContain('2:N:error:csv-quotes');
    expect(report.stats).toMatchObject({ rows: 2, validRows: 1, invalidRows: 1, lines: 5, records: 3, lineBreaksInCells: 2 });
    expect(report.stats.records).toBe(report.file.headerRow + report.stats.rows + report.stats.blankRows);
    expect(report.stats.lines).toBe(report.stats.records + report.stats.lineBreaksInCells);
    // The swallowed rows held a BSN and instruction text: they must not leak via the notes cell.
    for (const text of Object.values(texts)) expectNoCanary(text);
    expect(texts.invalidRows).toContain('[afgeschermd]');
  });

  it('a quote never closed in a small file is reported at its row; the rows after it are not lost silently', async () => {
    const { report, texts } = await importAll(integrity('stray-quote-unclosed.csv'));
    expect(rowCodes(report)).toContain('3:N:error:csv-quotes');
    // Every line is a row again: the unclosed quote's line is read on its own, the rest after it.
    expect(report.stats).toMatchObject({ rows: 4, validRows: 3, invalidRows: 1, lines: 5, records: 5 });
    for (const text of [texts.report, texts.reportCsv, texts.invalidRows]) expectNoCanary(text);
    // Row 4 is whole again: its BSN is in the data, where a valid document has it.
    expect(texts.out).toContain('"bsn":"111222333"');
  });

  it('a quote never closed in a large file names the right row, keeps every other row and stays bounded', async () => {
    const dir = tempDir();
    const [header = '', good = '', broken = ''] = readFileSync(integrity('stray-quote-unclosed.csv'), 'utf8').trim().split('\r\n');
    const body: string[] = [];
    for (let i = 0; i < 40_000; i++) body.push(i === 9 ? broken : good);
    const file = join(dir, 'groot.csv');
    writeFileSync(file, `${[header, ...body].join('\r\n')}\r\n`);
    for (const workers of [0, 2]) {
      const report = await importCsv(file, { type: 'placement', asOf: AS_OF, workers });
      expect(report.stats.errorsByCode).toEqual({ 'csv-quotes': 1 });
      expect(report.issues.filter((i) => i.code === 'csv-quotes').map((i) => i.row)).toEqual([11]);
      expect(report.stats).toMatchObject({ rows: 40_000, validRows: 39_999, lines: 40_001, records: 40_001 });
    }
  });
});

describe('privacy when parsing goes wrong', () => {
  it('masks the whole row when cells moved, and BSN-shaped values in any column (also 8 digits)', async () => {
    const { report, texts } = await importAll(integrity('shifted-cells.csv'));
    expect(report.stats.rows).toBe(3);
    for (const text of Object.values(texts)) expectNoCanary(text);
    expect(texts.reportCsv.split('\r\n')[2]).toContain('klant [afgeschermd] bellen');
    expect(texts.reportCsv.split('\r\n')[3]).toContain('oud nr [afgeschermd]');
    expect(texts.reportCsv).not.toContain('CANARY');
  });

  it('masks BSN-shaped headers when a data row is taken for the header', async () => {
    const dir = tempDir();
    const file = join(dir, 'geen-kop.csv');
    writeFileSync(file, '111222333;Actief;12345672\r\n999992077;Actief;iets\r\n');
    const report = await importCsv(file, { type: 'placement', asOf: AS_OF, headerRow: 1, reportCsv: join(dir, 'r.csv') });
    expectNoCanary(JSON.stringify(report));
    expectNoCanary(readFileSync(join(dir, 'r.csv'), 'utf8'));
    const info = await inspect(file, { type: 'placement', headerRow: 1 });
    expectNoCanary(JSON.stringify(info));
  });

  it('masks a second column mapped to the BSN field, though it is left out as a duplicate', async () => {
    const dir = tempDir();
    const file = join(dir, 'dubbel.csv');
    // "Nummer" repeats the BSN column under another name; 123456789 fails the 11-proef, so
    // only the column (not the value's shape) says it is a BSN.
    writeFileSync(file, 'BSN;Nummer;Status\r\n123456789;123456789;Actief\r\n');
    const reportCsv = join(dir, 'r.csv');
    const report = await importCsv(file, {
      type: 'placement',
      asOf: AS_OF,
      mapping: { columns: { Nummer: 'candidate.identity.bsn' } },
      reportCsv,
    });
    expect(report.columns.find((c) => c.header === 'Nummer')).toMatchObject({ matchedBy: 'duplicate', restricted: true });
    expectNoCanary(readFileSync(reportCsv, 'utf8'));
  });
});

describe('one cell, several findings', () => {
  it('an 8-digit BSN that fails the 11-proef shows the error, not only the padding warning', async () => {
    const { report } = await importAll(integrity('bsn-8-digits-invalid.csv'));
    expect(report.stats.invalidRows).toBe(1);
    const bsn = report.issues.filter((i) => i.row === 2 && i.columnLetter === 'B');
    expect(bsn.map((i) => [i.severity, i.ruleId ?? i.code])).toEqual([
      ['error', 'IDN-001'],
      ['warning', 'IDN-002'],
    ]);
  });
});

describe('row status', () => {
  it('information alone ("name converted to code") leaves a row valid, not "valid with notes"', async () => {
    const dir = tempDir();
    const file = join(dir, 'namen.csv');
    const [header, row] = readFileSync(integrity('excel-serial-dates.csv'), 'utf8').split('\r\n');
    writeFileSync(file, `${header}\r\n${row?.replace(';AM22;', ';Rijnmond;').replace(';2025;', ';01-03-2026;')}\r\n`);
    const reportCsv = join(dir, 'r.csv');
    const report = await importCsv(file, { type: 'placement', asOf: AS_OF, reportCsv });
    expect(report.issues.filter((i) => i.row === 2).map((i) => [i.severity, i.code])).toEqual([['information', 'csv-name-resolved']]);
    expect(readFileSync(reportCsv, 'utf8').split('\r\n')[1]).toContain(';geldig;2;');
  });
});

describe('formula injection', () => {
  it('report CSVs neutralise cells starting with = + - @ or tab; re-import takes the quote off again', async () => {
    const { texts, paths } = await importAll(integrity('formula-injection.csv'));
    const cells = texts.reportCsv.split('\r\n').flatMap((l) => l.split(';'));
    for (const c of cells) expect(c.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    expect(texts.reportCsv).toContain(`"'=HYPERLINK(""http://example.org/x"";""klik"")"`);
    expect(texts.invalidRows).toContain(";'-5;");
    expect(texts.invalidRows).toContain("'@SUM(A1:A2)");
    // Re-importing the invalid rows reads '-5 as -5 again (hours must be > 0: a rule, not a parse error).
    const again = await importCsv(paths.invalidRows, { type: 'placement', asOf: AS_OF });
    expect(again.issues.find((i) => i.row === 3 && i.columnLetter === 'I')?.code).not.toBe('csv-invalid-number');
  });
});

describe('Excel serial dates', () => {
  it('accepts a serial day only in a plausible range: 2025 and 13 are errors, 46082 is 2026-03-01', async () => {
    const { report, texts } = await importAll(integrity('excel-serial-dates.csv'));
    expect(rowCodes(report).filter((c) => c.includes(':H:'))).toEqual(['2:H:error:csv-invalid-date', '3:H:error:csv-invalid-date']);
    expect(JSON.parse(texts.out.trim()).startDate).toBe('2026-03-01');
  });
});

describe('binary input', () => {
  it.each(['nul-bytes.csv', 'not-a-workbook.zip', 'image.png'])('refuses %s with a clear error, in import and inspect', async (name) => {
    await expect(importCsv(integrity(name), { type: 'placement' })).rejects.toSatisfy(
      (e) => e instanceof InputError && /geen (CSV|Excel)|UTF-16-tekst zonder BOM/.test((e as Error).message),
    );
    await expect(inspect(integrity(name))).rejects.toBeInstanceOf(InputError);
  });
});

describe('misread characters', () => {
  it('warns about mojibake, naming the column and suggesting --encoding', async () => {
    const { report } = await importAll(integrity('mojibake.csv'));
    const warning = report.issues.find((i) => i.code === 'csv-mojibake');
    expect(warning).toMatchObject({ row: null, severity: 'warning', columnLetter: 'N', column: 'Opmerkingen' });
    expect(warning?.message).toContain('--encoding');
    expect(warning?.message).toContain('rij 2');
    expect(report.issues.filter((i) => i.code === 'csv-mojibake')).toHaveLength(1);
  });
});

describe('empty sheets and Excel error values', () => {
  it('a header-only file is valid with 0 rows and says so', async () => {
    const report = await importCsv(integrity('header-only.csv'), { type: 'placement' });
    expect(report.valid).toBe(true);
    expect(report.stats.rows).toBe(0);
    expect(report.issues.map((i) => i.code)).toContain('csv-no-rows');
  });

  it('reports #DIV/0!, #N/B, #WAARDE!, #N/A and #VALUE! as Excel error values, not as missing', async () => {
    const { report } = await importAll(integrity('excel-errors.csv'));
    expect(rowCodes(report)).toEqual([
      '2:I:error:csv-excel-error',
      '3:H:error:csv-excel-error',
      '4:I:error:csv-excel-error',
      '5:H:error:csv-excel-error',
      '6:I:error:csv-excel-error',
    ]);
    expect(report.issues.find((i) => i.row === 3)?.message).toContain('#N/B');
  });

  it('reads an error cell of an .xlsx as the error value', async () => {
    const dir = tempDir();
    const file = join(dir, 'fout.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plaatsingen');
    const header = readFileSync(integrity('header-only.csv'), 'utf8').trim().split(';');
    ws.addRow(header);
    const row = ws.addRow([
      '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e30',
      '',
      '',
      'Actief',
      'Dienstverband',
      '12345678',
      'AM22',
      '01-03-2026',
      24,
      'UWV',
      'Wajong',
      'ja',
      '01-02-2026',
    ]);
    // How Excel stores a formula's cached error: a cell of type e.
    row.getCell(9).value = { error: '#DIV/0!' } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(file);
    const report = await importCsv(file, { type: 'placement', asOf: AS_OF });
    expect(rowCodes(report)).toEqual(['2:I:error:csv-excel-error']);
  });
});
