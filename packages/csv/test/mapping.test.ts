import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv, inspect, readMapping, template } from '../src/index.js';
import { fixture, tempDir } from './helpers.js';

const AS_OF = '2026-06-01';

describe('inspect suggests a mapping that works', () => {
  it('for the original and for re-importing its invalid-rows CSV (no pinned encoding or header row)', async () => {
    const original = readMapping(readFileSync(fixture('rijnmond.mapping.json'), 'utf8'));
    const info = await inspect(fixture('excel-export-1252.csv'), { mapping: original });
    const suggested = readMapping(JSON.parse(JSON.stringify(info.suggestedMapping)));
    expect(suggested).not.toHaveProperty('encoding');
    expect(suggested).not.toHaveProperty('headerRow');
    // The region's own specs survive: the uuid transform and the value translations.
    expect(suggested.columns?.Klantnr).toEqual({ field: 'candidate.id', transform: 'uuid' });
    const dir = tempDir();
    const invalidRows = join(dir, 'te-herstellen.csv');
    const first = await importCsv(fixture('excel-export-1252.csv'), { mapping: suggested, asOf: AS_OF, invalidRows });
    expect(first.stats).toMatchObject({ rows: 4, validRows: 1, invalidRows: 3 });
    const again = await importCsv(invalidRows, { mapping: suggested, asOf: AS_OF });
    expect(again.file).toMatchObject({ encoding: 'utf-8', headerRow: 1 });
    expect(again.stats.rows).toBe(3);
    expect(again.issues.filter((i) => i.row === null && i.severity === 'error')).toEqual([]);
  });

  it('finds the header and the document type far down the sheet', async () => {
    const dir = tempDir();
    const file = join(dir, 'vacatures.csv');
    const header = template('Vacancy').trim();
    const width = header.split(';').length;
    const notes = Array.from({ length: 44 }, (_, i) => `Toelichting regel ${i + 1}${';'.repeat(width - 1)}`);
    const row = header
      .split(';')
      .map((h) => ({ 'Vacature-ID': '7c9e6679-7425-40de-944b-e07fc1f90ae7', Status: 'Ontvangen', 'KvK-nummer': '12345678', Arbeidsmarktregio: 'AM22', Functie: 'Medewerker bakkerij', 'Aantal plaatsen': '2', 'Ontvangen op': '2026-02-01T09:00:00+01:00' })[h] ?? '')
      .join(';');
    writeFileSync(file, `${[...notes, header, row].join('\r\n')}\r\n`);
    const info = await inspect(file);
    expect(info.documentType).toBe('Vacancy');
    expect(info.headerRow).toBe(45);
    expect(info.suggestedMapping.headerRow).toBe(45);
    const report = await importCsv(file, { mapping: readMapping(JSON.parse(JSON.stringify(info.suggestedMapping))), asOf: AS_OF });
    expect(report.file.headerRow).toBe(45);
    expect(report.stats.rows).toBe(1);
  });
});
