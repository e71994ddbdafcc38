/**
 * Names of fields for people: the standard's Dutch header (the one `template()` writes) in
 * Dutch, the field path (the standard's English identifier) in English. A list slot after the
 * first gets its number: `Voorziening (2)`.
 */
import type { Locale } from '@banenafspraak/core';
import { headerAliases } from './aliases.js';

/**
 * Dutch names of the groups of fields that rules report on as a whole (LKD-002 about the
 * payment, JCR-002 about the period) and that have no column of their own.
 */
const GROUP_LABELS: Readonly<Record<string, string>> = {
  period: 'Periode',
  payment: 'Betaling',
  computed: 'Berekende loonkostensubsidie',
  counting: 'Telling banenafspraak',
  goalProgress: 'Voortgang per doel',
  contract: 'Contract',
  trial: 'Proefplaatsing',
  employer: 'Werkgever',
  organisation: 'Organisatie',
  candidate: 'Kandidaat',
};

/** The label of a field path (`contract.hourlyWageCents`, `instruments.1.status`), or `undefined` for the document itself. */
export function fieldLabel(documentType: string, path: string, locale: Locale): string | undefined {
  if (path === '') return undefined;
  if (locale === 'en') return path;
  const aliases = headerAliases(documentType);
  const own = aliases[path]?.[0] ?? GROUP_LABELS[path];
  if (own !== undefined) return own;
  // Another slot of a list: the first slot's header with the slot's number.
  const slot = /\.(\d+)(?=\.|$)/.exec(path);
  if (slot) {
    const first = aliases[path.replace(/\.\d+(?=\.|$)/, '.0')]?.[0];
    if (first !== undefined) return `${first} (${Number(slot[1]) + 1})`;
  }
  // One value of a list cell (`topics.1`): the cell's header with the value's number.
  const item = /^(.+)\.(\d+)$/.exec(path);
  const list = item?.[1] !== undefined ? aliases[item[1]]?.[0] : undefined;
  if (list !== undefined) return `${list} (${Number(item?.[2]) + 1})`;
  // A field inside one that has a header (`contract` → its first column's header is not it):
  // the nearest parent with a header, then the path's own last name.
  const segments = path.split('.');
  for (let n = segments.length - 1; n > 0; n--) {
    const parent = aliases[segments.slice(0, n).join('.')]?.[0];
    if (parent !== undefined) return `${parent}: ${segments.slice(n).join('.')}`;
  }
  return path;
}

/**
 * The importer's code for one of core's structural issue codes: report keys are rule ids or
 * `csv-…` codes, never a validation library's own (`too_big`, `custom`, `invalid_format`).
 */
export function importerCode(code: string): string {
  if (code.startsWith('csv-') || /^[A-Z]{2,4}-\d{3}$/.test(code)) return code;
  switch (code) {
    case 'required':
      return 'csv-required';
    case 'too_big':
      return 'csv-too-large';
    case 'too_small':
      return 'csv-too-small';
    case 'invalid_format':
      return 'csv-invalid-format';
    case 'invalid_type':
      return 'csv-invalid-type';
    case 'invalid_value':
    case 'custom':
      return 'csv-invalid-value';
    case 'unrecognized_keys':
      return 'csv-unknown-field';
    default:
      return `csv-${code.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
  }
}
