import { type AmCode, type LabourMarketRegionEntry, LabourMarketRegionList } from './labour-market-region.js';
import { DEFAULT_MUNICIPALITY_TABLE, type Municipality, type MunicipalityTable } from './municipality.js';

/**
 * How a name matched.
 *
 * @public
 */
export type NameMatchKind =
  /** The input was the code itself (`GM0363`, `AM22`). */
  | 'code'
  /** The official (CBS) name, after normalisation. */
  | 'name'
  /** A known variant such as "Den Haag" or "Food Valley". */
  | 'alias'
  /** The official name without its CBS suffix: "Hengelo" for "Hengelo (O.)". */
  | 'name-without-suffix';

/**
 * Result of {@link findMunicipalityByName}. The caller decides what to do with a retired municipality.
 *
 * @public
 */
export type MunicipalityLookupResult =
  | {
      readonly status: 'found';
      /** The GM code. */
      readonly code: string;
      /** The CBS name. */
      readonly name: string;
      readonly municipality: Municipality;
      readonly matchedBy: NameMatchKind;
      /**
       * `true` when the municipality had ended: on `asOf` when given, otherwise at all (it has
       * a `validTo`). Map it with `successors` or `resolveMunicipalityOn`.
       */
      readonly retired: boolean;
      /** Whether it exists on `asOf`; present only when `asOf` was given. */
      readonly validOnAsOf?: boolean;
      /** Direct successors (several on a split); empty for a municipality that still exists. */
      readonly successors: readonly Municipality[];
    }
  | { readonly status: 'ambiguous'; readonly candidates: readonly Municipality[] }
  | { readonly status: 'not-found' };

/**
 * Result of {@link findRegionByName}.
 *
 * @public
 */
export type RegionLookupResult =
  | {
      readonly status: 'found';
      readonly code: AmCode;
      /** The CBS 2025 name. */
      readonly name: string;
      readonly region: LabourMarketRegionEntry;
      readonly matchedBy: NameMatchKind;
    }
  | { readonly status: 'ambiguous'; readonly candidates: readonly LabourMarketRegionEntry[] }
  | { readonly status: 'not-found' };

/**
 * Options of {@link findMunicipalityByName}.
 *
 * @public
 */
export interface FindMunicipalityOptions {
  /**
   * Reference date (ISO `YYYY-MM-DD`): municipalities that exist on it are preferred. Without
   * it every municipality in the table counts equally; today's date is never assumed.
   */
  readonly asOf?: string;
  /** The municipality table to search; the shipped one by default. */
  readonly table?: MunicipalityTable;
}

/**
 * Options of {@link findRegionByName}.
 *
 * @public
 */
export interface FindRegionOptions {
  /** Reference date (ISO `YYYY-MM-DD`): regions that exist on it are preferred. */
  readonly asOf?: string;
}

/**
 * Folds a name to a comparison key: no diacritics, no case, no punctuation and no spaces,
 * so "’s-Hertogenbosch", "s Hertogenbosch" and "'S-HERTOGENBOSCH" meet, as do "FoodValley"
 * and "Food Valley". Dots and apostrophes vanish so that "N.H." equals "NH".
 */
function tokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´.]/g, '')
    .replace(/&/g, ' en ')
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}
const compact = (parts: readonly string[]): string => parts.join('');

function dropLeading(parts: string[], words: readonly (readonly string[])[]): string[] {
  for (const w of words) {
    if (parts.length > w.length && w.every((t, i) => parts[i] === t)) return parts.slice(w.length);
  }
  return parts;
}

// --- municipalities -------------------------------------------------------------------------

// CBS suffixes are province abbreviations; spreadsheets write them in several ways.
const PROVINCE_VARIANTS: Record<string, readonly string[]> = {
  nh: ['nh', 'noord holland'],
  l: ['l', 'lb', 'limburg'],
  o: ['o', 'ov', 'overijssel'],
  zh: ['zh', 'zuid holland'],
  z: ['z', 'zld', 'zeeland'],
  gld: ['gld', 'gelderland'],
  nb: ['nb', 'noord brabant'],
  u: ['u', 'ut', 'utrecht'],
  fr: ['fr', 'friesland', 'fryslan'],
  gr: ['gr', 'groningen'],
  dr: ['dr', 'drenthe'],
  fl: ['fl', 'flevoland'],
};

/**
 * Common names that are not the CBS name, keyed by GM code. Exonyms and pre-Frisian spellings
 * are how municipalities are named in employers' spreadsheets.
 */
const MUNICIPALITY_ALIASES: Record<string, readonly string[]> = {
  GM0518: ['Den Haag', 'The Hague', 'Gravenhage'],
  GM0796: ['Den Bosch', 'Hertogenbosch'],
  GM0820: ['Nuenen', 'Nuenen c.a.'],
  GM0737: ['Tietjerksteradeel'],
  GM1891: ['Dantumadeel'],
  GM1722: ['Ferwerderadeel'],
  GM1940: ['De Friese Meren'],
  GM1900: ['Zuidwest-Friesland'],
  GM1970: ['Noordoost-Friesland'],
};

const MUNICIPALITY_PREFIXES = [['gemeente'], ['gem']] as const;

interface MunicipalityIndex {
  /** Full keys: name, name with each suffix variant, aliases. */
  readonly full: Map<string, Map<string, NameMatchKind>>;
  /** Names without their CBS suffix, only for names that have one. */
  readonly base: Map<string, Set<string>>;
}

const indexCache = new WeakMap<MunicipalityTable, MunicipalityIndex>();

function municipalityIndex(table: MunicipalityTable): MunicipalityIndex {
  const cached = indexCache.get(table);
  if (cached) return cached;
  const full = new Map<string, Map<string, NameMatchKind>>();
  const base = new Map<string, Set<string>>();
  const addFull = (key: string, code: string, kind: NameMatchKind) => {
    if (key === '') return;
    const m = full.get(key) ?? new Map<string, NameMatchKind>();
    // An exact name beats an alias for the same code.
    if (!m.has(code) || kind === 'name') m.set(code, kind);
    full.set(key, m);
  };
  for (const row of table.rows) {
    const suffixed = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(row.name);
    addFull(compact(tokens(row.name)), row.gmCode, 'name');
    if (suffixed) {
      // Both groups always take part in a match.
      const [, baseName = '', qualifierName = ''] = suffixed;
      const baseTokens = tokens(baseName);
      const qualifier = compact(tokens(qualifierName));
      for (const variant of PROVINCE_VARIANTS[qualifier] ?? [qualifier]) {
        addFull(compact([...baseTokens, ...tokens(variant)]), row.gmCode, 'name');
      }
      const b = compact(baseTokens);
      base.set(b, (base.get(b) ?? new Set()).add(row.gmCode));
    }
    for (const alias of [...(MUNICIPALITY_ALIASES[row.gmCode] ?? []), ...(row.aliases ?? [])]) {
      addFull(compact(tokens(alias)), row.gmCode, 'alias');
    }
  }
  const index = { full, base };
  indexCache.set(table, index);
  return index;
}

function within(m: { validFrom?: string; validTo?: string }, date: string): boolean {
  return (m.validFrom === undefined || m.validFrom <= date) && (m.validTo === undefined || date <= m.validTo);
}

/** Of several candidates, keep those valid on `asOf` when there are any. */
function preferValid<T extends { validFrom?: string; validTo?: string }>(items: readonly T[], asOf?: string): readonly T[] {
  if (asOf === undefined) return items;
  const valid = items.filter((i) => within(i, asOf));
  return valid.length > 0 ? valid : items;
}

function assertAsOf(asOf: string | undefined, fn: string): void {
  if (asOf !== undefined && (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf))) {
    throw new TypeError(`${fn}: asOf must be an ISO date YYYY-MM-DD`);
  }
}

/**
 * Finds a municipality by the name a spreadsheet uses for it.
 *
 * @remarks
 * Tolerant of case, diacritics, punctuation, surrounding spaces, a leading "Gemeente", and
 * common variants ("Den Haag", "The Hague", "Den Bosch"). CBS suffixes are optional and may
 * be written as "(NH.)", "NH" or "Noord-Holland"; without one, a name shared by several
 * municipalities ("Bergen") is `ambiguous` rather than guessed. A GM code is accepted too.
 * A merged municipality's old name is `found` with `retired: true` and its `successors`:
 * the caller decides whether to map it (rule IDN-007 makes that a warning).
 *
 * @throws TypeError when `asOf` is given and not `YYYY-MM-DD`
 *
 * @example
 * ```ts
 * findMunicipalityByName('Den Haag'); // { status: 'found', code: 'GM0518', name: "'s-Gravenhage", … }
 * findMunicipalityByName('Bergen'); // { status: 'ambiguous', candidates: [Bergen (NH.), Bergen (L.)] }
 * findMunicipalityByName('Weesp', { asOf: '2025-01-01' }); // found GM0457, retired, successors [Amsterdam]
 * ```
 *
 * @public
 */
export function findMunicipalityByName(name: string, options: FindMunicipalityOptions = {}): MunicipalityLookupResult {
  const { asOf, table = DEFAULT_MUNICIPALITY_TABLE } = options;
  assertAsOf(asOf, 'findMunicipalityByName');
  if (typeof name !== 'string') return { status: 'not-found' };

  const byCode = /^\s*(gm)\s*(\d{4})\s*$/i.exec(name);
  if (byCode) {
    const m = table.getMunicipality(`GM${byCode[2]}`);
    return m ? found(m, 'code') : { status: 'not-found' };
  }

  const parts = dropLeading(tokens(name), MUNICIPALITY_PREFIXES);
  const key = compact(parts);
  if (key === '') return { status: 'not-found' };
  const index = municipalityIndex(table);

  const fullHits = index.full.get(key);
  if (fullHits) return decide([...fullHits.entries()]);
  const baseHits = index.base.get(key);
  if (baseHits) return decide([...baseHits].map((c) => [c, 'name-without-suffix'] as const));
  return { status: 'not-found' };

  function decide(hits: readonly (readonly [string, NameMatchKind])[]): MunicipalityLookupResult {
    const kinds = new Map(hits);
    const candidates = preferValid(
      hits.map(([c]) => table.getMunicipality(c)).filter((m): m is Municipality => m !== undefined),
      asOf,
    );
    const [only, ...others] = candidates;
    const kind = only && kinds.get(only.gmCode);
    if (only && kind && others.length === 0) return found(only, kind);
    return { status: 'ambiguous', candidates };
  }

  function found(m: Municipality, matchedBy: NameMatchKind): MunicipalityLookupResult {
    const retired = asOf === undefined ? m.validTo !== undefined : m.validTo !== undefined && m.validTo < asOf;
    return {
      status: 'found',
      code: m.gmCode,
      name: m.name,
      municipality: m,
      matchedBy,
      retired,
      ...(asOf === undefined ? {} : { validOnAsOf: within(m, asOf) }),
      successors: table.successorsOf(m.gmCode),
    };
  }
}

// --- regions --------------------------------------------------------------------------------

// "Arbeidsmarktregio Rijnmond", "Regio Rijnmond" and "Rijnmond" are the same region; the
// CBS name "Regio Zwolle" itself starts with "Regio", so both sides are stripped.
const REGION_PREFIXES = [['arbeidsmarktregio'], ['arbeidsmarkt', 'regio'], ['regio']] as const;
const regionKey = (name: string): string => compact(dropLeading(tokens(name), REGION_PREFIXES));

function buildRegionIndex(): ReadonlyMap<string, ReadonlyMap<AmCode, NameMatchKind>> {
  const index = new Map<string, Map<AmCode, NameMatchKind>>();
  const add = (key: string, code: AmCode, kind: NameMatchKind) => {
    if (key === '') return;
    const m = index.get(key) ?? new Map<AmCode, NameMatchKind>();
    if (!m.has(code) || kind === 'name') m.set(code, kind);
    index.set(key, m);
  };
  for (const e of LabourMarketRegionList.entries) {
    add(regionKey(e.name), e.code, 'name');
    add(compact(tokens(e.name)), e.code, 'name');
    for (const a of e.aliases) add(regionKey(a), e.code, 'alias');
  }
  return index;
}

/** Region names and aliases by lookup key: built once from the shipped code list, never changed. */
const REGION_INDEX = /* @__PURE__ */ buildRegionIndex();

/**
 * Finds a labour-market region by name (or by its `AMnn` code).
 *
 * @remarks
 * Tolerant like {@link findMunicipalityByName}, and of a leading "Regio" / "Arbeidsmarktregio".
 * Knows the brief's older names beside the CBS 2025 names: "Food Valley" (FoodValley),
 * "Stedendriehoek en Noordwest Veluwe" (Veluwe Stedendriehoek), "Gooi- en Vechtstreek",
 * "Zwolle" (Regio Zwolle).
 *
 * @throws TypeError when `asOf` is given and not `YYYY-MM-DD`
 *
 * @example
 * ```ts
 * findRegionByName('Food Valley'); // { status: 'found', code: 'AM38', name: 'FoodValley', … }
 * findRegionByName('Regio Rijnmond'); // found AM22
 * ```
 *
 * @public
 */
export function findRegionByName(name: string, options: FindRegionOptions = {}): RegionLookupResult {
  const { asOf } = options;
  assertAsOf(asOf, 'findRegionByName');
  if (typeof name !== 'string') return { status: 'not-found' };

  const byCode = /^\s*(am)\s*(\d{2})\s*$/i.exec(name);
  if (byCode) {
    const e = LabourMarketRegionList.get(`AM${byCode[2]}`);
    return e ? { status: 'found', code: e.code, name: e.name, region: e, matchedBy: 'code' } : { status: 'not-found' };
  }

  const index = REGION_INDEX;
  const hits = index.get(regionKey(name)) ?? index.get(compact(tokens(name)));
  if (!hits) return { status: 'not-found' };
  const candidates = preferValid(
    [...hits.keys()].map((c) => LabourMarketRegionList.get(c)).filter((e): e is LabourMarketRegionEntry => e !== undefined),
    asOf,
  );
  const [e, ...others] = candidates;
  const matchedBy = e && hits.get(e.code);
  if (!e || !matchedBy || others.length > 0) return { status: 'ambiguous', candidates };
  return { status: 'found', code: e.code, name: e.name, region: e, matchedBy };
}
