import { describe, expect, it } from 'vitest';
import { AmCode, isRegionValidOn, isValidAmCode, LabourMarketRegionList } from './labour-market-region.js';
import { getMunicipality, municipalitiesInRegion, regionOfMunicipality } from './municipality.js';

describe('LabourMarketRegionList', () => {
  it('has the 35 regions, without AM04, AM16 and AM31', () => {
    expect(LabourMarketRegionList.codes).toHaveLength(35);
    for (const missing of ['AM04', 'AM16', 'AM31']) expect(LabourMarketRegionList.get(missing)).toBeUndefined();
  });

  it('uses the CBS 2025 names and keeps the brief names as aliases', () => {
    expect(LabourMarketRegionList.label('AM38')).toBe('FoodValley');
    expect(LabourMarketRegionList.get('AM38')?.briefName).toBe('Food Valley');
    expect(LabourMarketRegionList.label('AM06')).toBe('Veluwe Stedendriehoek');
    expect(LabourMarketRegionList.get('AM06')?.aliases).toContain('Stedendriehoek en Noordwest Veluwe');
    expect(LabourMarketRegionList.label('AM36', 'en')).toBe('Regio Zwolle');
  });

  it('marks every centrumgemeente as unverified, and each lies in its own region', () => {
    for (const e of LabourMarketRegionList.entries) {
      expect(e.centralMunicipalityUnverified).toBe(true);
      if (e.centralMunicipality) {
        expect(getMunicipality(e.centralMunicipality)?.validTo).toBeUndefined();
        expect(regionOfMunicipality(e.centralMunicipality, '2025-01-01')).toBe(e.code);
      }
    }
    // The brief names none for Zeeland and Zuid-Limburg (two candidates each).
    expect(LabourMarketRegionList.get('AM24')?.centralMunicipality).toBeUndefined();
    expect(LabourMarketRegionList.get('AM24')?.centralMunicipalityNote).toMatch(/Vlissingen|Middelburg/);
    expect(LabourMarketRegionList.get('AM30')?.centralMunicipality).toBeUndefined();
    expect(LabourMarketRegionList.get('AM21')?.centralMunicipality).toBe('GM0518');
  });

  it('agrees with the municipality table on the 2025 member counts', () => {
    for (const e of LabourMarketRegionList.entries) {
      expect(municipalitiesInRegion(e.code, '2025-01-01'), e.code).toHaveLength(e.municipalities2025);
    }
  });
});

describe('AmCode', () => {
  it.each(['AM22', 'AM36', 'AM01', 'AM38'])('accepts %s', (v) => {
    expect(AmCode.parse(v)).toBe(v);
    expect(isValidAmCode(v)).toBe(true);
  });
  it.each(['AM04', 'AM16', 'AM31', 'AM39', 'AM00', 'am22', 'AM2', 'AM220', ''])('rejects %j', (v) => {
    expect(AmCode.safeParse(v).success).toBe(false);
    expect(isValidAmCode(v)).toBe(false);
  });
  it('tells an unknown code from a malformed one', () => {
    expect(AmCode.safeParse('AM04').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Arbeidsmarktregiocode bestaat niet (onbekende AM-code)",
      ]
    `);
    expect(AmCode.safeParse('AM4').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Arbeidsmarktregiocode moet de vorm AMnn hebben (AM + 2 cijfers)",
      ]
    `);
  });
});

describe('isRegionValidOn', () => {
  it('is true for an existing region and false for a code that never existed', () => {
    expect(isRegionValidOn('AM22', '2025-01-01')).toBe(true);
    expect(isRegionValidOn('AM04', '2025-01-01')).toBe(false);
  });
  it('refuses a date that is not YYYY-MM-DD rather than compare it wrongly', () => {
    expect(() => isRegionValidOn('AM22', '1-1-2025')).toThrow(TypeError);
  });
});
