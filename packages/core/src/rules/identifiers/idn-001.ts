import { isValidBsn } from '../../identifiers/bsn.js';
import { ALL_DOCUMENT_TYPES } from '../document-types.js';
import { defineRule } from '../rule.js';

/**
 * IDN-001: a BSN has 9 digits, passes the 11-proef and is not all zeros.
 *
 * @remarks
 * Fields typed with the `Bsn` schema (the placement's `candidate.identity.bsn`) already fail
 * the structure check, so this rule only reports BSNs in fields without that schema. It never
 * repeats the value.
 */
export const IDN_001 = defineRule({
  id: 'IDN-001',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  titleNl: 'BSN: 9 cijfers, elfproef, niet allemaal nullen',
  titleEn: 'BSN: 9 digits, 11-proef, not all zeros',
  source: 'R33',
  messages: {
    invalid: { nl: 'BSN is ongeldig (9 cijfers en elfproef vereist).', en: 'BSN is invalid (9 digits passing the 11-proef required).' },
  },
  check(_doc, ctx) {
    for (const { path, value } of ctx.facts.identifiers.bsn) if (!isValidBsn(value)) ctx.report(path, 'invalid');
  },
});
