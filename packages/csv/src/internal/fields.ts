/**
 * The field catalogue of a document type, read from core's zod schema: every leaf a spreadsheet
 * cell can fill, with its flat path (`contract.hourlyWageCents`, `instruments.0.status`) and the
 * kind of value it takes. The schema stays the single source of truth.
 */

import { type CodeList, type DocumentDefinition, getCodeList } from '@banenafspraak/core';
import * as z from 'zod';

/** How a cell's text becomes a value. */
export type FieldKind =
  | 'string'
  | 'uuid'
  | 'date'
  | 'datetime'
  | 'number'
  | 'integer'
  | 'cents'
  | 'percentage'
  | 'boolean'
  | 'enum'
  | 'bsn'
  | 'gm-code'
  | 'am-code'
  | 'org-id'
  | 'digits';

/** One leaf field a column can map to. */
export interface FieldInfo {
  /** Dot path with numeric array indexes, e.g. `instruments.0.period.from`. */
  readonly path: string;
  /** The path as segments, numbers for array indexes. */
  readonly segments: readonly (string | number)[];
  readonly kind: FieldKind;
  /** Allowed codes for `enum` fields. */
  readonly codes?: readonly string[];
  /** The code list behind an `enum`, when core publishes one (for labels). */
  readonly codeList?: CodeList;
  /** Required when all its parents are present: non-optional all the way up. */
  readonly required: boolean;
  /** A list of values in one cell (`targetGroupPreference`). */
  readonly list: boolean;
  /** Exact digit count for identifiers that lost leading zeros (`kvkNumber`: 8). */
  readonly digits?: number;
  /** Literal value the schema fixes (`documentType`). */
  readonly literal?: unknown;
  /** Whether the field is privacy-restricted (definition's `restrictedPaths`, BSN). */
  readonly restricted: boolean;
}

type AnySchema = z.core.$ZodType;

function def(s: AnySchema): z.core.$ZodTypeDef & Record<string, unknown> {
  return (s as unknown as { _zod: { def: z.core.$ZodTypeDef & Record<string, unknown> } })._zod.def;
}

/** The `.meta({ id })` of a schema or of the schema it was derived from by `.describe()`. */
function metaId(s: AnySchema): string | undefined {
  let cur: AnySchema | undefined = s;
  for (let depth = 0; cur && depth < 10; depth++) {
    const m = z.globalRegistry.get(cur as z.ZodType) as { id?: string } | undefined;
    if (m?.id) return m.id;
    cur = (cur as unknown as { _zod: { parent?: AnySchema } })._zod.parent;
  }
  return undefined;
}

/** How many array elements of objects get columns (`instruments.0` … `instruments.2`). */
const ARRAY_SLOTS: Record<string, number> = { mainTasks: 5 };
const DEFAULT_ARRAY_SLOTS = 3;

const DIGIT_IDS: Record<string, number> = { KvkNumber: 8, EstablishmentNumber: 12, Rsin: 9, Oin: 20 };

function isRestricted(path: string, restricted: readonly string[]): boolean {
  const generic = path.replace(/\.\d+(?=\.|$)/g, '.*');
  for (const r of restricted) {
    if (path === r || generic === r || path.startsWith(`${r}.`) || generic.startsWith(`${r}.`)) return true;
  }
  return false;
}

/**
 * Walks a document schema into its leaf fields.
 *
 * @remarks
 * Objects become dotted paths, arrays of objects get a few numbered slots, arrays of codes or
 * strings are one cell with a list. Records (`extensions`) and status histories are not
 * spreadsheet material and are left out.
 */
export function fieldCatalogue(definition: DocumentDefinition): readonly FieldInfo[] {
  const out: FieldInfo[] = [];
  const restricted = [...definition.restrictedPaths, 'candidate.identity.bsn'];
  const visit = (schema: AnySchema, segments: (string | number)[], required: boolean, list: boolean) => {
    const d = def(schema);
    const path = segments.join('.');
    const push = (info: Omit<FieldInfo, 'path' | 'segments' | 'required' | 'list' | 'restricted'>) =>
      out.push({ path, segments: [...segments], required, list, restricted: isRestricted(path, restricted), ...info });
    const id = metaId(schema);
    switch (d.type) {
      case 'optional':
      case 'default':
      case 'prefault':
      case 'nullable':
        return visit(d.innerType as AnySchema, segments, d.type === 'nullable' ? required : false, list);
      case 'pipe':
        return visit(d.in as AnySchema, segments, required, list);
      case 'object': {
        const shape = d.shape as Record<string, AnySchema>;
        for (const [key, child] of Object.entries(shape)) visit(child, [...segments, key], required, list);
        return;
      }
      case 'array': {
        const element = d.element as AnySchema;
        const et = def(element).type;
        if (list) return;
        if (et === 'object' || et === 'optional') {
          // Arrays inside array slots (computed provenance) are not spreadsheet material.
          if (segments.some((x) => typeof x === 'number')) return;
          const last = segments[segments.length - 1];
          if (last === 'statusHistory') return;
          const slots = ARRAY_SLOTS[String(last)] ?? DEFAULT_ARRAY_SLOTS;
          for (let i = 0; i < slots; i++) visit(element, [...segments, i], required && i === 0, false);
          return;
        }
        return visit(element, segments, required, true);
      }
      case 'literal': {
        const values = d.values as unknown[];
        return push({ kind: 'string', literal: values[0] });
      }
      case 'enum': {
        const codes = Object.values(d.entries as Record<string, string>);
        if (id === 'AmCode') return push({ kind: 'am-code', codes });
        const codeList = id ? getCodeList(id) : undefined;
        return push({ kind: 'enum', codes, ...(codeList ? { codeList } : {}) });
      }
      case 'boolean':
        return push({ kind: 'boolean' });
      case 'number': {
        const key = String(segments[segments.length - 1] ?? '');
        const integer = (schema as unknown as { format?: string }).format === 'safeint' || (d as { format?: string }).format === 'safeint';
        if (/Cents$/.test(key)) return push({ kind: 'cents' });
        if (/Pct$/.test(key)) return push({ kind: 'percentage' });
        return push({ kind: integer ? 'integer' : 'number' });
      }
      case 'string': {
        const format = (schema as unknown as { format?: string | null }).format ?? undefined;
        if (id === 'Bsn') return push({ kind: 'bsn', digits: 9 });
        if (id === 'GmCode') return push({ kind: 'gm-code' });
        const digits = id ? DIGIT_IDS[id] : undefined;
        if (digits !== undefined) return push({ kind: 'digits', digits });
        if (format === 'uuid' || format === 'guid') return push({ kind: 'uuid' });
        if (format === 'date') return push({ kind: 'date' });
        if (format === 'datetime') return push({ kind: 'datetime' });
        return push({ kind: 'string' });
      }
      default:
        // records, unions, unknown: not a cell
        return;
    }
  };
  visit(definition.schema as AnySchema, [], true, false);
  return out;
}
