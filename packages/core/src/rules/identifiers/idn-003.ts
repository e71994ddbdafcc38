import { isValidEstablishmentNumber } from '../../identifiers/establishment-number.js';
import { isValidKvkNumber } from '../../identifiers/kvk-number.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { ALL_DOCUMENT_TYPES, documentIndex } from './internal.js';

/**
 * IDN-003: a KvK number has 8 digits, a vestigingsnummer 12.
 *
 * @remarks
 * Typed fields (`kvkNumber`, `establishment`) fail the structure check already; this rule
 * checks organisation references (`OrgRef`) with scheme `KVK` or `VESTIGING`, whose `value`
 * the schema does not type.
 */
export const IDN_003 = defineRule<unknown>({
  id: 'IDN-003',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  titleNl: 'KvK-nummer 8 cijfers; vestigingsnummer 12 cijfers',
  titleEn: 'KvK number 8 digits; establishment number 12 digits',
  source: 'R34',
  check(doc, ctx) {
    const refs = documentIndex(doc, ctx).orgRefs;
    let out: RuleFinding[] | undefined;
    for (let i = 0; i < refs.length; i++) {
      const { path, scheme, value } = refs[i]!;
      if (scheme === 'KVK' && !isValidKvkNumber(value))
        (out ??= []).push(finding(path, 'KvK-nummer moet uit precies 8 cijfers bestaan.', 'A KvK number has exactly 8 digits.'));
      else if (scheme === 'VESTIGING' && !isValidEstablishmentNumber(value))
        (out ??= []).push(finding(path, 'Vestigingsnummer moet uit precies 12 cijfers bestaan.', 'An establishment number has exactly 12 digits.'));
    }
    return out ?? NO_FINDINGS;
  },
});
