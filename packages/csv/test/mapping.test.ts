import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv, inspect, MappingError, readMapping, template } from '../src/index.js';
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
      .map(
        (h) =>
          ({
            'Vacature-ID': '7c9e6679-7425-40de-944b-e07fc1f90ae7',
            Status: 'Ontvangen',
            'KvK-nummer': '12345678',
            Arbeidsmarktregio: 'AM22',
            Functie: 'Medewerker bakkerij',
            'Aantal plaatsen': '2',
            'Ontvangen op': '2026-02-01T09:00:00+01:00',
          })[h] ?? '',
      )
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

describe('mapping power', () => {
  const HEADER =
    'Kandidaat-ID;Status;Datum;Soort plaatsing;KvK-nummer;Datum;Regio;Uren p/w;Herkomst kandidaat;Doelgroep;In doelgroepregister;Datum check doelgroepregister;Loonwaarde';
  const row = (n: number, wage: string) =>
    `0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e3${n};Actief;01-03-2026;Dienstverband;12345678;31-12-2026;AM22;24;UWV;Wajong;ja;01-02-2026;${wage}`;
  const sheet = () => {
    const file = join(tempDir(), 'dubbel.csv');
    writeFileSync(file, `${HEADER}\r\n${row(1, '60')}\r\n${row(2, '80')}\r\n${row(3, '')}\r\n`);
    return file;
  };

  it('addresses duplicate headers by column letter or position; one column feeds several fields; a column brings constants along', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.ndjson');
    const mapping = readMapping({
      documentType: 'Placement',
      columns: {
        C: ['startDate', 'instruments.0.period.from'],
        '#6': ['plannedEndDate', 'instruments.0.period.to'],
        Loonwaarde: {
          field: 'instruments.0.wageValuePct',
          with: {
            'instruments.0.instrument': 'LKS',
            'instruments.0.financier': 'Gemeente',
            'instruments.0.status': 'GRANTED',
            'instruments.0.skipMeasurementAgreed': true,
          },
        },
      },
    });
    const report = await importCsv(sheet(), { mapping, asOf: AS_OF, out });
    expect(report.issues.filter((i) => i.row === null && i.severity !== 'information')).toEqual([]);
    expect(report.columns.filter((c) => c.header === 'Datum').map((c) => [c.letter, c.field])).toEqual([
      ['C', 'startDate'],
      ['F', 'plannedEndDate'],
    ]);
    // Row 4 has no wage value but its dates make an instrument that lacks the rest: invalid.
    expect(report.stats).toMatchObject({ rows: 3, validRows: 2 });
    const [withWage] = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // A wage value: an LKS grant from the municipality, over the placement's own dates.
    expect(withWage).toMatchObject({
      startDate: '2026-03-01',
      plannedEndDate: '2026-12-31',
      instruments: [
        {
          instrument: 'LKS',
          financier: 'MUNICIPALITY',
          status: 'GRANTED',
          wageValuePct: 60,
          period: { from: '2026-03-01', to: '2026-12-31' },
        },
      ],
    });
    // Without another column feeding the instrument, an empty wage cell means no grant at all:
    // the constants come only with a filled cell.
    const plain = readMapping({
      documentType: 'Placement',
      columns: {
        C: 'startDate',
        F: 'plannedEndDate',
        Loonwaarde: {
          field: 'instruments.0.wageValuePct',
          with: {
            'instruments.0.instrument': 'LKS',
            'instruments.0.financier': 'MUNICIPALITY',
            'instruments.0.status': 'GRANTED',
            'instruments.0.skipMeasurementAgreed': true,
            'instruments.0.period.from': '01-03-2026',
            'instruments.0.period.to': '31-12-2026',
          },
        },
      },
    });
    const out2 = join(dir, 'out2.ndjson');
    const second = await importCsv(sheet(), { mapping: plain, asOf: AS_OF, out: out2 });
    expect(second.stats).toMatchObject({ rows: 3, validRows: 3 });
    const docs = readFileSync(out2, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(docs.map((d) => d.instruments?.[0]?.wageValuePct)).toEqual([60, 80, undefined]);
  });

  it('an ambiguous header in a mapping is an error that names the columns', async () => {
    const mapping = readMapping({ documentType: 'Placement', columns: { Datum: 'startDate' } });
    await expect(importCsv(sheet(), { mapping, asOf: AS_OF })).rejects.toSatisfy(
      (e) => e instanceof MappingError && /staat 2 keer in de kopregel \(kolommen C, F\)/.test(e.message) && /"C" of "F"/.test(e.message),
    );
  });
});
