import { isValidEstablishmentNumber } from '../../identifiers/establishment-number.js';
import { isValidKvkNumber } from '../../identifiers/kvk-number.js';
import { ALL_DOCUMENT_TYPES } from '../document-types.js';
import { defineRule } from '../rule.js';

/**
 * IDN-003: a KvK number has 8 digits, a vestigingsnummer 12.
 *
 * @remarks
 * Typed fields (`kvkNumber`, `establishment`) fail the structure check already; this rule
 * checks organisation references (`OrgRef`) with scheme `KVK` or `VESTIGING`, whose `value`
 * the schema does not type.
 */
export const IDN_003 = defineRule({
  id: 'IDN-003',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  titleNl: 'KvK-nummer 8 cijfers; vestigingsnummer 12 cijfers',
  titleEn: 'KvK number 8 digits; establishment number 12 digits',
  source: 'R34',
  messages: {
    kvk: { nl: 'KvK-nummer moet uit precies 8 cijfers bestaan.', en: 'A KvK number has exactly 8 digits.' },
    establishment: { nl: 'Vestigingsnummer moet uit precies 12 cijfers bestaan.', en: 'An establishment number has exactly 12 digits.' },
  },
  check(_doc, ctx) {
    for (const { path, scheme, value } of ctx.facts.identifiers.orgRefs) {
      if (scheme === 'KVK' && !isValidKvkNumber(value)) ctx.report(path, 'kvk');
      else if (scheme === 'VESTIGING' && !isValidEstablishmentNumber(value)) ctx.report(path, 'establishment');
    }
  },
});
