import { defineRule } from '../rule.js';

/**
 * LKD-002: a paid declaration records the payment, only a paid (or afterwards corrected)
 * declaration has one, and a payment that differs from the computed subsidy is flagged.
 */
export const LKD_002 = defineRule({
  id: 'LKD-002',
  appliesTo: 'WageCostSubsidyDeclaration',
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'Een betaalde declaratie legt de betaling vast; een afwijkend bedrag wordt gemeld',
  titleEn: 'A paid declaration records the payment; a differing amount is flagged',
  source: 'Brief §4.3 (lksProcess), R41',
  messages: {
    missing: { nl: 'Leg de betaling vast (datum en bedrag).', en: 'Record the payment (date and amount).' },
    notPaid: { nl: 'Alleen een betaalde declaratie heeft een betaling.', en: 'Only a paid declaration has a payment.' },
    differs: {
      nl: (p: { paid: number; computed: number }) =>
        `Het betaalde bedrag (${p.paid} cent) wijkt af van de berekende subsidie (${p.computed} cent).`,
      en: (p: { paid: number; computed: number }) =>
        `The amount paid (${p.paid} cents) differs from the computed subsidy (${p.computed} cents).`,
    },
  },
  check(d, ctx) {
    const payment = d.payment;
    if (d.status === 'PAID' && payment === undefined) ctx.report(['payment'], 'missing');
    if (payment === undefined) return;
    if (d.status !== 'PAID' && d.status !== 'CORRECTED') ctx.report(['payment'], 'notPaid');
    else if (payment.amountCents !== d.computed.amountCents)
      ctx.report(
        ['payment', 'amountCents'],
        'differs',
        { paid: payment.amountCents, computed: d.computed.amountCents },
        { severity: 'warning', code: 'LKD-002.amount-differs' },
      );
  },
});
