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
import { type FieldInfo, fieldCatalogue } from './fields.js';
import { aliasIndex, columnLetter } from './header-matching.js';
import type { MessageCode } from './messages.js';
import { maskBsnShapes } from './privacy.js';
import { type DecimalSeparator, foldKey } from './values.js';

/** Headers of the columns the adapter adds to report CSVs; ignored on re-import. */
export const REPORT_COLUMNS = { status: 'Importstatus', row: 'Rij (origineel)', issues: 'Meldingen' } as const;
const REPORT_KEYS = new Set(Object.values(REPORT_COLUMNS).map(foldKey));

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
  readonly mapped: readonly ColumnPlan[];
  /** Field path → its column, to place validation issues. */
  readonly byPath: ReadonlyMap<string, ColumnPlan>;
  /** Constant and default values, already converted: path segments and value. */
  readonly fixed: readonly { segments: readonly (string | number)[]; value: unknown }[];
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
  _locale: Locale,
): Plan {
  const catalogue = fieldCatalogue(definition);
  const byFieldPath = new Map(catalogue.map((f) => [f.path, f]));
  const problems: MappingProblem[] = [];
  const mappedColumns = new Map<string, { key: string; spec: ColumnMapping }>();
  for (const [key, value] of Object.entries(mapping?.columns ?? {})) {
    const spec: ColumnMapping = typeof value === 'string' ? { field: value } : value;
    if (!byFieldPath.has(spec.field)) {
      problems.push({
        path: `columns.${key}`,
        message: `onbekend veld ${JSON.stringify(spec.field)} voor ${definition.type}`,
        messageEn: `unknown field ${JSON.stringify(spec.field)} for ${definition.type}`,
      });
      continue;
    }
    mappedColumns.set(foldKey(key), { key, spec });
  }
  const constants = Object.entries(mapping?.constants ?? {});
  for (const [path] of constants) {
    if (!byFieldPath.has(path)) problems.push({ path: `constants.${path}`, message: `onbekend veld ${JSON.stringify(path)} voor ${definition.type}`, messageEn: `unknown field ${JSON.stringify(path)} for ${definition.type}` });
  }
  const ignore = new Set((mapping?.ignore ?? []).map(foldKey));
  const mask = new Set((mapping?.mask ?? []).map(foldKey));
  const index = aliasIndex(definition, mapping);

  const columns: ColumnPlan[] = [];
  const notes: PlanNote[] = [];
  const taken = new Map<string, ColumnPlan>();
  const seenMappingKeys = new Set<string>();
  headers.forEach((rawHeader, i) => {
    // Matched on the text as written; shown (reports, terminal) with BSN-shaped values masked,
    // for when a data row was taken for the header.
    const k = foldKey(rawHeader.trim());
    const header = maskBsnShapes(rawHeader.trim());
    const letter = columnLetter(i + 1);
    let field: FieldInfo | undefined;
    let matchedBy: ColumnReport['matchedBy'] = 'unmapped';
    let spec: ColumnMapping | undefined;
    if (k === '' || REPORT_KEYS.has(k)) matchedBy = 'ignored';
    else if (ignore.has(k)) {
      matchedBy = 'ignored';
      seenMappingKeys.add(k);
    } else if (mappedColumns.has(k)) {
      spec = mappedColumns.get(k)!.spec;
      field = byFieldPath.get(spec.field);
      matchedBy = 'mapping';
      seenMappingKeys.add(k);
    } else if (index.has(k)) {
      field = byFieldPath.get(index.get(k)!.path);
      matchedBy = index.get(k)!.by;
    }
    if (field && (taken.has(field.path) || constants.some(([p]) => p === field!.path))) {
      if (matchedBy === 'mapping' && taken.has(field.path) && taken.get(field.path)!.matchedBy === 'mapping') {
        problems.push({ path: `columns.${header}`, message: `veld ${field.path} is al gekoppeld aan een andere kolom`, messageEn: `field ${field.path} already has another column` });
      } else if (matchedBy === 'mapping' && constants.some(([p]) => p === field!.path)) {
        problems.push({ path: `columns.${header}`, message: `veld ${field.path} heeft ook een vaste waarde in constants`, messageEn: `field ${field.path} also has a value in constants` });
      }
      notes.push({ code: 'csv-duplicate-field', severity: 'warning', path: field.path, params: { field: field.path }, column: undefined });
      field = undefined;
      matchedBy = 'duplicate';
    }
    const restricted = (field?.restricted ?? false) || isRestrictedHeader(header) || mask.has(k);
    const values = spec?.values
      ? new Map(Object.entries(spec.values).flatMap(([vk, vv]) => [[vk.trim(), vv] as const, [foldKey(vk), vv] as const]))
      : undefined;
    const plan: ColumnPlan = {
      index: i,
      header,
      letter,
      field,
      restricted,
      matchedBy,
      convert: field ? converterFor(field, decimal, spec?.transform, mapping?.uuidNamespace) : undefined,
      values,
      whenEmpty: spec?.whenEmpty,
    };
    if (field) taken.set(field.path, plan);
    columns.push(plan);
    if (matchedBy === 'unmapped') notes.push({ code: 'csv-unmapped-column', severity: 'information', column: plan });
    if (matchedBy === 'duplicate') (notes[notes.length - 1] as { column?: ColumnPlan }).column = plan;
  });
  for (const [k, { key }] of mappedColumns) {
    if (!seenMappingKeys.has(k)) notes.push({ code: 'csv-mapped-column-absent', severity: 'warning', params: { column: key } });
  }

  // Constants and defaults: converted once, as a cell would be.
  const fixed: { segments: readonly (string | number)[]; value: unknown }[] = [];
  const conv: Conversion = { value: undefined, problem: undefined, problemParams: undefined, note: undefined, noteSeverity: 'warning' };
  for (const [path, value] of constants) {
    const field = byFieldPath.get(path);
    if (!field) continue;
    if (typeof value === 'string') {
      conv.problem = undefined;
      converterFor(field, decimal)(value.trim(), conv);
      if (conv.problem) {
        problems.push({ path: `constants.${path}`, message: `waarde past niet bij het veld (${conv.problem})`, messageEn: `value does not fit the field (${conv.problem})` });
        continue;
      }
      fixed.push({ segments: field.segments, value: conv.value });
    } else fixed.push({ segments: field.segments, value });
  }
  if (problems.length > 0) throw new MappingError({ nl: 'De mapping past niet bij dit documenttype.', en: 'The mapping does not fit this document type.' }, problems);

  const filled = new Set([...taken.keys(), ...constants.map(([p]) => p)]);
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
  for (const f of catalogue) {
    if (f.required && !filled.has(f.path)) notes.push({ code: 'csv-missing-column', severity: 'error', path: f.path, params: { field: f.path } });
  }

  const mapped = columns.filter((c) => c.field !== undefined);
  return {
    columns,
    mapped,
    byPath: new Map(mapped.map((c) => [c.field!.path, c])),
    fixed,
    notes,
    restrictedIndexes: columns.filter((c) => c.restricted).map((c) => c.index),
  };
}
