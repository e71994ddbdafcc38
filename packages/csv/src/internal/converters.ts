/**
 * Value converters: how the text of a cell becomes the value of a field of a given kind (date,
 * amount, code, BSN…), with at most one problem or note and never the text in a message.
 */
import { createHash } from 'node:crypto';
import { findMunicipalityByName, findRegionByName, normalizeBsn } from '@banenafspraak/core';
import { valueAliases } from './aliases.js';
import type { FieldInfo } from './fields.js';
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

/** What converting a cell produced: a value, or a problem, plus at most one note. */
export interface Conversion {
  value: unknown;
  problem: MessageCode | undefined;
  problemParams: Record<string, string> | undefined;
  note: MessageCode | undefined;
  noteSeverity: 'warning' | 'information';
}

export type Converter = (text: string, out: Conversion) => void;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_UUID_NAMESPACE = '5d8c0b7e-2f7a-4c1e-9d3b-6a1f0e4b8c21';

/** RFC 4122 version-5 UUID of a name in a namespace. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  // A SHA-1 digest has 20 bytes: bytes 6 and 8 are always there (version and variant bits).
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
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

/** Prefixes regions put before a region's name when they mean its employer service point. */
const SERVICE_POINT = /^(?:wsp|werkgeversservicepunt|werkgevers\s*servicepunt)\s+/i;

/**
 * The identifier of an organisation written in a cell: a code or number as the standard writes
 * it (AM22, GM0599, UWV, 8, 12 or 20 digits), or the CBS name of a municipality or region (a
 * WSP by its region's name). The scheme follows from the identifier's shape (`schemeOf`).
 */
function organisationId(text: string): { value: string; note?: MessageCode } | undefined {
  const t = text.trim();
  if (/^(?:AM\d{2}|GM\d{4}|UWV)$/.test(t)) return { value: t };
  if (/^(?:am\s*\d{2}|gm\s*\d{4}|uwv)$/i.test(t)) return { value: t.replace(/\s+/g, '').toUpperCase(), note: 'csv-uppercased' };
  const digits = t.replace(/[\s.\-\u00a0]/g, '');
  if (/^(?:\d{8}|\d{12}|\d{20})$/.test(digits)) return digits === t ? { value: t } : { value: digits, note: 'csv-spaces-removed' };
  const municipality = findMunicipalityByName(t);
  if (municipality.status === 'found') return { value: municipality.code, note: 'csv-name-resolved' };
  const region = findRegionByName(t.replace(SERVICE_POINT, ''));
  if (region.status === 'found') return { value: region.code, note: 'csv-name-resolved' };
  return undefined;
}

/** The `OrgRef` scheme an identifier's shape belongs to (see `organisationId`). */
export function schemeOf(value: string): string | undefined {
  if (/^AM\d{2}$/.test(value)) return 'AM';
  if (/^GM\d{4}$/.test(value)) return 'GM';
  if (value === 'UWV') return 'UWV';
  if (/^\d{8}$/.test(value)) return 'KVK';
  if (/^\d{12}$/.test(value)) return 'VESTIGING';
  if (/^\d{20}$/.test(value)) return 'OIN';
  return undefined;
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
    case 'org-id':
      return (text, out) => {
        const id = organisationId(text);
        if (id === undefined) problem(out, 'csv-unknown-organisation');
        else {
          out.value = id.value;
          if (id.note) note(out, id.note, id.note === 'csv-name-resolved' ? 'information' : 'warning');
        }
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
