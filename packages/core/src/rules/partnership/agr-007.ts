import type { PartnershipAgreement } from '../../documents/partnership-agreement.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * AGR-007: a `SIGNED` declaration of intent has at least one signatory, every signatory has a
 * `signedOn` date, and no signature date (nor the declaration's `signedOn`) lies after the
 * reference date.
 */
export const AGR_007 = defineRule<PartnershipAgreement>({
  id: 'AGR-007',
  appliesTo: ['PartnershipAgreement'],
  severity: 'error',
  titleNl: 'Ondertekende intentieverklaring: elke ondertekenaar heeft een datum, niet in de toekomst',
  titleEn: 'Signed declaration: every signatory has a signing date, none in the future',
  source: 'Brief §4.2',
  check(doc, ctx) {
    let out: RuleFinding[] | undefined;
    (doc.declarationsOfIntent ?? []).forEach((d, i) => {
      if (d.status !== 'SIGNED') return;
      if (d.signatories.length === 0)
        (out ??= []).push(
          finding(
            ['declarationsOfIntent', i, 'signatories'],
            'Een ondertekende intentieverklaring heeft minstens één ondertekenaar.',
            'A signed declaration has at least one signatory.',
          ),
        );
      d.signatories.forEach((s, j) => {
        const path = ['declarationsOfIntent', i, 'signatories', j, 'signedOn'];
        if (s.signedOn === undefined)
          (out ??= []).push(finding(path, 'Ondertekeningsdatum ontbreekt bij deze ondertekenaar.', 'This signatory has no signing date.'));
        else if (s.signedOn > ctx.asOf)
          (out ??= []).push(finding(path, `Ondertekeningsdatum ${s.signedOn} ligt in de toekomst.`, `Signing date ${s.signedOn} is in the future.`));
      });
      if (d.signedOn !== undefined && d.signedOn > ctx.asOf)
        (out ??= []).push(
          finding(
            ['declarationsOfIntent', i, 'signedOn'],
            `Ondertekeningsdatum ${d.signedOn} ligt in de toekomst.`,
            `Signing date ${d.signedOn} is in the future.`,
          ),
        );
    });
    return out ?? NO_FINDINGS;
  },
});
