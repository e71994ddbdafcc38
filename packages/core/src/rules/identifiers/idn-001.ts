import { isValidBsn } from '../../identifiers/bsn.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { ALL_DOCUMENT_TYPES, documentIndex } from './internal.js';

/**
 * IDN-001: a BSN has 9 digits, passes the 11-proef and is not all zeros.
 *
 * @remarks
 * Fields typed with the `Bsn` schema (the placement's `candidate.identity.bsn`) already fail
 * the structure check, so this rule only reports BSNs in fields without that schema. It never
 * repeats the value.
 */
export const IDN_001 = defineRule<unknown>({
  id: 'IDN-001',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  titleNl: 'BSN: 9 cijfers, elfproef, niet allemaal nullen',
  titleEn: 'BSN: 9 digits, 11-proef, not all zeros',
  source: 'R33',
  check(doc, ctx) {
    const bsn = documentIndex(doc, ctx).bsn;
    let out: RuleFinding[] | undefined;
    for (let i = 0; i < bsn.length; i++) {
      const { path, value } = bsn[i]!;
      if (!isValidBsn(value))
        (out ??= []).push(finding(path, 'BSN is ongeldig (9 cijfers en elfproef vereist).', 'BSN is invalid (9 digits passing the 11-proef required).'));
    }
    return out ?? NO_FINDINGS;
  },
});
