import { computeJobEquivalent } from '../../calculators/job-equivalent.js';
import { TargetGroupBasisList } from '../../codelists/target-group-basis.js';
import { toDayNumber } from '../../reference-data/internal/iso-date.js';
import { defineRule } from '../rule.js';

/**
 * CNT-001: counting toward the banenafspraak uses paid hours of people with a basis that
 * counts, not contract hours (brief §10.2, R26). A declaration's job equivalent, when given, is
 * its paid hours per week of the period (paid hours × 7 / days) divided by 25.5, and 0 when the
 * basis does not count or is unknown.
 */
export const CNT_001 = defineRule({
  id: 'CNT-001',
  appliesTo: 'WageCostSubsidyDeclaration',
  severity: 'error',
  titleNl: 'Baanequivalenten tellen verloonde uren van personen met een meetellende grondslag',
  titleEn: 'Job equivalents count paid hours of persons with a counting basis',
  source: 'R26; brief §10.2',
  messages: {
    mismatch: {
      nl: (p: { expected: string }) => `Het baanequivalent volgt uit de verloonde uren van de periode: ${p.expected}.`,
      en: (p: { expected: string }) => `The job equivalent follows from the paid hours of the period: ${p.expected}.`,
    },
    notCounting: {
      nl: 'Zonder grondslag die meetelt voor de banenafspraak is het baanequivalent 0.',
      en: 'Without a basis that counts for the banenafspraak the job equivalent is 0.',
    },
  },
  check(d, ctx) {
    const given = d.counting?.jobEquivalent;
    if (given === undefined) return;
    const basis = d.counting?.basis;
    const counts = basis !== undefined && TargetGroupBasisList.get(basis)?.countsForJobAgreement === true;
    if (!counts) {
      if (given !== 0) ctx.report(['counting', 'jobEquivalent'], 'notCounting');
      return;
    }
    const days = toDayNumber(d.period.to) - toDayNumber(d.period.from) + 1;
    if (days <= 0) return; // an inverted period is LKD-003
    const expected = computeJobEquivalent((d.paidHours * 7) / days);
    if (Math.abs(expected - given) > 1e-6) ctx.report(['counting', 'jobEquivalent'], 'mismatch', { expected: expected.toFixed(4) });
  },
});
