import { defineRule } from '../rule.js';

/** LKD-004: a rejected declaration has a coded rejection reason; only a rejected one has it. */
export const LKD_004 = defineRule({
  id: 'LKD-004',
  appliesTo: 'WageCostSubsidyDeclaration',
  severity: 'error',
  titleNl: 'Een afgewezen declaratie heeft een redencode, en alleen die',
  titleEn: 'A rejected declaration has a reason code, and only a rejected one',
  source: 'Brief §4.3, §9 (codes, no free text)',
  messages: {
    missing: {
      nl: 'Geef met een redencode aan waarom de declaratie is afgewezen.',
      en: 'State with a reason code why the declaration was rejected.',
    },
    notRejected: {
      nl: 'Een redencode hoort alleen bij een afgewezen declaratie.',
      en: 'A rejection reason belongs only to a rejected declaration.',
    },
  },
  check(d, ctx) {
    if (d.status === 'REJECTED' && d.rejectionReason === undefined) ctx.report(['rejectionReason'], 'missing');
    if (d.status !== 'REJECTED' && d.rejectionReason !== undefined) ctx.report(['rejectionReason'], 'notRejected');
  },
});
