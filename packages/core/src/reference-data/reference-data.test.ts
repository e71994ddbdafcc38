import { assert, describe, expect, it } from 'vitest';
import { isReferenceDataError, ParameterTableSchema, splitPeriodAtAllBoundaries, splitPeriodAtBoundaries } from './parameter-table.js';
import { defaultReferenceData, selectParameter, withTables } from './reference-data.js';
import { SHIPPED_TABLES, WML_HOURLY_ADULT_TABLE } from './tables.js';

describe('shipped tables', () => {
  it('every shipped table passes the schema (ids unique, no overlapping rows, a source on every row)', () => {
    const ids = new Set<string>();
    for (const t of SHIPPED_TABLES) {
      expect(ParameterTableSchema.safeParse(t).success, t.id).toBe(true);
      expect(ids.has(t.id), t.id).toBe(false);
      ids.add(t.id);
    }
  });

  it('the PW trial maximum is shipped as an uncertain row', () => {
    const row = selectParameter(defaultReferenceData, 'TRIAL_PW_MAX_MONTHS', '2026-01-01');
    expect(row.ok && row.row.uncertain).toBe(true);
  });
});

describe('selectParameter (REF-001, REF-002)', () => {
  it.each([
    ['2024-01-01', '13.27'],
    ['2024-06-30', '13.27'],
    ['2024-07-01', '13.68'],
    ['2025-01-01', '14.06'],
    ['2025-06-30', '14.06'],
    ['2025-07-01', '14.40'],
    ['2025-12-31', '14.40'],
    ['2026-01-01', '14.71'],
    ['2031-05-05', '14.71'],
  ])('WML on %s is %s', (date, value) => {
    const r = selectParameter(defaultReferenceData, 'WML_HOURLY_ADULT', date);
    expect(r).toMatchObject({ ok: true, value, used: { tableId: 'WML_HOURLY_ADULT', value } });
  });

  it('a date before the first row is a REF-002 error result, not the nearest row', () => {
    const r = selectParameter(defaultReferenceData, 'WML_HOURLY_ADULT', '2023-12-31');
    expect(r).toEqual({
      ok: false,
      code: 'REF-002',
      reason: 'NO_ROW_FOR_DATE',
      tableId: 'WML_HOURLY_ADULT',
      date: '2023-12-31',
      message: 'Parametertabel WML_HOURLY_ADULT heeft geen waarde geldig op 2023-12-31; laad de juiste referentiegegevens.',
      messageEn: 'Parameter table WML_HOURLY_ADULT has no value valid on 2023-12-31; load the missing reference data.',
    });
    expect(isReferenceDataError(r)).toBe(true);
  });

  it('an unknown table or an invalid date is an error result, never a throw', () => {
    expect(selectParameter(defaultReferenceData, 'NOPE', '2026-01-01')).toMatchObject({ ok: false, reason: 'UNKNOWN_TABLE' });
    expect(selectParameter(defaultReferenceData, 'WML_HOURLY_ADULT', '2026-02-30')).toMatchObject({ ok: false, reason: 'INVALID_DATE' });
  });

  it('accepts a plain table list', () => {
    expect(selectParameter([WML_HOURLY_ADULT_TABLE], 'WML_HOURLY_ADULT', '2024-08-01')).toMatchObject({ ok: true, value: '13.68' });
  });
});

describe('splitPeriodAtBoundaries (REF-003)', () => {
  it('splits a week across 1 July 2025 into two parts with their own WML', () => {
    const r = splitPeriodAtBoundaries({ from: '2025-06-30', to: '2025-07-06' }, WML_HOURLY_ADULT_TABLE);
    expect(r.ok && r.parts.map((p) => [p.from, p.to, p.row.value])).toEqual([
      ['2025-06-30', '2025-06-30', '14.06'],
      ['2025-07-01', '2025-07-06', '14.40'],
    ]);
  });

  it('keeps a period inside one row whole', () => {
    const r = splitPeriodAtBoundaries({ from: '2026-03-01', to: '2026-03-31' }, WML_HOURLY_ADULT_TABLE);
    expect(r.ok && r.parts).toHaveLength(1);
  });

  it('a period starting before the first row is REF-002 (no partial fallback)', () => {
    expect(splitPeriodAtBoundaries({ from: '2023-12-25', to: '2024-01-07' }, WML_HOURLY_ADULT_TABLE)).toMatchObject({
      ok: false,
      code: 'REF-002',
      date: '2023-12-25',
    });
  });

  it('splits at the union of boundaries of several tables', () => {
    const { WML_HOURLY_ADULT: wml, LKS_CAP_PCT_OF_WML: cap } = defaultReferenceData.tables;
    assert(wml && cap);
    const r = splitPeriodAtAllBoundaries({ from: '2025-12-29', to: '2026-01-04' }, [wml, cap]);
    expect(r.ok && r.parts).toEqual([
      { from: '2025-12-29', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-01-04' },
    ]);
  });
});

describe('withTables', () => {
  const newWml = {
    id: 'WML_HOURLY_ADULT',
    titleNl: 'Wettelijk minimumuurloon (21 jaar en ouder)',
    titleEn: 'Statutory hourly minimum wage (age 21+)',
    unit: 'EUR_PER_HOUR',
    rows: [{ validFrom: '2026-07-01', value: '15.02', source: 'vendor test row' }],
  };

  it('uses a vendor-supplied newer row and closes the open-ended row before it', () => {
    const r = withTables(defaultReferenceData, [newWml]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(selectParameter(r.referenceData, 'WML_HOURLY_ADULT', '2026-07-01')).toMatchObject({ ok: true, value: '15.02' });
    expect(selectParameter(r.referenceData, 'WML_HOURLY_ADULT', '2026-06-30')).toMatchObject({ ok: true, value: '14.71' });
    expect(r.referenceData.tables.WML_HOURLY_ADULT?.rows.at(-2)?.validTo).toBe('2026-06-30');
    // the base is not mutated
    expect(selectParameter(defaultReferenceData, 'WML_HOURLY_ADULT', '2026-07-01')).toMatchObject({ value: '14.71' });
  });

  it('adds a new table id', () => {
    const r = withTables(defaultReferenceData, [
      { ...newWml, id: 'X_VENDOR_PARAM', unit: 'COUNT', rows: [{ validFrom: '2020-01-01', value: '3', source: 'x' }] },
    ]);
    expect(r.ok && selectParameter(r.referenceData, 'X_VENDOR_PARAM', '2021-01-01')).toMatchObject({ ok: true, value: '3' });
  });

  it('restating an existing row is a no-op', () => {
    const r = withTables(defaultReferenceData, [
      { ...newWml, rows: [{ validFrom: '2025-07-01', validTo: '2025-12-31', value: '14.40', source: 'R17' }] },
    ]);
    expect(r.ok).toBe(true);
  });

  it('rejects overlapping rows and a retroactive value change', () => {
    const overlap = withTables(defaultReferenceData, [
      { ...newWml, rows: [{ validFrom: '2025-03-01', validTo: '2025-03-31', value: '14.10', source: 'x' }] },
    ]);
    expect(overlap).toMatchObject({ ok: false, code: 'REFERENCE_DATA_INVALID', issues: [{ table: 'WML_HOURLY_ADULT' }] });
    const changed = withTables(defaultReferenceData, [
      { ...newWml, rows: [{ validFrom: '2025-07-01', validTo: '2025-12-31', value: '14.41', source: 'x' }] },
    ]);
    expect(changed.ok).toBe(false);
  });

  it('rejects invalid incoming tables with issues instead of throwing', () => {
    const r = withTables(defaultReferenceData, [{ ...newWml, rows: [{ validFrom: '2026-07-01', value: '15,02', source: 'x' }] }]);
    expect(r).toMatchObject({ ok: false, issues: [{ table: 'WML_HOURLY_ADULT', path: [0, 'rows', 0, 'value'] }] });
    expect(withTables(defaultReferenceData, 'nonsense').ok).toBe(false);
    const inner = withTables(defaultReferenceData, [
      {
        ...newWml,
        id: 'X_A',
        rows: [
          { validFrom: '2020-01-01', value: '1', source: 'x' },
          { validFrom: '2020-06-01', value: '2', source: 'x' },
        ],
      },
    ]);
    expect(inner.ok).toBe(false);
  });
});
