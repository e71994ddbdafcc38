import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { expectNoCanary, fixture, readLines, tempDir } from './helpers.js';

const cli = new URL('../src/cli.ts', import.meta.url).pathname;
// The tsx loader by file URL, so the CLI can run from any working directory.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', tsx, '--conditions=source', cli, ...args], { encoding: 'utf8', cwd: tempDir() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same CLI in this process: for the many usage cases, which need no process of their own. */
async function runHere(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const text = { stdout: '', stderr: '' };
  const sink = (key: keyof typeof text) =>
    ({
      write: (chunk: string | Uint8Array) => {
        text[key] += String(chunk);
        return true;
      },
    }) as unknown as NodeJS.WritableStream;
  const code = await main(args, { stdout: sink('stdout'), stderr: sink('stderr') });
  return { code, ...text };
}

// Each case starts a Node process with the tsx loader (about a second each, far more on a busy
// machine): the process cases show exit codes and streams as a shell sees them.
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

  it('exit 2 on a usage error, with a clear message and no stack trace', () => {
    const r = run(['import', fixture('excel-export-1252.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--type/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['import', fixture('excel-export-1252.csv')], /--type/],
    [['import', '/nonexistent/regio.csv', '--type', 'placement'], /Bestand niet gevonden/],
    [['import', fixture('excel-export-1252.csv'), '--type', 'werknemer'], /Onbekend documenttype/],
    [['import', fixture('excel-export-1252.csv'), '--mapping', fixture('excel-export-1252.csv')], /mappingbestand is geen geldige JSON/],
    [['frobnicate'], /Onbekende opdracht/],
    [['import', fixture('excel-export-1252.csv'), '--type', 'placement', '--bogus'], /bogus/],
    [['import', fixture('excel-export-1252.csv'), '--type', 'placement', '--workers', 'veel'], /--workers/],
  ] as const)('exit 2 on usage errors and unreadable input, with a clear message and no stack trace: %j', async (args, message) => {
    const r = await runHere([...args]);
    expect(r.code, args.join(' ')).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expectNoCanary(r.stderr);
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
});
