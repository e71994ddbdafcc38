/**
 * Issue 11 ("CSV import you can trust"), checked as an integrator would: hand-made files that
 * broke a promise of the issue, one case per defect found.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../src/index.js';
import { expectNoCanary, runCli, tempDir } from './helpers.js';

const AS_OF = '2026-06-01';

/** The columns a valid placement row needs, and such a row for candidate `n`. */
const PLACEMENT_HEADER =
  'Kandidaat-ID;Status;Soort plaatsing;KvK-nummer;Regio;Startdatum;Uren p/w;Herkomst kandidaat;Doelgroep;In doelgroepregister;Datum check doelgroepregister';
const placementRow = (n: number, { hours = '24', status = 'Actief' } = {}) =>
  `0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e3${n};${status};Dienstverband;12345678;AM22;01-03-2026;${hours};UWV;Wajong;ja;01-02-2026`;

describe('messages name fields in Dutch words', () => {
  it('a required field without a column is named by its Dutch label; the path only as what to write in the mapping', async () => {
    const file = join(tempDir(), 'kort.csv');
    writeFileSync(file, 'Startdatum;Uren p/w\r\n01-03-2026;24\r\n');
    const report = await importCsv(file, { type: 'placement', asOf: AS_OF });
    const missing = report.issues.find((i) => i.code === 'csv-missing-column' && i.path.join('.') === 'candidate.id');
    expect(missing).toMatchObject({ row: null, field: 'Kandidaat-ID', severity: 'error' });
    expect(missing?.message).toMatch(/^Verplicht veld zonder kolom/);
    const { stderr } = await runCli(['import', file, '--type', 'placement', '--as-of', AS_OF]);
    expect(stderr).toContain('bestand, Kandidaat-ID: Verplicht veld zonder kolom');
    expect(stderr).not.toMatch(/Verplicht veld (candidate|employer|status|region)/);
  });
});

describe("inspect's suggested mapping re-imports the invalid-rows CSV", () => {
  /** A Windows-1252 export with 40 note rows above the header (so the suggestion pins headerRow) and one invalid row. */
  function farDown(dir: string): string {
    const header =
      'Kandidaat-ID;BSN;Grondslag BSN;Status;Soort plaatsing;KvK-nummer;Regio;Startdatum;Uren p/w;Herkomst kandidaat;Doelgroep;In doelgroepregister;Datum check doelgroepregister;Opmerkingen;Werkgeversinstructie';
    const row = (n: number, hours: string, notes: string) =>
      `0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e4${n};;;Actief;Dienstverband;12345678;AM22;01-03-2026;${hours};UWV;Wajong;ja;01-02-2026;${notes};`;
    const notes = Array.from({ length: 40 }, (_, i) => `Toelichting regel ${i + 1}${';'.repeat(14)}`);
    const file = join(dir, 'export.csv');
    writeFileSync(file, Buffer.from(`${[...notes, header, row(1, '24', ''), row(2, 'veel', 'Café')].join('\r\n')}\r\n`, 'latin1'));
    return file;
  }

  it('with a header row pinned for the original: the invalid-rows CSV (header on row 1) is read from row 1', async () => {
    const dir = tempDir();
    const mappingFile = join(dir, 'mapping.json');
    const inspected = await runCli(['inspect', farDown(dir), '--json']);
    const suggested = (JSON.parse(inspected.stdout) as { suggestedMapping: { headerRow?: number } }).suggestedMapping;
    expect(suggested.headerRow).toBe(41);
    writeFileSync(mappingFile, JSON.stringify(suggested));
    const invalid = join(dir, 'te-herstellen.csv');
    const first = await runCli(['import', join(dir, 'export.csv'), '--mapping', mappingFile, '--as-of', AS_OF, '--invalid-rows', invalid]);
    expect(first.code).toBe(1);
    const fixed = readFileSync(invalid, 'utf8').replace(';veel;', ';20;');
    writeFileSync(invalid, fixed);
    const again = await runCli(['import', invalid, '--mapping', mappingFile, '--as-of', AS_OF]);
    expect(again.stderr).toContain('kopregel rij 1): 1 rijen, 1 geldig');
    expect(again.code).toBe(0);
    const info = await runCli(['inspect', invalid, '--mapping', mappingFile, '--json']);
    expect(JSON.parse(info.stdout)).toMatchObject({ headerRow: 1, encoding: 'utf-8' });
  });

  it('with an encoding pinned for the original: the BOM of the invalid-rows CSV wins', async () => {
    const dir = tempDir();
    const mappingFile = join(dir, 'mapping.json');
    const inspected = await runCli(['inspect', farDown(dir), '--json', '--encoding', 'windows-1252']);
    const suggested = (JSON.parse(inspected.stdout) as { suggestedMapping: { encoding?: string } }).suggestedMapping;
    expect(suggested.encoding).toBe('windows-1252');
    writeFileSync(mappingFile, JSON.stringify(suggested));
    const invalid = join(dir, 'te-herstellen.csv');
    await runCli(['import', join(dir, 'export.csv'), '--mapping', mappingFile, '--as-of', AS_OF, '--invalid-rows', invalid]);
    writeFileSync(invalid, readFileSync(invalid, 'utf8').replace(';veel;', ';20;'));
    const again = await runCli(['import', invalid, '--mapping', mappingFile, '--as-of', AS_OF]);
    expect(again.stderr).toContain('te-herstellen.csv (utf-8,');
    expect(again.stderr).not.toContain('csv-mojibake');
    expect(again.code).toBe(0);
  });
});

describe('mapping-file errors name line and column', () => {
  it('also for problems found when the mapping meets the sheet (duplicate header, unknown field), in both languages', async () => {
    const dir = tempDir();
    const file = join(dir, 'dubbel.csv');
    writeFileSync(
      file,
      'Kandidaat-ID;Status;Datum;KvK-nummer;Datum\r\n0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e31;Actief;01-03-2026;12345678;31-12-2026\r\n',
    );
    const mapping = join(dir, 'mapping.json');
    writeFileSync(
      mapping,
      '{\n  "standardVersion": "0.2",\n  "documentType": "Placement",\n  "columns": {\n    "Datum": "startDate"\n  }\n}\n',
    );
    const nl = await runCli(['import', file, '--mapping', mapping]);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain('regel 5, kolom 5: columns.Datum: kolom "Datum" staat 2 keer in de kopregel (kolommen C, E)');
    writeFileSync(
      mapping,
      '{\n  "standardVersion": "0.2",\n  "documentType": "Placement",\n  "constants": { "region": "AM22" },\n  "columns": {\n    "C": "startDatum"\n  }\n}\n',
    );
    const en = await runCli(['inspect', file, '--mapping', mapping, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('line 6, column 5: columns.C: unknown field "startDatum"');
  });
});

describe('binary input', () => {
  it('import refuses NUL bytes past the first 64 KiB too (a file padded with zeros)', async () => {
    const dir = tempDir();
    const file = join(dir, 'afgebroken.csv');
    const header = 'Kandidaat-ID;Status;Soort plaatsing;KvK-nummer;Regio;Startdatum;Uren p/w;Herkomst kandidaat;Doelgroep';
    const row = '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e31;Actief;Dienstverband;12345678;AM22;01-03-2026;24;UWV;Wajong';
    const text = `${header}\r\n${`${row}\r\n`.repeat(1000)}`;
    writeFileSync(file, Buffer.concat([Buffer.from(text), Buffer.alloc(4096)]));
    const imported = await runCli(['import', file, '--type', 'placement', '--as-of', AS_OF]);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain('het bevat binaire gegevens');
    for (const workers of [0, 1]) {
      await expect(importCsv(file, { type: 'placement', asOf: AS_OF, workers })).rejects.toMatchObject({ code: 'INPUT_UNREADABLE' });
    }
  });
});

describe('misread characters', () => {
  const header =
    'Kandidaat-ID;Status;Soort plaatsing;KvK-nummer;Regio;Startdatum;Uren p/w;Herkomst kandidaat;Doelgroep;Opmerkingen;Werkgever';
  const row = (n: number, notes: string, employer: string) =>
    `0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e3${n};Actief;Dienstverband;12345678;AM22;01-03-2026;24;UWV;Wajong;${notes};${employer}`;
  const text = `${header}\r\n${row(1, 'prima', 'Café De Ster')}\r\n${row(2, '€ 5 korting', 'Bakkerij Één')}\r\n`;

  it('UTF-8 read as Windows-1252: one warning per column, in column order, suggesting --encoding', async () => {
    const file = join(tempDir(), 'gemengd.csv');
    // One Windows-1252 byte makes the file invalid UTF-8: all of it is read as Windows-1252.
    writeFileSync(file, Buffer.concat([Buffer.from(text), Buffer.from(`${row(3, 'caf\u00e9', 'x')}\r\n`, 'latin1')]));
    const report = await importCsv(file, { type: 'placement', asOf: AS_OF });
    const warnings = report.issues.filter((i) => i.code === 'csv-mojibake');
    expect(warnings.map((i) => [i.columnLetter, i.column])).toEqual([
      ['J', 'Opmerkingen'],
      ['K', 'Werkgever'],
    ]);
    for (const w of warnings) expect(w.message).toContain('--encoding utf-8');
  });

  it('text that was converted twice (valid UTF-8 holding Ã©): no advice to pass --encoding utf-8, which it was read as', async () => {
    const file = join(tempDir(), 'dubbel.csv');
    writeFileSync(file, Buffer.from(Buffer.from(text).toString('latin1'), 'utf8'));
    const report = await importCsv(file, { type: 'placement', asOf: AS_OF });
    const warning = report.issues.find((i) => i.code === 'csv-mojibake');
    expect(warning).toMatchObject({ severity: 'warning', columnLetter: 'K', column: 'Werkgever' });
    expect(warning?.message).toContain('gelezen als utf-8');
    expect(warning?.message).not.toContain('--encoding utf-8');
    expect(warning?.message).toContain('Exporteer het blad opnieuw');
  });
});

describe('--lang en', () => {
  it('writes the report columns of both CSVs in English, and a re-import ignores them as it does the Dutch ones', async () => {
    const dir = tempDir();
    const file = join(dir, 'blad.csv');
    const header = PLACEMENT_HEADER;
    const row = (n: number, hours: string) => placementRow(n, { hours });
    writeFileSync(file, `${header}\r\n${row(1, '24')}\r\n${row(2, 'veel')}\r\n`);
    const [reportCsv, invalid] = [join(dir, 'report.csv'), join(dir, 'fix.csv')];
    const first = await runCli([
      'import',
      file,
      '--type',
      'placement',
      '--as-of',
      AS_OF,
      '--lang',
      'en',
      '--report-csv',
      reportCsv,
      '--invalid-rows',
      invalid,
    ]);
    expect(first.code).toBe(1);
    expect(readFileSync(reportCsv, 'utf8').split('\r\n')[0]).toBe(`\ufeff${header};Import status;Row (original);Issues`);
    expect(readFileSync(invalid, 'utf8').split('\r\n')[0]).toBe(`\ufeff${header};Row (original);Issues`);
    writeFileSync(invalid, readFileSync(invalid, 'utf8').replace(';veel;', ';20;'));
    const again = await importCsv(invalid, { type: 'placement', asOf: AS_OF, locale: 'en' });
    expect(again.stats).toMatchObject({ rows: 1, validRows: 1 });
    expect(again.columns.filter((c) => c.matchedBy === 'ignored').map((c) => c.header)).toEqual(['Row (original)', 'Issues']);
  });
});

describe('privacy when cells move', () => {
  it('a row with more filled cells than the header is invalid: a werkgeversinstructie moved into the employer name never reaches the NDJSON', async () => {
    const dir = tempDir();
    const file = join(dir, 'verschoven.csv');
    const header = `${PLACEMENT_HEADER};Opmerkingen;Werkgeversinstructie;Werkgever`;
    const base = placementRow(1);
    // The notes hold an unquoted ';': the instruction moves into the Werkgever column, the employer's name beyond the header.
    writeFileSync(
      file,
      `${header}\r\n${base};bellen; ochtend;CANARY-WGI-7731 rolstoel;Bakkerij\r\n${base.replace('e31', 'e32')};;;Bakkerij\r\n`,
    );
    const out = join(dir, 'out.ndjson');
    const { code, stderr } = await runCli(['import', file, '--type', 'placement', '--as-of', AS_OF, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('rij 2, O: De rij heeft meer gevulde cellen dan de kopregel');
    expect(stderr).toContain('[csv-extra-cells]');
    const ndjson = readFileSync(out, 'utf8');
    expect(ndjson.trim().split('\n')).toHaveLength(1);
    expectNoCanary(ndjson);
  });
});

describe('a stray quote in the header row', () => {
  it('that swallows the records after it is refused (exit 2) by import and inspect, before any value reaches an output', async () => {
    const dir = tempDir();
    const file = join(dir, 'kop.csv');
    const header =
      'Kandidaat-ID;BSN;Grondslag BSN;Status;Soort plaatsing;KvK-nummer;Regio;Startdatum;Uren p/w;Herkomst kandidaat;Doelgroep;In doelgroepregister;Datum check doelgroepregister;"Opmerkingen;Werkgeversinstructie';
    const row = (n: number, rest: string) => `0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e3${n};${rest}`;
    writeFileSync(
      file,
      [
        header,
        row(
          1,
          '999992077;PARTICIPATION_ACT_EXECUTION;Actief;Dienstverband;12345678;AM22;01-03-2026;24;UWV;Wajong;ja;01-02-2026;CANARY-NAME-Jansen;CANARY-WGI-7731',
        ),
        row(2, ';;Actief;Dienstverband;12345678;AM22;01-03-2026;24;UWV;Wajong;ja;01-02-2026;"klaar";'),
        row(3, ';;Actief;Dienstverband;12345678;AM22;01-03-2026;24;UWV;Wajong;ja;01-02-2026;;'),
        '',
      ].join('\r\n'),
    );
    // Before: "1 rijen, 1 geldig", exit 0; rows 2 and 3 vanished into the header, the name and instruction in every report.
    const paths = { report: join(dir, 'r.json'), csv: join(dir, 'r.csv'), invalid: join(dir, 'i.csv') };
    const imported = await runCli([
      'import',
      file,
      '--type',
      'placement',
      '--as-of',
      AS_OF,
      '--report',
      paths.report,
      '--report-csv',
      paths.csv,
      '--invalid-rows',
      paths.invalid,
    ]);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain('De kopregel (rij 1) heeft een aanhalingsteken dat niet goed wordt afgesloten');
    expectNoCanary(imported.stderr);
    for (const path of Object.values(paths)) {
      let text = '';
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        // not written at all: fine
      }
      expectNoCanary(text);
    }
    const inspected = await runCli(['inspect', file]);
    expect(inspected.code).toBe(2);
    expectNoCanary(inspected.stdout + inspected.stderr);
  });

  it('a header cell with a typed line break (Alt+Enter) still works', async () => {
    const file = join(tempDir(), 'alt-enter.csv');
    writeFileSync(
      file,
      'Kandidaat-ID;Status;Soort plaatsing;KvK-nummer;Regio;Startdatum;"Uren\r\nper week";Herkomst kandidaat;Doelgroep\r\n0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e31;Actief;Dienstverband;12345678;AM22;01-03-2026;24;UWV;Wajong\r\n',
    );
    const report = await importCsv(file, { type: 'placement', asOf: AS_OF });
    expect(report.stats.rows).toBe(1);
    expect(report.columns[6]?.header).toBe('Uren\r\nper week');
  });
});

describe('mixed line endings', () => {
  it('a lone LF in a CRLF file joins two rows: the joined row is an error that says why, never a silently lost row', async () => {
    const file = join(tempDir(), 'gemengd.csv');
    const header = `${PLACEMENT_HEADER};Opmerkingen`;
    const row = (n: number) => `${placementRow(n)};`;
    writeFileSync(file, `${header}\r\n${row(1)}\r\n${row(2)}\n${row(3)}\r\n${row(4)}\r\n`);
    const report = await importCsv(file, { type: 'placement', asOf: AS_OF });
    // Before: "3 rijen, 3 geldig", exit 0: row 3's values sat in cells beyond the header, unreported.
    expect(report.valid).toBe(false);
    expect(report.stats).toMatchObject({ rows: 3, validRows: 2, invalidRows: 1 });
    const issue = report.issues.find((i) => i.code === 'csv-extra-cells');
    expect(issue).toMatchObject({ row: 3, severity: 'error', columnLetter: 'M' });
    expect(issue?.message).toContain('regeleinde van een andere soort');
  });
});

describe('csv-quotes names the column', () => {
  it('the row and the column where the broken quote opened, with its header', async () => {
    const file = join(tempDir(), 'status.csv');
    const header = PLACEMENT_HEADER;
    const row = (n: number, status: string) => placementRow(n, { status });
    // The quote opens in the Status cell of row 3 and closes in the Status cell of row 5.
    writeFileSync(
      file,
      `${header}\r\n${row(1, 'Actief')}\r\n${row(2, '"Actief')}\r\n${row(3, 'Actief')}\r\n${row(4, 'Actief"')}\r\n${row(5, 'Actief')}\r\n`,
    );
    for (const workers of [0, 1]) {
      const report = await importCsv(file, { type: 'placement', asOf: AS_OF, workers });
      const quotes = report.issues.filter((i) => i.code === 'csv-quotes');
      expect(quotes).toMatchObject([{ row: 3, columnLetter: 'B', column: 'Status', columnNumber: 2, severity: 'error' }]);
      expect(report.stats).toMatchObject({ rows: 3, lines: 6, records: 4, lineBreaksInCells: 2 });
    }
  });
});

describe('cells beyond the header in an .xlsx', () => {
  it('cannot have moved: a note right of the last header is ignored with a warning, the row stays valid', async () => {
    const file = join(tempDir(), 'blad.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plaatsingen');
    ws.addRow(PLACEMENT_HEADER.split(';'));
    // As Excel keeps them: the hours a number.
    ws.addRow([
      ...placementRow(1)
        .split(';')
        .map((v, i) => (i === 6 ? Number(v) : v)),
      'losse notitie',
    ]);
    await wb.xlsx.writeFile(file);
    const report = await importCsv(file, { type: 'placement', asOf: AS_OF });
    expect(report.stats).toMatchObject({ rows: 1, validRows: 1 });
    expect(report.issues.filter((i) => i.row === 2).map((i) => [i.severity, i.code, i.columnLetter])).toEqual([
      ['warning', 'csv-extra-cells', 'L'],
    ]);
  });
});

describe('UTF-16 without a BOM', () => {
  it('is refused (exit 2) with the --encoding that reads it, which then works', async () => {
    const dir = tempDir();
    const text = 'Kandidaat-ID;Status;Startdatum\r\n0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e31;Actief;01-03-2026\r\n';
    const le = join(dir, 'le.csv');
    const be = join(dir, 'be.csv');
    writeFileSync(le, Buffer.from(text, 'utf16le'));
    writeFileSync(be, Buffer.from(text, 'utf16le').swap16());
    for (const [file, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const refused = await runCli(['inspect', file]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`--encoding ${encoding}`);
      const read = await runCli(['inspect', file, '--encoding', encoding, '--type', 'placement']);
      expect(read.code).toBe(0);
      expect(read.stdout).toContain('"Startdatum"');
    }
    const png = await runCli(['inspect', new URL('./fixtures/integrity/image.png', import.meta.url).pathname]);
    expect(png.stderr).toContain('het bevat binaire gegevens');
  });
});
