import { describe, expect, it } from 'vitest';
import { createMunicipalityTable, getMunicipality, MUNICIPALITY_ROWS } from './municipality.js';
import { findMunicipalityByName, findRegionByName } from './name-lookup.js';

function code(name: string, asOf?: string): string | undefined {
  const r = findMunicipalityByName(name, asOf ? { asOf } : {});
  return r.status === 'found' ? r.code : undefined;
}

describe('findMunicipalityByName', () => {
  it.each([
    ["'s-Gravenhage", 'GM0518'],
    ['Den Haag', 'GM0518'],
    ['den haag', 'GM0518'],
    ['The Hague', 'GM0518'],
    ['  DEN HAAG  ', 'GM0518'],
    ["'s-Hertogenbosch", 'GM0796'],
    ['’s-Hertogenbosch', 'GM0796'],
    ['s Hertogenbosch', 'GM0796'],
    ['Den Bosch', 'GM0796'],
    ['Gemeente Rotterdam', 'GM0599'],
    ['Sudwest Fryslan', 'GM1900'],
    ['Súdwest-Fryslân', 'GM1900'],
    ['Nuenen, Gerwen en Nederwetten', 'GM0820'],
    ['Nuenen c.a.', 'GM0820'],
    ['Bergen op Zoom', 'GM0748'],
    ['GM0363', 'GM0363'],
    ['gm0363', 'GM0363'],
  ])('%j → %s', (name, gm) => {
    expect(code(name)).toBe(gm);
  });

  it.each([
    ['Bergen (NH.)', 'GM0373'],
    ['Bergen (NH)', 'GM0373'],
    ['Bergen NH', 'GM0373'],
    ['bergen n.h.', 'GM0373'],
    ['Bergen (Noord-Holland)', 'GM0373'],
    ['Bergen (L.)', 'GM0893'],
    ['Bergen L', 'GM0893'],
    ['Bergen (Limburg)', 'GM0893'],
  ])('resolves a CBS suffix in any spelling: %j → %s', (name, gm) => {
    expect(code(name)).toBe(gm);
  });

  it('makes the CBS suffix optional when the name is unique', () => {
    const r = findMunicipalityByName('Hengelo');
    expect(r).toMatchObject({ status: 'found', code: 'GM0164', name: 'Hengelo (O.)', matchedBy: 'name-without-suffix' });
    expect(code('Laren')).toBe('GM0417');
    expect(code('Rijswijk')).toBe('GM0603');
    expect(code('Middelburg')).toBe('GM0687');
  });

  it('reports "Bergen" as ambiguous instead of guessing', () => {
    const r = findMunicipalityByName('Bergen');
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') expect(r.candidates.map((c) => c.gmCode).sort()).toEqual(['GM0373', 'GM0893']);
  });

  it('says how it matched', () => {
    expect(findMunicipalityByName('Den Haag')).toMatchObject({ matchedBy: 'alias', name: "'s-Gravenhage" });
    expect(findMunicipalityByName("'s-Gravenhage")).toMatchObject({ matchedBy: 'name', retired: false, successors: [] });
  });

  it('returns a merged municipality’s old code with its successors; the caller decides', () => {
    const r = findMunicipalityByName('Weesp', { asOf: '2025-01-01' });
    expect(r).toMatchObject({ status: 'found', code: 'GM0457', retired: true, validOnAsOf: false });
    if (r.status === 'found') expect(r.successors.map((s) => s.gmCode)).toEqual(['GM0363']);

    const before = findMunicipalityByName('Weesp', { asOf: '2022-03-23' });
    expect(before).toMatchObject({ status: 'found', code: 'GM0457', retired: false, validOnAsOf: true });

    const haaren = findMunicipalityByName('Haaren');
    expect(haaren).toMatchObject({ status: 'found', code: 'GM0788', retired: true });
    if (haaren.status === 'found') expect(haaren.successors).toHaveLength(4);
  });

  it('prefers the municipality that exists on asOf when a name was reused', () => {
    // A vendor table where a new municipality takes an old one's name.
    const table = createMunicipalityTable([
      ...MUNICIPALITY_ROWS,
      { gmCode: 'GM9002', name: 'Haren', amCode: 'AM01', validFrom: '2030-01-01' },
    ]);
    expect(findMunicipalityByName('Haren', { table, asOf: '2031-01-01' })).toMatchObject({ code: 'GM9002' });
    expect(findMunicipalityByName('Haren', { table, asOf: '2018-06-01' })).toMatchObject({ code: 'GM0017' });
    expect(findMunicipalityByName('Haren', { table }).status).toBe('ambiguous');
    expect(findMunicipalityByName('Haren')).toMatchObject({ code: 'GM0017' });
  });

  it('uses aliases carried by the table rows', () => {
    const table = createMunicipalityTable(MUNICIPALITY_ROWS.map((m) => (m.gmCode === 'GM0363' ? { ...m, aliases: ['Mokum'] } : m)));
    expect(findMunicipalityByName('mokum', { table })).toMatchObject({ code: 'GM0363', matchedBy: 'alias' });
    expect(getMunicipality('GM0363')?.aliases).toBeUndefined();
  });

  it.each(['Atlantis', '', '   ', 'GM9999', 'Gemeente'])('does not find %j', (name) => {
    expect(findMunicipalityByName(name).status).toBe('not-found');
  });
});

describe('findRegionByName', () => {
  const region = (name: string) => {
    const r = findRegionByName(name);
    return r.status === 'found' ? r.code : r.status;
  };

  it.each([
    ['Food Valley', 'AM38'],
    ['FoodValley', 'AM38'],
    ['foodvalley', 'AM38'],
    ['Stedendriehoek en Noordwest Veluwe', 'AM06'],
    ['Veluwe Stedendriehoek', 'AM06'],
    ['Gooi- en Vechtstreek', 'AM12'],
    ['Gooi en Vechtstreek', 'AM12'],
    ['Regio Zwolle', 'AM36'],
    ['Zwolle', 'AM36'],
    ['Rijnmond', 'AM22'],
    ['Regio Rijnmond', 'AM22'],
    ['Arbeidsmarktregio Rijnmond', 'AM22'],
    ['Zaanstreek/Waterland', 'AM17'],
    ['Zaanstreek-Waterland', 'AM17'],
    ['Zuid-Kennemerland & IJmond', 'AM37'],
    ['Helmond-De Peel', 'AM32'],
    ['Groot-Amsterdam', 'AM18'],
    ['Fryslân', 'AM02'],
    ['AM22', 'AM22'],
  ])('%j → %s', (name, am) => {
    expect(region(name)).toBe(am);
  });

  it('says whether it matched the CBS name or an alias', () => {
    expect(findRegionByName('Stedendriehoek en Noordwest Veluwe')).toMatchObject({
      name: 'Veluwe Stedendriehoek',
      matchedBy: 'alias',
    });
    // Spaces do not count, so "Food Valley" is the CBS name "FoodValley" itself.
    expect(findRegionByName('Food Valley')).toMatchObject({ name: 'FoodValley', matchedBy: 'name' });
  });

  it.each(['AM04', 'Randstad', ''])('does not find %j', (name) => {
    expect(findRegionByName(name).status).toBe('not-found');
  });
});
