import { isValidSbiCode, SBI_2025_RECODING_DATE } from '../../identifiers/sbi-code.js';
import { ALL_DOCUMENT_TYPES } from '../document-types.js';
import { defineRule } from '../rule.js';

/**
 * IDN-008: an SBI code carries its version and an SBI 2025 code has 5 digits (error); an SBI
 * 2008 code on a record dated after the KVK re-coding of 2025-09-07 is information.
 *
 * @remarks
 * SBI codes are objects `{ version, code }`. Where a field is typed `SbiCode` the schema
 * rejects a missing version or a short SBI 2025 code; this rule reports those only for untyped
 * fields. The record's date is its reference date (see IDN-007); records carry no creation date.
 */
export const IDN_008 = defineRule({
  id: 'IDN-008',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  otherSeverities: ['information'],
  titleNl: 'SBI-code heeft een versie; SBI 2025-code heeft 5 cijfers',
  titleEn: 'SBI code has a version; SBI_2025 code is 5 digits',
  source: 'R37',
  messages: {
    code: {
      nl: 'SBI-code past niet bij de versie (SBI 2025: precies 5 cijfers).',
      en: 'SBI code does not fit its version (SBI 2025: exactly 5 digits).',
    },
    sbi2008: {
      nl: `SBI 2008-code op een record van na ${SBI_2025_RECODING_DATE}; KVK gebruikt sindsdien SBI 2025.`,
      en: `SBI 2008 code on a record dated after ${SBI_2025_RECODING_DATE}; KVK has used SBI 2025 since.`,
    },
  },
  check(_doc, ctx) {
    for (const { path, node, version } of ctx.facts.identifiers.sbi) {
      if (!isValidSbiCode(node)) ctx.report([...path, 'code'], 'code');
      else if (version === 'SBI_2008' && ctx.facts.referenceDate > SBI_2025_RECODING_DATE)
        ctx.report([...path, 'version'], 'sbi2008', undefined, { severity: 'information', code: 'IDN-008.sbi-2008' });
    }
  },
});
