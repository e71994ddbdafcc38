/**
 * Issue 11 ("CSV import you can trust"), checked as an integrator would: hand-made files that
 * broke a promise of the issue, one case per defect found.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../src/index.js';
import { tempDir, writeTo } from './helpers.js';

const AS_OF = '2026-06-01';

/** The CLI's `main` in this process; returns the exit code and everything it printed. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../src/cli.js');
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: writeTo((s) => {
      stdout += s;
    }),
    stderr: writeTo((s) => {
      stderr += s;
    }),
  });
  return { code, stdout, stderr };
}

describe('messages name fields in Dutch words', () => {
  it('a required field without a column is named by its Dutch label; the path only as what to write in the mapping', async () => {
    const file = join(tempDir(), 'kort.csv');
    writeFileSync(file, 'Startdatum;Uren p/w\r\n01-03-2026;24\r\n');
    const report = await importCsv(file, { type: 'placement', asOf: AS_OF });
    const missing = report.issues.find((i) => i.code === 'csv-missing-column' && i.path.join('.') === 'candidate.id');
    expect(missing).toMatchObject({ row: null, field: 'Kandidaat-ID', severity: 'error' });
    expect(missing?.message).toMatch(/^Verplicht veld zonder kolom/);
    const { stderr } = await cli(['import', file, '--type', 'placement', '--as-of', AS_OF]);
    expect(stderr).toContain('bestand, Kandidaat-ID: Verplicht veld zonder kolom');
    expect(stderr).not.toMatch(/Verplicht veld (candidate|employer|status|region)/);
  });
});
