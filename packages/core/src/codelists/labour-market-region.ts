import * as z from 'zod';
import { hasIsoDateShape } from '../reference-data/internal/iso-date.js';
import { LABOUR_MARKET_REGION_ROWS } from './data/labour-market-regions.js';
import { type CodeListEntry, defineCodeList } from './define.js';

/**
 * A CBS labour-market region code (`AMnn`), one of the 35 that exist.
 *
 * @public
 */
export type AmCode = (typeof LABOUR_MARKET_REGION_ROWS)[number]['amCode'];

/**
 * One labour-market region (*arbeidsmarktregio*) in {@link LabourMarketRegionList}.
 *
 * @public
 */
export interface LabourMarketRegionEntry extends CodeListEntry<AmCode> {
  /** CBS 2025 name (also in `labelNl`; `labelEn` is the same proper name). */
  readonly name: string;
  /** The name the project brief (§2.1, CBS 83553NED) uses, when it differs from the CBS 2025 name. */
  readonly briefName?: string;
  /** Other names seen in spreadsheets; used by `findRegionByName`. */
  readonly aliases: readonly string[];
  /** GM code of the lead municipality (*centrumgemeente*), when the brief names one. */
  readonly centralMunicipality?: string;
  /**
   * Always `true`: no official list of centrumgemeenten was found (brief §2.1), so this
   * field must not drive anything that has legal effect.
   */
  readonly centralMunicipalityUnverified: true;
  /** Extra doubt about the centrumgemeente, copied from the brief's `?` marks. */
  readonly centralMunicipalityNote?: string;
  /** Number of member municipalities on 2025-01-01 (a cross-check of the municipality table). */
  readonly municipalities2025: number;
}

interface BriefInfo {
  readonly briefName?: string;
  readonly aliases?: readonly string[];
  readonly central?: string;
  readonly note?: string;
}

// Hand-maintained from BRIEF §2.1: not in the CBS files, so not generated. The GM codes were
// looked up in data/municipalities.csv; a test checks each lies in its own region.
const BRIEF: Record<AmCode, BriefInfo> = {
  AM01: { central: 'GM0014' },
  AM02: { central: 'GM0080', aliases: ['Fryslân'] },
  AM03: { central: 'GM0114' },
  AM05: { central: 'GM0153' },
  AM06: {
    briefName: 'Stedendriehoek en Noordwest Veluwe',
    aliases: ['Stedendriehoek en Noordwest-Veluwe', 'Stedendriehoek'],
    central: 'GM0200',
  },
  AM07: { central: 'GM0202' },
  AM08: { central: 'GM0268' },
  AM09: { central: 'GM0222' },
  AM10: { central: 'GM0281' },
  AM11: { central: 'GM0034' },
  AM12: { briefName: 'Gooi- en Vechtstreek', central: 'GM0402' },
  AM13: { central: 'GM0344' },
  AM14: { central: 'GM0307' },
  AM15: { central: 'GM0361', note: 'Alkmaar is marked with extra doubt (?) in the brief.' },
  AM17: { central: 'GM0479' },
  AM18: { central: 'GM0363' },
  AM19: { central: 'GM0546' },
  AM20: { central: 'GM0513' },
  AM21: { central: 'GM0518' },
  AM22: { central: 'GM0599' },
  AM23: { central: 'GM0505' },
  AM24: { note: 'Unknown: Vlissingen (GM0718) or Middelburg (GM0687), per the brief.' },
  AM25: { central: 'GM0758' },
  AM26: { central: 'GM0855' },
  AM27: { central: 'GM0796' },
  AM28: { central: 'GM0772' },
  AM29: { central: 'GM0983' },
  AM30: { note: 'Unknown: Heerlen (GM0917) or Maastricht (GM0935), per the brief.' },
  AM32: { central: 'GM0794' },
  AM33: { central: 'GM0957' },
  AM34: { central: 'GM0637' },
  AM35: { central: 'GM0512' },
  AM36: { briefName: 'Zwolle', central: 'GM0193' },
  AM37: { central: 'GM0392' },
  AM38: { briefName: 'Food Valley', central: 'GM0228' },
};

// The generated rows carry validFrom/validTo only when the CSV has them; this view lets us
// read both without the literal types getting in the way.
const ROWS: readonly {
  readonly amCode: AmCode;
  readonly name: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly municipalities2025: number;
}[] = LABOUR_MARKET_REGION_ROWS;

const ENTRIES: readonly LabourMarketRegionEntry[] = ROWS.map((r) => {
  const b = BRIEF[r.amCode];
  return {
    code: r.amCode,
    labelNl: r.name,
    labelEn: r.name,
    name: r.name,
    ...(r.validFrom ? { validFrom: r.validFrom } : {}),
    ...(r.validTo ? { validTo: r.validTo } : {}),
    source: 'CBS/PDOK arbeidsmarktregio 2025 (R36); see data/README.md',
    ...(b.briefName ? { briefName: b.briefName } : {}),
    aliases: [...(b.briefName ? [b.briefName] : []), ...(b.aliases ?? [])],
    ...(b.central ? { centralMunicipality: b.central } : {}),
    centralMunicipalityUnverified: true,
    ...(b.note ? { centralMunicipalityNote: b.note } : {}),
    municipalities2025: r.municipalities2025,
  };
});

/**
 * The 35 labour-market regions (*arbeidsmarktregio's*), keyed on the CBS `AMnn` code.
 *
 * @remarks
 * Codes are not contiguous: `AM04`, `AM16` and `AM31` do not exist. Names are the CBS 2025
 * names; the brief's older names are in `briefName`/`aliases`. Key on the code, never on the
 * name: names differ between sources and years.
 *
 * @example
 * ```ts
 * LabourMarketRegionList.label('AM38'); // 'FoodValley'
 * LabourMarketRegionList.get('AM22')?.centralMunicipality; // 'GM0599' (unverified)
 * ```
 *
 * @public
 */
export const LabourMarketRegionList = defineCodeList({
  id: 'LabourMarketRegion',
  titleNl: 'Arbeidsmarktregio',
  titleEn: 'Labour-market region',
  source: 'CBS Gebieden in Nederland / arbeidsmarktregio 2025 (R36)',
  entries: ENTRIES,
});

const AM_SHAPE = /^AM\d{2}$/;
const AM_CODES: readonly AmCode[] = ROWS.map((r) => r.amCode);
const AM_CODE_SET: ReadonlySet<string> = new Set(AM_CODES);

/**
 * zod schema of an AM code: `^AM\d{2}$` and one of the 35 existing region codes.
 *
 * @remarks
 * Whether the region exists on a given date is {@link isRegionValidOn}; the schema has no
 * date. Error messages never repeat the input.
 *
 * @example
 * ```ts
 * AmCode.parse('AM22'); // 'AM22'
 * AmCode.safeParse('AM04').success; // false: AM04 does not exist
 * ```
 *
 * @public
 */
export const AmCode = z
  .enum(AM_CODES as unknown as [AmCode, ...AmCode[]], {
    // One schema, two messages: the shape and the set fail for different reasons, and the
    // person fixing a spreadsheet needs to know which.
    error: (issue) =>
      typeof issue.input === 'string' && AM_SHAPE.test(issue.input)
        ? 'Arbeidsmarktregiocode bestaat niet (onbekende AM-code)'
        : 'Arbeidsmarktregiocode moet de vorm AMnn hebben (AM + 2 cijfers)',
  })
  .meta({
    id: 'AmCode',
    title: 'Arbeidsmarktregiocode',
    description:
      'CBS code of a labour-market region (arbeidsmarktregio): AM followed by 2 digits, one of the 35 existing codes. AM04, AM16 and AM31 do not exist.',
    examples: ['AM22', 'AM36'],
  });

/**
 * Whether a value is one of the 35 AM codes (agrees with {@link AmCode}).
 *
 * @example
 * ```ts
 * isValidAmCode('AM18'); // true
 * isValidAmCode('AM39'); // false
 * ```
 *
 * @public
 */
export function isValidAmCode(value: unknown): value is AmCode {
  return typeof value === 'string' && AM_CODE_SET.has(value);
}

function assertIsoDate(date: string, fn: string): void {
  // Dates are compared as strings, which is only correct for YYYY-MM-DD; a Date object or a
  // Dutch 1-1-2025 would silently give wrong answers, so refuse them.
  if (!hasIsoDateShape(date)) {
    throw new TypeError(`${fn}: date must be an ISO date YYYY-MM-DD`);
  }
}

/**
 * Whether an AM code names a region that exists on the given date.
 *
 * @param amCode - the region code, e.g. `AM22`
 * @param date - ISO date `YYYY-MM-DD`; never defaults to today (REF-001)
 * @throws TypeError when `date` is not `YYYY-MM-DD`
 *
 * @example
 * ```ts
 * isRegionValidOn('AM22', '2025-01-01'); // true
 * isRegionValidOn('AM04', '2025-01-01'); // false
 * ```
 *
 * @public
 */
export function isRegionValidOn(amCode: string, date: string): boolean {
  assertIsoDate(date, 'isRegionValidOn');
  const entry = LabourMarketRegionList.get(amCode);
  if (!entry) return false;
  return (entry.validFrom === undefined || entry.validFrom <= date) && (entry.validTo === undefined || date <= entry.validTo);
}
