/**
 * The column plan: which column fills which field, how its text is converted, which columns
 * are restricted. Built once per file from the header row, the mapping and the built-in aliases.
 */
import type { DocumentDefinition, Locale } from '@banenafspraak/core';
import { STANDARD_VERSION } from '@banenafspraak/core';
import { MappingError, type MappingProblem } from '../errors.js';
import type { ColumnMapping, Mapping } from '../mapping.js';
import type { ColumnReport } from '../types.js';
import { isRestrictedHeader } from './aliases.js';
import { type Conversion, type Converter, converterFor } from './converters.js';
import { isDerived, typeSupport } from './derived.js';
import { type FieldInfo, fieldCatalogue } from './fields.js';
import { aliasIndex, columnLetter } from './header-matching.js';
import type { MessageCode } from './messages.js';
import { maskBsnShapes } from './privacy.js';
import { type DecimalSeparator, foldKey } from './values.js';

/** Headers of the columns the adapter adds to report CSVs; ignored on re-import. */
export const REPORT_COLUMNS = { status: 'Importstatus', row: 'Rij (origineel)', issues: 'Meldingen' } as const;
/** The same columns in a report written with `locale: 'en'`. */
export const REPORT_COLUMNS_EN = { status: 'Import status', row: 'Row (original)', issues: 'Issues' } as const;
const REPORT_KEYS = new Set([...Object.values(REPORT_COLUMNS), ...Object.values(REPORT_COLUMNS_EN)].map(foldKey));

/**
 * Whether a row is the header of a report or invalid-rows CSV this package wrote (in either
 * language): it has the report's own row and issues columns.
 */
export function isReportHeader(cells: readonly string[]): boolean {
  const folded = new Set(cells.map((c) => foldKey(c.trim())));
  return [REPORT_COLUMNS, REPORT_COLUMNS_EN].some((names) => folded.has(foldKey(names.row)) && folded.has(foldKey(names.issues)));
}

/** One column of the sheet. */
export interface ColumnPlan {
  readonly index: number;
  readonly header: string;
  readonly letter: string;
  readonly field: FieldInfo | undefined;
  readonly restricted: boolean;
  readonly matchedBy: ColumnReport['matchedBy'];
  readonly convert: Converter | undefined;
  /** Value translations, folded keys. */
  readonly values: Map<string, string | number | boolean> | undefined;
  readonly whenEmpty: string | number | boolean | undefined;
  /** Values set together with this column's field when its cell is filled (`with`). */
  readonly with: readonly FixedValue[] | undefined;
}

/** A column that fills a field. */
export interface MappedColumn extends ColumnPlan {
  readonly field: FieldInfo;
  readonly convert: Converter;
}

/** A value at a path, converted once (constants, defaults and `with` values). */
export interface FixedValue {
  readonly segments: readonly (string | number)[];
  readonly value: unknown;
}

/** The column a mapping key names by letter (`C`, `AB`) or position (`#3`), within the header's width. */
function columnAt(key: string, width: number): number | undefined {
  const position = /^#(\d+)$/.exec(key);
  let n: number | undefined;
  if (position) n = Number(position[1]);
  else if (/^[A-Z]{1,3}$/.test(key)) n = [...key].reduce((acc, ch) => acc * 26 + (ch.charCodeAt(0) - 64), 0);
  return n !== undefined && n >= 1 && n <= width ? n - 1 : undefined;
}

/** File-level finding while planning. */
export interface PlanNote {
  readonly code: MessageCode;
  readonly severity: 'error' | 'warning' | 'information';
  readonly column?: ColumnPlan;
  readonly path?: string;
  readonly params?: Record<string, string>;
}

export interface Plan {
  readonly columns: readonly ColumnPlan[];
  /** Mapped columns only, in sheet order. */
  readonly mapped: readonly MappedColumn[];
  /** Field path → its column, to place validation issues. */
  readonly byPath: ReadonlyMap<string, MappedColumn>;
  /** Constant and default values, already converted: path segments and value. */
  readonly fixed: readonly FixedValue[];
  readonly notes: readonly PlanNote[];
  readonly restrictedIndexes: readonly number[];
}

/**
 * Builds the plan for a header row.
 *
 * @throws {@link MappingError} when the mapping names unknown fields, maps a field twice or has
 *   a constant that does not convert
 */
export function buildPlan(
  headers: readonly string[],
  definition: DocumentDefinition,
  mapping: Mapping | undefined,
  decimal: DecimalSeparator,
  locale: Locale,
): Plan {
  const catalogue = fieldCatalogue(definition);
  const byFieldPath = new Map(catalogue.map((f) => [f.path, f]));
  const problems: MappingProblem[] = [];
  const notes: PlanNote[] = [];
  const unknownField = (where: string, path: string) =>
    problems.push({
      path: where,
      message: `onbekend veld ${JSON.stringify(path)} voor ${definition.type}`,
      messageEn: `unknown field ${JSON.stringify(path)} for ${definition.type}`,
    });

  // Converts a constant as a cell would be (constants, and a column's `with` values).
  const conv: Conversion = { value: undefined, problem: undefined, problemParams: undefined, note: undefined, noteSeverity: 'warning' };
  const fixedValue = (where: string, path: string, value: string | number | boolean): FixedValue | undefined => {
    const field = byFieldPath.get(path);
    if (!field) {
      unknownField(where, path);
      return undefined;
    }
    if (typeof value !== 'string') return { segments: field.segments, value };
    conv.problem = undefined;
    converterFor(field, decimal)(value.trim(), conv);
    if (conv.problem) {
      problems.push({
        path: where,
        message: `waarde past niet bij het veld (${conv.problem})`,
        messageEn: `value does not fit the field (${conv.problem})`,
      });
      return undefined;
    }
    return { segments: field.segments, value: conv.value };
  };

  // Mapping keys → columns: the header, or (for duplicate headers) the column letter `C` or
  // the position `#3`. A key may list several fields: one column feeds them all.
  const folded = headers.map((h) => foldKey(h.trim()));
  const specsByColumn = new Map<number, ColumnMapping[]>();
  for (const [key, value] of Object.entries(mapping?.columns ?? {})) {
    const specs = (Array.isArray(value) ? value : [value]).map((v): ColumnMapping => (typeof v === 'string' ? { field: v } : v));
    const unknown = specs.filter((spec) => !byFieldPath.has(spec.field));
    for (const spec of unknown) unknownField(`columns.${key}`, spec.field);
    if (unknown.length > 0) continue;
    const k = foldKey(key);
    let targets = k === '' ? [] : folded.flatMap((f, i) => (f === k ? [i] : []));
    if (targets.length === 0) {
      const at = columnAt(key, headers.length);
      if (at !== undefined) targets = [at];
    }
    const [target, ...others] = targets;
    if (target === undefined) {
      notes.push({ code: 'csv-mapped-column-absent', severity: 'warning', params: { column: key } });
      continue;
    }
    if (others.length > 0) {
      const letters = targets.map((t) => columnLetter(t + 1));
      problems.push({
        path: `columns.${key}`,
        message: `kolom ${JSON.stringify(key)} staat ${targets.length} keer in de kopregel (kolommen ${letters.join(', ')}); gebruik als sleutel de kolomletter (${letters.map((l) => JSON.stringify(l)).join(' of ')}) of de positie (${JSON.stringify(`#${target + 1}`)})`,
        messageEn: `column ${JSON.stringify(key)} appears ${targets.length} times in the header row (columns ${letters.join(', ')}); use the column letter (${letters.map((l) => JSON.stringify(l)).join(' or ')}) or the position (${JSON.stringify(`#${target + 1}`)}) as the key`,
      });
      continue;
    }
    const list = specsByColumn.get(target) ?? [];
    list.push(...specs);
    specsByColumn.set(target, list);
  }
  const constants = Object.entries(mapping?.constants ?? {});
  const ignore = new Set((mapping?.ignore ?? []).map(foldKey));
  const mask = new Set((mapping?.mask ?? []).map(foldKey));
  const index = aliasIndex(definition, mapping);
  const support = typeSupport(definition.type);

  const columns: ColumnPlan[] = [];
  /** Columns that fill a field, including the second and later fields of a column that feeds several. */
  const mapped: MappedColumn[] = [];
  const taken = new Map<string, ColumnPlan>();
  const withPaths: string[] = [];
  headers.forEach((rawHeader, i) => {
    // Matched on the text as written; shown (reports, terminal) with BSN-shaped values masked,
    // for when a data row was taken for the header.
    const k = foldKey(rawHeader.trim());
    const header = maskBsnShapes(rawHeader.trim(), locale);
    const letter = columnLetter(i + 1);
    const specs: (ColumnMapping | undefined)[] = specsByColumn.get(i) ?? [undefined];
    specs.forEach((spec, n) => {
      let field: FieldInfo | undefined;
      let matchedBy: ColumnReport['matchedBy'] = 'unmapped';
      if (spec) {
        field = byFieldPath.get(spec.field);
        matchedBy = 'mapping';
      } else if (k === '' || REPORT_KEYS.has(k) || ignore.has(k)) matchedBy = 'ignored';
      else {
        const alias = index.get(k);
        if (alias) {
          field = byFieldPath.get(alias.path);
          matchedBy = alias.by;
        }
      }
      const path = field?.path;
      const constant = constants.some(([p]) => p === path);
      // A column's values stay masked when it turns out to duplicate a restricted field.
      // A contact moment has no place for notes or names: a column without a field may hold them.
      const restricted =
        (field?.restricted ?? false) ||
        isRestrictedHeader(header) ||
        mask.has(k) ||
        (support.maskUnmapped && !field && matchedBy !== 'duplicate');
      let duplicate: string | undefined;
      if (field && (taken.has(field.path) || constant)) {
        if (matchedBy === 'mapping' && taken.get(field.path)?.matchedBy === 'mapping') {
          problems.push({
            path: `columns.${header}`,
            message: `veld ${field.path} is al gekoppeld aan een andere kolom`,
            messageEn: `field ${field.path} already has another column`,
          });
        } else if (matchedBy === 'mapping' && constant) {
          problems.push({
            path: `columns.${header}`,
            message: `veld ${field.path} heeft ook een vaste waarde in constants`,
            messageEn: `field ${field.path} also has a value in constants`,
          });
        }
        duplicate = field.path;
        field = undefined;
        matchedBy = 'duplicate';
      }
      const values = spec?.values
        ? new Map(Object.entries(spec.values).flatMap(([vk, vv]) => [[vk.trim(), vv] as const, [foldKey(vk), vv] as const]))
        : undefined;
      const together = Object.entries(spec?.with ?? {}).flatMap(([path, value]) => {
        withPaths.push(path);
        const f = fixedValue(`columns.${header}.with.${path}`, path, value);
        return f ? [f] : [];
      });
      const common = {
        index: i,
        header,
        letter,
        restricted,
        matchedBy,
        values,
        whenEmpty: spec?.whenEmpty,
        with: together.length > 0 ? together : undefined,
      };
      let plan: ColumnPlan = { ...common, field: undefined, convert: undefined };
      if (field) {
        const read = support.reads[field.path];
        const convert = converterFor(read ? { ...field, ...read } : field, decimal, spec?.transform, mapping?.uuidNamespace);
        const filling: MappedColumn = { ...common, field, convert };
        taken.set(field.path, filling);
        mapped.push(filling);
        plan = filling;
      }
      if (n === 0) columns.push(plan);
      if (duplicate !== undefined)
        notes.push({ code: 'csv-duplicate-field', severity: 'warning', path: duplicate, params: { field: duplicate }, column: plan });
      if (matchedBy === 'unmapped')
        notes.push(
          support.maskUnmapped
            ? { code: 'csv-unmapped-column-masked', severity: 'warning', column: plan }
            : { code: 'csv-unmapped-column', severity: 'information', column: plan },
        );
    });
  });

  // Constants and defaults: converted once, as a cell would be.
  const fixed: FixedValue[] = [];
  for (const [path, value] of constants) {
    const f = fixedValue(`constants.${path}`, path, value);
    if (f) fixed.push(f);
  }
  if (problems.length > 0)
    throw new MappingError(
      { nl: 'De mapping past niet bij dit documenttype.', en: 'The mapping does not fit this document type.' },
      problems,
    );

  const filled = new Set([...taken.keys(), ...constants.map(([p]) => p), ...withPaths]);
  for (const f of catalogue) {
    if (filled.has(f.path)) continue;
    if (f.literal !== undefined) {
      fixed.push({ segments: f.segments, value: f.path === 'standardVersion' ? STANDARD_VERSION : f.literal });
      filled.add(f.path);
    } else if (f.path === 'confidentiality') {
      fixed.push({ segments: f.segments, value: definition.defaultConfidentiality });
      filled.add(f.path);
    }
  }
  // The importer's own defaults for the type (a coach organisation's scheme is KVK), and the
  // fields it computes (an LKS declaration's subsidy): no column needed for them.
  for (const [path, value] of Object.entries(support.defaults)) {
    const f = byFieldPath.get(path);
    if (!f || filled.has(path)) continue;
    fixed.push({ segments: f.segments, value });
    filled.add(path);
  }
  for (const f of catalogue) {
    if (f.required && !filled.has(f.path) && !isDerived(support, f.path))
      notes.push({ code: 'csv-missing-column', severity: 'error', path: f.path, params: { field: f.path } });
  }
  for (const [path, code] of Object.entries(support.noteWhenDerived)) {
    if (!filled.has(path)) notes.push({ code, severity: 'information', path });
  }

  mapped.sort((x, y) => x.index - y.index);
  return {
    columns,
    mapped,
    byPath: new Map(mapped.map((c) => [c.field.path, c])),
    fixed,
    notes,
    restrictedIndexes: columns.filter((c) => c.restricted).map((c) => c.index),
  };
}
