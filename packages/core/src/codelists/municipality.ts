import { isValidGmCode } from '../identifiers/gm-code.js';
import { hasIsoDateShape } from '../reference-data/internal/iso-date.js';
import { MUNICIPALITY_ROWS } from './data/municipalities.js';
import { type AmCode, isRegionValidOn, isValidAmCode } from './labour-market-region.js';

export { MUNICIPALITY_ROWS };

/**
 * A period in which a municipality belonged to a labour-market region.
 *
 * @public
 */
export interface RegionMembership {
  readonly amCode: AmCode;
  /** First day (ISO date); absent = since before the table's coverage. */
  readonly validFrom?: string;
  /** Last day (ISO date, inclusive); absent = still so. */
  readonly validTo?: string;
}

/**
 * One municipality (*gemeente*) in a municipality table.
 *
 * @remarks
 * A row is data, so a vendor can add a later merger without a code change: set `validTo`
 * and `successors` on the old rows and add the new one (see {@link overrideMunicipalityRows}).
 *
 * @public
 */
export interface MunicipalityRow {
  /** CBS code `GMnnnn`; a code is never reused for another municipality. */
  readonly gmCode: string;
  /** CBS spelling, including CBS's disambiguating suffixes such as `Bergen (NH.)`. */
  readonly name: string;
  /**
   * The labour-market region: for a current municipality its 2025 region, for a merged one
   * the region it last belonged to. Regions were redrawn over the years; see `regions`.
   */
  readonly amCode: AmCode;
  /** First day the municipality existed, when on or after the table's coverage (2019-01-01). */
  readonly validFrom?: string;
  /** Last day the municipality existed (inclusive); absent for current municipalities. */
  readonly validTo?: string;
  /** GM codes that took over the area when this municipality ended (several on a split). */
  readonly successors?: readonly string[];
  /**
   * Dated region membership, when known. When present it wins over `amCode` for dated
   * questions; the shipped data has none because no yearly membership table was available.
   */
  readonly regions?: readonly RegionMembership[];
  /** Extra names for name lookup (e.g. a former spelling). */
  readonly aliases?: readonly string[];
  /** Provenance of the row (see `data/README.md` for the keys). */
  readonly source?: string;
}

/**
 * A municipality as returned by a {@link MunicipalityTable}.
 *
 * @public
 */
export type Municipality = MunicipalityRow;

/**
 * Date-aware queries over one set of municipality rows; see {@link createMunicipalityTable}.
 * All dates are ISO `YYYY-MM-DD` strings and every method throws a `TypeError` on another
 * date format: comparing dates as strings is only correct for that format.
 *
 * @public
 */
export interface MunicipalityTable {
  /** The rows the table was built from. */
  readonly rows: readonly Municipality[];
  /** The municipality with this code, current or retired; `undefined` when unknown. */
  getMunicipality(gmCode: string): Municipality | undefined;
  /** Whether the municipality exists on `date` (validFrom ≤ date ≤ validTo). */
  isMunicipalityValidOn(gmCode: string, date: string): boolean;
  /** All municipalities that exist on `date`, in table order. */
  municipalitiesOn(date: string): readonly Municipality[];
  /**
   * The region of a municipality. With `date`: the region on that date, or `undefined` when
   * the municipality does not exist on that date. Without: its last known region.
   */
  regionOfMunicipality(gmCode: string, date?: string): AmCode | undefined;
  /** The municipalities that exist on `date` and belong to the region on that date. */
  municipalitiesInRegion(amCode: string, date: string): readonly Municipality[];
  /** The direct successors of a municipality that ended (empty for current ones). */
  successorsOf(gmCode: string): readonly Municipality[];
  /**
   * The municipalities valid on `date` that cover the code's area: the municipality itself
   * when it exists on `date`, otherwise its successors, following later mergers.
   */
  resolveMunicipalityOn(gmCode: string, date: string): readonly Municipality[];
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
function assertIsoDate(date: string, fn: string): void {
  if (!hasIsoDateShape(date)) {
    throw new TypeError(`${fn}: date must be an ISO date YYYY-MM-DD`);
  }
}
function within(p: { validFrom?: string; validTo?: string }, date: string): boolean {
  return (p.validFrom === undefined || p.validFrom <= date) && (p.validTo === undefined || date <= p.validTo);
}

/** Collects every problem in the rows, so a vendor fixes their table in one go. */
function checkRows(rows: readonly MunicipalityRow[]): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const [i, r] of rows.entries()) {
    const at = `row ${i} (${String(r?.gmCode)})`;
    if (!isValidGmCode(r?.gmCode)) problems.push(`${at}: gmCode must look like GMnnnn`);
    else if (codes.has(r.gmCode)) problems.push(`${at}: duplicate gmCode`);
    else codes.add(r.gmCode);
    if (typeof r?.name !== 'string' || r.name.trim() === '') problems.push(`${at}: name is empty`);
    if (!isValidAmCode(r?.amCode)) problems.push(`${at}: amCode is not one of the 35 region codes`);
    for (const k of ['validFrom', 'validTo'] as const) {
      if (r?.[k] !== undefined && !ISO_DATE.test(r[k])) problems.push(`${at}: ${k} is not YYYY-MM-DD`);
    }
    if (r?.validFrom && r.validTo && r.validFrom > r.validTo) problems.push(`${at}: validFrom is after validTo`);
    for (const m of r?.regions ?? []) {
      if (!isValidAmCode(m.amCode)) problems.push(`${at}: regions has an unknown amCode`);
    }
  }
  for (const r of rows) {
    for (const s of r?.successors ?? []) {
      if (!codes.has(s)) problems.push(`${r.gmCode}: successor ${s} is not in the table`);
      if (s === r.gmCode) problems.push(`${r.gmCode}: is its own successor`);
    }
  }
  return problems;
}

/**
 * Builds the municipality queries over a set of rows.
 *
 * @remarks
 * The package ships a default instance built from `data/municipalities.csv`
 * ({@link DEFAULT_MUNICIPALITY_TABLE}); the top-level functions such as
 * {@link getMunicipality} use it. Pass a newer table when a merger happened after this
 * package version: a merger is a data change, never a code change.
 *
 * @throws Error listing every problem when the rows are inconsistent (bad code, duplicate,
 *   unknown region, unknown successor, bad date).
 *
 * @example
 * ```ts
 * const table = createMunicipalityTable(
 *   overrideMunicipalityRows(MUNICIPALITY_ROWS, [
 *     { gmCode: 'GM9001', name: 'Nieuwgemeente', amCode: 'AM01', validFrom: '2027-01-01' },
 *   ]),
 * );
 * table.isMunicipalityValidOn('GM9001', '2027-01-01'); // true
 * ```
 *
 * @public
 */
export function createMunicipalityTable(rows: readonly MunicipalityRow[]): MunicipalityTable {
  const problems = checkRows(rows);
  if (problems.length > 0) {
    throw new Error(`createMunicipalityTable: invalid rows:\n- ${problems.join('\n- ')}`);
  }
  const frozen: readonly Municipality[] = Object.freeze(rows.map((r) => Object.freeze({ ...r })));
  const byCode = new Map(frozen.map((r) => [r.gmCode, r]));

  const regionOn = (m: Municipality, date: string): AmCode | undefined => {
    if (!within(m, date)) return undefined;
    if (m.regions && m.regions.length > 0) return m.regions.find((p) => within(p, date))?.amCode;
    return m.amCode;
  };

  const table: MunicipalityTable = {
    rows: frozen,
    getMunicipality: (gmCode) => byCode.get(gmCode),
    isMunicipalityValidOn(gmCode, date) {
      assertIsoDate(date, 'isMunicipalityValidOn');
      const m = byCode.get(gmCode);
      return m !== undefined && within(m, date);
    },
    municipalitiesOn(date) {
      assertIsoDate(date, 'municipalitiesOn');
      return frozen.filter((m) => within(m, date));
    },
    regionOfMunicipality(gmCode, date) {
      const m = byCode.get(gmCode);
      if (!m) return undefined;
      if (date === undefined) {
        // "Last known": the open-ended or latest membership period, else the row's amCode.
        const last = m.regions?.find((p) => p.validTo === undefined) ?? m.regions?.at(-1);
        return last?.amCode ?? m.amCode;
      }
      assertIsoDate(date, 'regionOfMunicipality');
      return regionOn(m, date);
    },
    municipalitiesInRegion(amCode, date) {
      assertIsoDate(date, 'municipalitiesInRegion');
      if (!isRegionValidOn(amCode, date)) return [];
      return frozen.filter((m) => regionOn(m, date) === amCode);
    },
    successorsOf(gmCode) {
      const m = byCode.get(gmCode);
      return (m?.successors ?? []).map((s) => byCode.get(s)).filter((s): s is Municipality => s !== undefined);
    },
    resolveMunicipalityOn(gmCode, date) {
      assertIsoDate(date, 'resolveMunicipalityOn');
      const out: Municipality[] = [];
      const seen = new Set<string>();
      const queue = [gmCode];
      while (queue.length > 0) {
        const code = queue.shift()!;
        if (seen.has(code)) continue;
        seen.add(code);
        const m = byCode.get(code);
        if (!m) continue;
        if (within(m, date)) out.push(m);
        // Only walk forward from a municipality that had already ended by `date`: one that
        // did not exist yet has nothing to hand over.
        else if (m.validTo !== undefined && m.validTo < date) queue.push(...(m.successors ?? []));
      }
      return out;
    },
  };
  return Object.freeze(table);
}

/**
 * Returns `base` with rows replaced by `changes` where the GM code matches, and the other
 * changes appended: the way to record a merger after this package version.
 *
 * @example
 * ```ts
 * const rows = overrideMunicipalityRows(MUNICIPALITY_ROWS, [
 *   { ...getMunicipality('GM0014')!, validTo: '2026-12-31', successors: ['GM9001'] },
 *   { gmCode: 'GM9001', name: 'Groot-Groningen', amCode: 'AM01', validFrom: '2027-01-01' },
 * ]);
 * ```
 *
 * @public
 */
export function overrideMunicipalityRows(base: readonly MunicipalityRow[], changes: readonly MunicipalityRow[]): MunicipalityRow[] {
  const byCode = new Map(changes.map((c) => [c.gmCode, c]));
  const out = base.map((r) => byCode.get(r.gmCode) ?? r);
  const present = new Set(base.map((r) => r.gmCode));
  for (const c of changes) if (!present.has(c.gmCode)) out.push(c);
  return out;
}

/**
 * The municipality table built from the data shipped with this package (reference date 2025-01-01).
 *
 * @public
 */
export const DEFAULT_MUNICIPALITY_TABLE: MunicipalityTable = createMunicipalityTable(MUNICIPALITY_ROWS);

/**
 * The municipality with this GM code in the shipped table, current or retired.
 *
 * @example
 * ```ts
 * getMunicipality('GM0518')?.name; // "'s-Gravenhage"
 * ```
 *
 * @public
 */
export function getMunicipality(gmCode: string): Municipality | undefined {
  return DEFAULT_MUNICIPALITY_TABLE.getMunicipality(gmCode);
}

/**
 * Whether the municipality exists on `date` in the shipped table (IDN-007).
 *
 * @throws TypeError when `date` is not `YYYY-MM-DD`
 * @example
 * ```ts
 * isMunicipalityValidOn('GM0457', '2022-03-23'); // true  (Weesp's last day)
 * isMunicipalityValidOn('GM0457', '2022-03-24'); // false (merged into Amsterdam)
 * ```
 *
 * @public
 */
export function isMunicipalityValidOn(gmCode: string, date: string): boolean {
  return DEFAULT_MUNICIPALITY_TABLE.isMunicipalityValidOn(gmCode, date);
}

/**
 * All municipalities that exist on `date` in the shipped table.
 *
 * @throws TypeError when `date` is not `YYYY-MM-DD`
 * @example
 * ```ts
 * municipalitiesOn('2025-01-01').length; // 342
 * ```
 *
 * @public
 */
export function municipalitiesOn(date: string): readonly Municipality[] {
  return DEFAULT_MUNICIPALITY_TABLE.municipalitiesOn(date);
}

/**
 * The labour-market region of a municipality in the shipped table.
 *
 * @remarks
 * With `date`, `undefined` when the municipality does not exist on that date. The shipped
 * regions are the 2025 ones (for merged municipalities: the region they last belonged to);
 * do not rely on them for dates long before 2025 (see `data/README.md`).
 *
 * @throws TypeError when `date` is given and not `YYYY-MM-DD`
 * @example
 * ```ts
 * regionOfMunicipality('GM0363', '2025-01-01'); // 'AM18'
 * ```
 *
 * @public
 */
export function regionOfMunicipality(gmCode: string, date?: string): AmCode | undefined {
  return DEFAULT_MUNICIPALITY_TABLE.regionOfMunicipality(gmCode, date);
}

/**
 * The municipalities of a region on `date` in the shipped table: use the signing date to
 * derive the municipalities covered by a region-wide declaration.
 *
 * @throws TypeError when `date` is not `YYYY-MM-DD`
 * @example
 * ```ts
 * municipalitiesInRegion('AM21', '2025-01-01').map((m) => m.gmCode); // 5 codes incl. 'GM0518'
 * ```
 *
 * @public
 */
export function municipalitiesInRegion(amCode: string, date: string): readonly Municipality[] {
  return DEFAULT_MUNICIPALITY_TABLE.municipalitiesInRegion(amCode, date);
}

/**
 * The direct successors of a retired municipality in the shipped table (several on a split).
 *
 * @example
 * ```ts
 * successorsOf('GM0457').map((m) => m.gmCode); // ['GM0363'] (Weesp → Amsterdam)
 * ```
 *
 * @public
 */
export function successorsOf(gmCode: string): readonly Municipality[] {
  return DEFAULT_MUNICIPALITY_TABLE.successorsOf(gmCode);
}

/**
 * Maps a possibly retired GM code to the municipalities that cover its area on `date`
 * (itself when still valid), following successive mergers, in the shipped table.
 *
 * @throws TypeError when `date` is not `YYYY-MM-DD`
 * @example
 * ```ts
 * resolveMunicipalityOn('GM0457', '2025-01-01').map((m) => m.gmCode); // ['GM0363']
 * ```
 *
 * @public
 */
export function resolveMunicipalityOn(gmCode: string, date: string): readonly Municipality[] {
  return DEFAULT_MUNICIPALITY_TABLE.resolveMunicipalityOn(gmCode, date);
}
