import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectNoCanary, fixture, readLines, runCli, tempDir } from './helpers.js';

const cli = new URL('../src/cli.ts', import.meta.url).pathname;
// The tsx loader by file URL, so the CLI can run from any working directory.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', tsx, '--conditions=@banenafspraak/source', cli, ...args], {
    encoding: 'utf8',
    cwd: tempDir(),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case starts a Node process with the tsx loader (about a second each).
describe('banenafspraak-csv (end to end)', () => {
  it('import: exit 1 with some invalid rows, all outputs written, no restricted value anywhere', () => {
    const dir = tempDir();
    const files = { out: join(dir, 'p.ndjson'), report: join(dir, 'r.json'), csv: join(dir, 'r.csv'), invalid: join(dir, 'inv.csv') };
    const r = run([
      'import',
      fixture('excel-export-1252.csv'),
      '--mapping',
      fixture('rijnmond.mapping.json'),
      '--out',
      files.out,
      '--report',
      files.report,
      '--report-csv',
      files.csv,
      '--invalid-rows',
      files.invalid,
      '--as-of',
      '2026-06-01',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/4 rijen, 1 geldig, 3 ongeldig/);
    expect(r.stderr).toContain('rij 5, J Uren p/w');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    const report = JSON.parse(readFileSync(files.report, 'utf8'));
    expect(report.stats).toMatchObject({ rows: 4, validRows: 1 });
    expect(readLines(files.out)).toHaveLength(1);
    for (const text of [
      r.stdout,
      r.stderr,
      readFileSync(files.report, 'utf8'),
      readFileSync(files.csv, 'utf8'),
      readFileSync(files.invalid, 'utf8'),
    ])
      expectNoCanary(text);
  });

  it('import: exit 0 when every row is valid; --lang en', () => {
    const dir = tempDir();
    const sheet = join(dir, 'ok.csv');
    writeFileSync(
      sheet,
      'Kandidaat-ID;Status;Soort plaatsing;KvK-nummer;Regio;Startdatum;Uren p/w;Herkomst kandidaat;Doelgroep;In doelgroepregister;Datum check doelgroepregister\r\n' +
        '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e30;Actief;Dienstverband;12345678;AM22;01-03-2026;24;UWV;Wajong;ja;01-02-2026\r\n',
    );
    const r = run(['import', sheet, '--type', 'placement', '--lang', 'en', '--as-of', '2026-06-01']);
    expect(r.stderr).toMatch(/1 rows, 1 valid, 0 invalid/);
    expect(r.code).toBe(0);
  });

  it('exit 2 on usage errors and unreadable input, with a clear message and no stack trace', async () => {
    const cases = [
      [['import', fixture('excel-export-1252.csv')], /--type/],
      [['import', '/nonexistent/regio.csv', '--type', 'placement'], /Bestand niet gevonden/],
      [['import', fixture('excel-export-1252.csv'), '--type', 'werknemer'], /Onbekend documenttype/],
      [['import', fixture('excel-export-1252.csv'), '--mapping', fixture('excel-export-1252.csv')], /mappingbestand is geen geldige JSON/],
      [['frobnicate'], /Onbekende opdracht/],
      [['import', fixture('excel-export-1252.csv'), '--type', 'placement', '--bogus'], /bogus/],
      [['import', fixture('excel-export-1252.csv'), '--type', 'placement', '--workers', 'veel'], /--workers/],
    ] as const;
    // In this process (main() is what the bin runs): seven Node processes would take long.
    for (const [args, message] of cases) {
      const r = await runCli([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expectNoCanary(r.stderr);
    }
  });

  it('inspect and template print to stdout; nothing is written without --out', () => {
    const i = run(['inspect', fixture('excel-export-1252.csv')]);
    expect(i.code).toBe(0);
    expect(i.stdout).toContain('windows-1252');
    expect(i.stdout).toContain('Kopregel:       rij 3');
    expect(i.stdout).toContain('[privacy: afgeschermd]');
    expectNoCanary(i.stdout);
    const t = run(['template', '--type', 'placement']);
    expect(t.code).toBe(0);
    expect(t.stdout.split(';')).toContain('Startdatum');
    expect(existsSync('p.ndjson')).toBe(false);
  });

  it('a header-only file exits 0 and says 0 rows; binary files exit 2 in inspect and import', async () => {
    const integrity = (name: string) => new URL(`./fixtures/integrity/${name}`, import.meta.url).pathname;
    const empty = await runCli(['import', integrity('header-only.csv'), '--type', 'placement']);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain('0 rijen');
    expect(empty.stderr).toContain('alleen een kopregel');
    for (const command of ['import', 'inspect']) {
      const r = await runCli([command, integrity('image.png'), '--type', 'placement']);
      expect(r.code, command).toBe(2);
      expect(r.stderr).toContain('geen CSV- of tekstbestand');
    }
  });

  it('runs from the repository root after pnpm install: pnpm exec banenafspraak-csv', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const help = spawnSync('pnpm', ['exec', 'banenafspraak-csv', '--help'], { cwd: root, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('banenafspraak-csv import');
    const missing = spawnSync('pnpm', ['exec', 'banenafspraak-csv', 'inspect', 'bestaat-niet.csv'], { cwd: root, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Bestand niet gevonden');
  });

  it('--lang en makes all output English: summary, help, usage and mapping-file errors with line and column', async () => {
    const dir = tempDir();
    const sheet = join(dir, 'ok.csv');
    writeFileSync(sheet, readFileSync(fixture('integrity/header-only.csv')));
    const summary = await runCli(['import', sheet, '--type', 'placement', '--lang', 'en']);
    expect(summary.stderr).toMatch(/^ok\.csv \(utf-8, delimiter ;, header row 1\): 0 rows, 0 valid/);
    expect(summary.stderr).toContain('No data rows');
    const help = await runCli(['--help', '--lang', 'en']);
    expect(help.stdout).toMatch(/^Usage:/);
    const usage = await runCli(['import', sheet, '--lang', 'en']);
    expect(usage.stderr).toContain('Give the document type with --type');
    const missing = await runCli(['import', join(dir, 'nope.csv'), '--type', 'placement', '--lang', 'en']);
    expect(missing.stderr).toContain('File not found');
    const mapping = join(dir, 'm.json');
    writeFileSync(mapping, '{\n  "documentType": "Placement",\n  "colums": {}\n}\n');
    const bad = await runCli(['import', sheet, '--mapping', mapping, '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('The mapping file is not right.');
    expect(bad.stderr).toContain('line 3, column 3: unknown key(s): colums');
    for (const r of [summary, help, usage, missing, bad])
      expect(r.stdout + r.stderr).not.toMatch(/\b(rijen|bestand|regel|kolom|Gebruik|Geef)\b/);
  });
});
