import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { DATA_DIR, OUTPUT_DIR, renderReferenceTables } from '../../scripts/generate-reference-tables.js';
import {
  createMunicipalityTable,
  getMunicipality,
  isMunicipalityValidOn,
  MUNICIPALITY_ROWS,
  municipalitiesInRegion,
  municipalitiesOn,
  overrideMunicipalityRows,
  regionOfMunicipality,
  resolveMunicipalityOn,
  successorsOf,
} from './municipality.js';

const codes = (ms: readonly { gmCode: string }[]) => ms.map((m) => m.gmCode);

describe('shipped municipality table', () => {
  it('holds every CSV row: 342 current + 52 merged away since 2019', () => {
    expect(MUNICIPALITY_ROWS).toHaveLength(394);
    expect(MUNICIPALITY_ROWS.filter((m) => m.validTo !== undefined)).toHaveLength(52);
  });

  it('has 342 municipalities on 2025-01-01, as CBS counts', () => {
    expect(municipalitiesOn('2025-01-01')).toHaveLength(342);
  });

  it('follows the known counts through the mergers', () => {
    expect(municipalitiesOn('2020-06-01')).toHaveLength(355);
    expect(municipalitiesOn('2021-06-01')).toHaveLength(352);
    expect(municipalitiesOn('2022-03-23')).toHaveLength(345);
    expect(municipalitiesOn('2022-06-01')).toHaveLength(344);
    expect(municipalitiesOn('2023-01-01')).toHaveLength(342);
  });

  it.each([
    ['GM0363', 'AM18'],
    ['GM0599', 'AM22'],
    ['GM0518', 'AM21'],
    ['GM0344', 'AM13'],
    ['GM0193', 'AM36'],
  ])('puts %s in %s (CBS)', (gm, am) => {
    expect(regionOfMunicipality(gm, '2025-01-01')).toBe(am);
    expect(codes(municipalitiesInRegion(am, '2025-01-01'))).toContain(gm);
  });

  it('keeps CBS names with their suffixes', () => {
    expect(getMunicipality('GM0518')?.name).toBe("'s-Gravenhage");
    expect(getMunicipality('GM0373')?.name).toBe('Bergen (NH.)');
    expect(getMunicipality('GM0820')?.name).toBe('Nuenen, Gerwen en Nederwetten');
  });

  it('treats validTo as the last day: Weesp exists on 2022-03-23, not on 2022-03-24', () => {
    expect(isMunicipalityValidOn('GM0457', '2022-03-23')).toBe(true);
    expect(isMunicipalityValidOn('GM0457', '2022-03-24')).toBe(false);
    expect(regionOfMunicipality('GM0457', '2022-03-24')).toBeUndefined();
    expect(regionOfMunicipality('GM0457')).toBe('AM12'); // last known region
  });

  it('treats validFrom as the first day: Voorne aan Zee from 2023-01-01', () => {
    expect(isMunicipalityValidOn('GM1992', '2022-12-31')).toBe(false);
    expect(isMunicipalityValidOn('GM1992', '2023-01-01')).toBe(true);
    expect(isMunicipalityValidOn('GM0501', '2022-12-31')).toBe(true);
  });

  it('lists all four successors of the Haaren split', () => {
    expect(codes(successorsOf('GM0788')).sort()).toEqual(['GM0757', 'GM0824', 'GM0855', 'GM0865']);
    expect(codes(resolveMunicipalityOn('GM0788', '2025-01-01')).sort()).toEqual(['GM0757', 'GM0824', 'GM0855', 'GM0865']);
  });

  it('maps Weesp to Amsterdam and leaves a current code alone', () => {
    expect(codes(successorsOf('GM0457'))).toEqual(['GM0363']);
    expect(codes(resolveMunicipalityOn('GM0457', '2025-01-01'))).toEqual(['GM0363']);
    expect(codes(resolveMunicipalityOn('GM0457', '2022-01-01'))).toEqual(['GM0457']);
    expect(successorsOf('GM0363')).toEqual([]);
  });

  it('derives a region-wide declaration’s municipalities on its signing date', () => {
    // Weesp was in Gooi en Vechtstreek until its last day.
    expect(codes(municipalitiesInRegion('AM12', '2022-03-23'))).toContain('GM0457');
    expect(codes(municipalitiesInRegion('AM12', '2022-03-24'))).not.toContain('GM0457');
    expect(municipalitiesInRegion('AM04', '2025-01-01')).toEqual([]);
  });

  it('answers unknown codes without throwing', () => {
    expect(getMunicipality('GM9999')).toBeUndefined();
    expect(isMunicipalityValidOn('GM9999', '2025-01-01')).toBe(false);
    expect(regionOfMunicipality('GM9999', '2025-01-01')).toBeUndefined();
    expect(successorsOf('GM9999')).toEqual([]);
  });

  it('refuses dates in another format instead of comparing them as strings', () => {
    expect(() => municipalitiesOn('01-01-2025')).toThrow(TypeError);
    expect(() => isMunicipalityValidOn('GM0363', '2025-1-1')).toThrow(TypeError);
  });
});

describe('createMunicipalityTable', () => {
  it('takes a later merger as data', () => {
    const groningen = getMunicipality('GM0014');
    assert(groningen);
    const table = createMunicipalityTable(
      overrideMunicipalityRows(MUNICIPALITY_ROWS, [
        { ...groningen, validTo: '2026-12-31', successors: ['GM9001'] },
        { gmCode: 'GM9001', name: 'Groot-Groningen', amCode: 'AM01', validFrom: '2027-01-01' },
      ]),
    );
    expect(table.municipalitiesOn('2025-01-01')).toHaveLength(342);
    expect(table.municipalitiesOn('2027-01-01')).toHaveLength(342);
    expect(table.isMunicipalityValidOn('GM0014', '2027-01-01')).toBe(false);
    // Haren went into Groningen in 2019, which went on in 2027: follow both mergers.
    expect(codes(table.resolveMunicipalityOn('GM0017', '2027-06-01'))).toEqual(['GM9001']);
    // The default table is untouched.
    expect(isMunicipalityValidOn('GM0014', '2027-01-01')).toBe(true);
  });

  it('uses dated region membership when a row has it', () => {
    const table = createMunicipalityTable([
      {
        gmCode: 'GM0230',
        name: 'Elburg',
        amCode: 'AM36',
        regions: [
          { amCode: 'AM06', validTo: '2021-12-31' },
          { amCode: 'AM36', validFrom: '2022-01-01' },
        ],
      },
    ]);
    expect(table.regionOfMunicipality('GM0230', '2020-01-01')).toBe('AM06');
    expect(table.regionOfMunicipality('GM0230', '2025-01-01')).toBe('AM36');
    expect(table.regionOfMunicipality('GM0230')).toBe('AM36');
    expect(codes(table.municipalitiesInRegion('AM06', '2020-01-01'))).toEqual(['GM0230']);
  });

  it('rejects an inconsistent table, listing every problem', () => {
    expect(() =>
      createMunicipalityTable([
        { gmCode: 'GM0001', name: 'A', amCode: 'AM01', successors: ['GM0002'] },
        { gmCode: 'GM0001', name: 'B', amCode: 'AM04' as 'AM01', validFrom: '2025-02-01', validTo: '2025-01-01' },
      ]),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: createMunicipalityTable: invalid rows:
      - row 1 (GM0001): duplicate gmCode
      - row 1 (GM0001): amCode is not one of the 35 region codes
      - row 1 (GM0001): validFrom is after validTo
      - GM0001: successor GM0002 is not in the table]
    `);
  });
});

describe('generated data modules', () => {
  it('match the CSVs in data/ (run scripts/generate-reference-tables.ts after editing a CSV)', () => {
    for (const [name, content] of Object.entries(renderReferenceTables(DATA_DIR))) {
      expect(readFileSync(join(OUTPUT_DIR, name), 'utf8'), name).toBe(content);
    }
  });
});
