/**
 * The column plan: which column fills which field, how its text is converted, which columns
 * are restricted. Built once per file from the header row, the mapping and the built-in aliases.
 */
import { createHash } from 'node:crypto';
import type { DocumentDefinition, Locale } from '@banenafspraak/core';
import { STANDARD_VERSION, findMunicipalityByName, findRegionByName, normalizeBsn } from '@banenafspraak/core';
import { MappingError } from '../errors.js';
import type { ColumnMapping, Mapping } from '../mapping.js';
import type { ColumnReport } from '../types.js';
import { headerAliases, isRestrictedHeader, valueAliases } from './aliases.js';
import { type FieldInfo, fieldCatalogue } from './fields.js';
import { maskBsnShapes } from './privacy.js';
import type { MessageCode } from './messages.js';
import {
  type DecimalSeparator,
  foldKey,
  parseDutchBoolean,
  parseDutchDate,
  parseDutchDateTime,
  parseDutchNumber,
  parseEuroCents,
  parsePercentage,
} from './values.js';


/** Headers of the columns the adapter adds to report CSVs; ignored on re-import. */
export const REPORT_COLUMNS = { status: 'Importstatus', row: 'Rij (origineel)', issues: 'Meldingen' } as const;
const REPORT_KEYS = new Set(Object.values(REPORT_COLUMNS).map(foldKey));

/** What converting a cell produced: a value, or a problem, plus at most one note. */
export interface Conversion {
  value: unknown;
  problem: MessageCode | undefined;
  problemParams: Record<string, string> | undefined;
  note: MessageCode | undefined;
  noteSeverity: 'warning' | 'information';
}

export type Converter = (text: string, out: Conversion) => void;

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

/** Column letter as spreadsheets show it: 1 → A, 27 → AA. */
export function columnLetter(number: number): string {
  let n = number;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_UUID_NAMESPACE = '5d8c0b7e-2f7a-4c1e-9d3b-6a1f0e4b8c21';

/** RFC 4122 version-5 UUID of a name in a namespace. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function problem(out: Conversion, code: MessageCode, params?: Record<string, string>): void {
  out.value = undefined;
  out.problem = code;
  out.problemParams = params;
}

function note(out: Conversion, code: MessageCode, severity: 'warning' | 'information'): void {
  out.note = code;
  out.noteSeverity = severity;
}

/** Builds the converter of a field kind. */
export function converterFor(field: FieldInfo, decimal: DecimalSeparator, transform?: 'uuid', uuidNamespace?: string): Converter {
  if (transform === 'uuid') {
    const ns = uuidNamespace ?? DEFAULT_UUID_NAMESPACE;
    return (text, out) => {
      out.value = UUID.test(text) ? text.toLowerCase() : uuidV5(text, ns);
    };
  }
  const single = singleConverter(field, decimal);
  if (!field.list) return single;
  return (text, out) => {
    const values: unknown[] = [];
    for (const part of text.split(/[,;|\n]/)) {
      const t = part.trim();
      if (t === '') continue;
      single(t, out);
      if (out.problem) return;
      values.push(out.value);
    }
    out.value = values;
  };
}

function enumLookup(field: FieldInfo): Map<string, string> {
  const map = new Map<string, string>();
  const add = (key: string, code: string) => {
    const k = foldKey(key);
    if (k !== '' && !map.has(k)) map.set(k, code);
  };
  for (const code of field.codes ?? []) add(code, code);
  for (const e of field.codeList?.entries ?? []) {
    add(e.labelNl, e.code);
    add(e.labelEn, e.code);
  }
  const aliasTables = [field.codeList?.id, String(field.segments[field.segments.length - 1]) === 'status' ? 'Status' : undefined];
  for (const id of aliasTables) {
    if (!id) continue;
    for (const [k, code] of Object.entries(valueAliases(id))) if (field.codes?.includes(code)) add(k, code);
  }
  return map;
}

function singleConverter(field: FieldInfo, decimal: DecimalSeparator): Converter {
  switch (field.kind) {
    case 'date':
      return (text, out) => {
        const v = parseDutchDate(text);
        if (v === undefined) problem(out, 'csv-invalid-date');
        else out.value = v;
      };
    case 'datetime':
      return (text, out) => {
        const v = parseDutchDateTime(text);
        if (v === undefined) problem(out, 'csv-invalid-datetime');
        else out.value = v;
      };
    case 'number':
      return (text, out) => {
        const v = parseDutchNumber(text, decimal);
        if (v === undefined) problem(out, 'csv-invalid-number');
        else out.value = v;
      };
    case 'integer':
      return (text, out) => {
        const v = parseDutchNumber(text, decimal);
        if (v === undefined || !Number.isInteger(v)) problem(out, 'csv-invalid-integer');
        else out.value = v;
      };
    case 'cents':
      return (text, out) => {
        const v = parseEuroCents(text, decimal);
        if (v === undefined) problem(out, 'csv-invalid-amount');
        else out.value = v;
      };
    case 'percentage':
      return (text, out) => {
        const v = parsePercentage(text, decimal);
        if (v === undefined) problem(out, 'csv-invalid-percentage');
        else out.value = v;
      };
    case 'boolean':
      return (text, out) => {
        const v = parseDutchBoolean(text);
        if (v === undefined) problem(out, 'csv-invalid-boolean');
        else out.value = v;
      };
    case 'enum': {
      const lookup = enumLookup(field);
      const codes = (field.codes ?? []).join(', ');
      // Sheets repeat the same few words: remember what each spelling became.
      const seen = new Map<string, string | undefined>();
      return (text, out) => {
        let code = seen.get(text);
        if (code === undefined && !seen.has(text)) {
          code = lookup.get(text) ?? lookup.get(foldKey(text));
          if (seen.size < 10_000) seen.set(text, code);
        }
        if (code === undefined) problem(out, 'csv-unknown-code', { codes });
        else out.value = code;
      };
    }
    case 'am-code':
      return (text, out) => {
        if (/^AM\d{2}$/.test(text)) {
          out.value = text;
          return;
        }
        const r = findRegionByName(text);
        if (r.status === 'found') {
          out.value = r.code;
          if (r.matchedBy !== 'code') note(out, 'csv-name-resolved', 'information');
          else if (text.trim() !== r.code) note(out, 'csv-uppercased', 'warning');
        } else problem(out, 'csv-unknown-region');
      };
    case 'gm-code':
      return (text, out) => {
        if (/^GM\d{4}$/.test(text)) {
          out.value = text;
          return;
        }
        if (/^\s*gm\s*\d{4}\s*$/i.test(text)) {
          out.value = text.replace(/\s+/g, '').toUpperCase();
          note(out, 'csv-uppercased', 'warning');
          return;
        }
        const r = findMunicipalityByName(text);
        if (r.status === 'found') {
          out.value = r.code;
          note(out, 'csv-name-resolved', 'information');
        } else if (r.status === 'ambiguous') problem(out, 'csv-ambiguous-municipality');
        else problem(out, 'csv-unknown-municipality');
      };
    case 'bsn':
      return (text, out) => {
        let s = text;
        if (!/^\d+$/.test(s)) {
          const stripped = s.replace(/[\s.\-\u00a0]/g, '');
          if (stripped !== s && /^\d+$/.test(stripped)) {
            s = stripped;
            note(out, 'csv-spaces-removed', 'warning');
          }
        }
        if (s.length === 8 && /^\d{8}$/.test(s)) {
          s = normalizeBsn(s);
          note(out, 'csv-bsn-padded', 'warning');
        }
        out.value = s;
      };
    case 'digits':
      return (text, out) => {
        if (/^\d+$/.test(text)) {
          out.value = text;
          return;
        }
        const stripped = text.replace(/[\s.\-\u00a0]/g, '');
        if (stripped !== text && /^\d+$/.test(stripped)) {
          out.value = stripped;
          note(out, 'csv-spaces-removed', 'warning');
        } else out.value = text;
      };
    case 'uuid':
      return (text, out) => {
        if (UUID.test(text)) out.value = text.toLowerCase();
        else problem(out, 'csv-invalid-uuid');
      };
    default:
      return (text, out) => {
        out.value = text;
      };
  }
}

const aliasCache = new WeakMap<DocumentDefinition, Map<string, { path: string; by: ColumnReport['matchedBy'] }>>();

function aliasIndex(definition: DocumentDefinition, mapping: Mapping | undefined): Map<string, { path: string; by: ColumnReport['matchedBy'] }> {
  if (mapping?.useBuiltInAliases === false) return new Map();
  const cached = aliasCache.get(definition);
  if (cached) return cached;
  const index = new Map<string, { path: string; by: ColumnReport['matchedBy'] }>();
  for (const [path, aliases] of Object.entries(headerAliases(definition.type))) {
    for (const a of aliases) {
      const k = foldKey(a);
      if (!index.has(k)) index.set(k, { path, by: 'alias' });
    }
  }
  for (const f of fieldCatalogue(definition)) {
    const k = foldKey(f.path);
    if (!index.has(k)) index.set(k, { path: f.path, by: 'field-path' });
  }
  aliasCache.set(definition, index);
  return index;
}

/** Whether a row looks like a header for this type: how many cells are known headers. */
export function headerMatches(cells: readonly string[], definition: DocumentDefinition, mapping: Mapping | undefined): number {
  const index = aliasIndex(definition, mapping);
  const mapped = new Set(Object.keys(mapping?.columns ?? {}).map(foldKey));
  let n = 0;
  for (const c of cells) {
    const k = foldKey(c);
    if (k !== '' && (index.has(k) || mapped.has(k))) n++;
  }
  return n;
}

/** The built-in suggestion for a header, for `inspect`. */
export function suggestField(header: string, definition: DocumentDefinition): string | undefined {
  return aliasIndex(definition, undefined).get(foldKey(header))?.path;
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
  const problems: { path: string; message: string }[] = [];
  const mappedColumns = new Map<string, { key: string; spec: ColumnMapping }>();
  for (const [key, value] of Object.entries(mapping?.columns ?? {})) {
    const spec: ColumnMapping = typeof value === 'string' ? { field: value } : value;
    if (!byFieldPath.has(spec.field)) {
      problems.push({ path: `columns.${key}`, message: `onbekend veld ${JSON.stringify(spec.field)} voor ${definition.type}` });
      continue;
    }
    mappedColumns.set(foldKey(key), { key, spec });
  }
  const constants = Object.entries(mapping?.constants ?? {});
  for (const [path] of constants) {
    if (!byFieldPath.has(path)) problems.push({ path: `constants.${path}`, message: `onbekend veld ${JSON.stringify(path)} voor ${definition.type}` });
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
        problems.push({ path: `columns.${header}`, message: `veld ${field.path} is al gekoppeld aan een andere kolom` });
      } else if (matchedBy === 'mapping' && constants.some(([p]) => p === field!.path)) {
        problems.push({ path: `columns.${header}`, message: `veld ${field.path} heeft ook een vaste waarde in constants` });
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
        problems.push({ path: `constants.${path}`, message: `waarde past niet bij het veld (${conv.problem})` });
        continue;
      }
      fixed.push({ segments: field.segments, value: conv.value });
    } else fixed.push({ segments: field.segments, value });
  }
  if (problems.length > 0) throw new MappingError('De mapping past niet bij dit documenttype.', problems);

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
