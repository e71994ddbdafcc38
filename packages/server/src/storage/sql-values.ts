// Statement parameters and row values shared by the PostgreSQL storage's modules.
import type { StoredDocument as Doc } from '../document.js';

/** Collects positional parameters for one statement. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

// Drivers differ: `pg` returns int8 as a string and timestamptz as a Date; PGlite returns
// numbers. Parse explicitly so both give the same result.
export const int = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : typeof v === 'string' ? Number.parseInt(v, 10) : Number(v));
export const iso = (v: unknown): string =>
  v instanceof Date ? v.toISOString() : typeof v === 'string' && v.endsWith('Z') && v.length === 24 ? v : new Date(String(v)).toISOString();
export const json = (v: unknown): Doc => (typeof v === 'string' ? JSON.parse(v) : (v as Doc));
