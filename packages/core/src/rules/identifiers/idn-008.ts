import { SBI_2025_RECODING_DATE, isValidSbiCode } from '../../identifiers/sbi-code.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { ALL_DOCUMENT_TYPES, documentIndex, referenceDate } from './internal.js';

/**
 * IDN-008: an SBI code carries its version and an SBI 2025 code has 5 digits (error); an SBI
 * 2008 code on a record dated after the KVK re-coding of 2025-09-07 is information.
 *
 * @remarks
 * SBI codes are objects `{ version, code }`. Where a field is typed `SbiCode` the schema
 * rejects a missing version or a short SBI 2025 code; this rule reports those only for untyped
 * fields. The record's date is its reference date (see IDN-007); records carry no creation date.
 */
export const IDN_008 = defineRule<Record<string, any>>({
  id: 'IDN-008',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  titleNl: 'SBI-code heeft een versie; SBI 2025-code heeft 5 cijfers',
  titleEn: 'SBI code has a version; SBI_2025 code is 5 digits',
  source: 'R37',
  check(doc, ctx) {
    const sbi = documentIndex(doc, ctx).sbi;
    if (sbi.length === 0) return NO_FINDINGS;
    const date = referenceDate(doc, ctx.asOf);
    const out: RuleFinding[] = [];
    for (const { path, node, version: v } of sbi) {
      if (!isValidSbiCode(node)) {
        out.push(
          finding([...path, 'code'], 'SBI-code past niet bij de versie (SBI 2025: precies 5 cijfers).', 'SBI code does not fit its version (SBI 2025: exactly 5 digits).'),
        );
      } else if (v === 'SBI_2008' && date > SBI_2025_RECODING_DATE) {
        out.push(
          finding(
            [...path, 'version'],
            `SBI 2008-code op een record van na ${SBI_2025_RECODING_DATE}; KVK gebruikt sindsdien SBI 2025.`,
            `SBI 2008 code on a record dated after ${SBI_2025_RECODING_DATE}; KVK has used SBI 2025 since.`,
            { severity: 'information', code: 'IDN-008.sbi-2008' },
          ),
        );
      }
    }
    return out.length > 0 ? out : NO_FINDINGS;
  },
});
