import { DEFAULT_ROUNDING_MODE, toCents } from '../../calculators/common.js';
import { exactLksForPeriod } from '../../calculators/wage-cost-subsidy.js';
import { defineRule } from '../rule.js';

const rowKey = (p: { tableId: string; validFrom: string; value: string }) => `${p.tableId}|${p.validFrom}|${p.value}`;

/**
 * LKD-001: the subsidy of a declaration is what the standard's LKS calculator gives for the
 * period, the paid hours, the wage and the wage value (brief §8.4; a period crossing a
 * parameter boundary is split, REF-003), within 1 cent, and the declaration lists exactly the
 * parameter rows that computation used (REF-001), so it can be audited and recomputed.
 */
export const LKD_001 = defineRule({
  id: 'LKD-001',
  appliesTo: 'WageCostSubsidyDeclaration',
  severity: 'error',
  titleNl: 'Het gedeclareerde bedrag is de herberekende loonkostensubsidie met de gebruikte parameters',
  titleEn: 'The declared amount is the recomputed wage-cost subsidy with the parameters used',
  source: 'Brief §8, §8.4; R10, R11, R12',
  messages: {
    amount: {
      nl: (p: { expected: number }) => `Het berekende bedrag wijkt af van de herberekening (${p.expected} cent) met meer dan 1 cent.`,
      en: (p: { expected: number }) => `The computed amount differs from the recomputation (${p.expected} cents) by more than 1 cent.`,
    },
    parameters: {
      nl: 'De gebruikte parameters wijken af van de rijen die voor deze periode gelden.',
      en: 'The parameters used differ from the rows that apply to this period.',
    },
    // The calculator explains both cases in both languages.
    notEligible: { nl: (p: { nl: string; en: string }) => p.nl, en: (p: { nl: string; en: string }) => p.en },
    cannotCompute: { nl: (p: { nl: string; en: string }) => p.nl, en: (p: { nl: string; en: string }) => p.en },
  },
  check(d, ctx) {
    // The exact figures of the calculator's computation, without formatting each part.
    const r = exactLksForPeriod({
      period: d.period,
      paidHours: d.paidHours,
      wageValuePct: d.wageValuePct,
      hourlyWageCents: d.hourlyWageCents,
      wageIncludesHolidayPay: d.wageIncludesHolidayPay,
      includeHolidayPay: d.includeHolidayPay ?? false,
      referenceData: ctx.referenceData,
    });
    if (!r.ok) {
      ctx.report(
        r.code === 'INVALID_INPUT' ? ['period'] : ['computed'],
        'cannotCompute',
        { nl: r.message, en: r.messageEn },
        { code: `LKD-001.${r.code}` },
      );
      return;
    }
    if (!r.eligible) {
      ctx.report(['wageValuePct'], 'notEligible', { nl: r.message, en: r.messageEn }, { code: `LKD-001.${r.reason}` });
      return;
    }
    const expected = toCents(r.total, DEFAULT_ROUNDING_MODE);
    if (Math.abs(expected - d.computed.amountCents) > 1) ctx.report(['computed', 'amountCents'], 'amount', { expected });
    const rows = new Set(r.parametersUsed.map(rowKey));
    const given = new Set(d.computed.parametersUsed.map(rowKey));
    if (rows.size !== given.size || [...rows].some((k) => !given.has(k))) ctx.report(['computed', 'parametersUsed'], 'parameters');
  },
});
