/**
 * Header matching: which header names which field (the mapping's columns, the built-in Dutch
 * and English aliases, or the field path itself), and column letters as spreadsheets show them.
 */
import type { DocumentDefinition } from '@banenafspraak/core';
import type { Mapping } from '../mapping.js';
import type { ColumnReport } from '../types.js';
import { headerAliases } from './aliases.js';
import { fieldCatalogue } from './fields.js';
import { foldKey } from './values.js';

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

/** Folded header → the field it names and how. */
export type AliasIndex = ReadonlyMap<string, { path: string; by: ColumnReport['matchedBy'] }>;

/** Folded header → the field it names and how, for a document type (and mapping). */
export function aliasIndex(definition: DocumentDefinition, mapping: Mapping | undefined): AliasIndex {
  const index = new Map<string, { path: string; by: ColumnReport['matchedBy'] }>();
  if (mapping?.useBuiltInAliases === false) return index;
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
  return index;
}

/**
 * How much a row looks like a header for this type: a function that counts the cells that are
 * known headers. Build it once and use it for every row looked at.
 */
export function headerMatcher(definition: DocumentDefinition, mapping: Mapping | undefined): (cells: readonly string[]) => number {
  const index = aliasIndex(definition, mapping);
  const mapped = new Set(Object.keys(mapping?.columns ?? {}).map(foldKey));
  return (cells) => {
    let n = 0;
    for (const c of cells) {
      const k = foldKey(c);
      if (k !== '' && (index.has(k) || mapped.has(k))) n++;
    }
    return n;
  };
}
