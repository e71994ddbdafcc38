import { defineRule } from '../rule.js';

/**
 * LKD-003: the declared period is a period (start ≤ end) and, once submitted, lies in the past:
 * paid hours are known only from the payroll after the period.
 */
export const LKD_003 = defineRule({
  id: 'LKD-003',
  appliesTo: 'WageCostSubsidyDeclaration',
  severity: 'error',
  titleNl: 'De gedeclareerde periode is afgelopen en het einde ligt niet vóór het begin',
  titleEn: 'The declared period has ended and does not end before it starts',
  source: 'Brief §8 (period date), §10.2 (paid hours from the payroll)',
  messages: {
    inverted: { nl: 'Het einde van de periode ligt vóór het begin.', en: 'The period ends before it starts.' },
    notEnded: {
      nl: (p: { to: string }) => `Declareer pas na afloop van de periode (${p.to}); verloonde uren zijn dan bekend.`,
      en: (p: { to: string }) => `Declare after the period has ended (${p.to}); paid hours are known then.`,
    },
  },
  check(d, ctx) {
    if (d.period.to < d.period.from) ctx.report(['period', 'to'], 'inverted');
    else if (d.status !== 'DRAFT' && d.period.to >= ctx.asOf) ctx.report(['period', 'to'], 'notEnded', { to: d.period.to });
  },
});
