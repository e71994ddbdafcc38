import { defineRule } from '../rule.js';

/**
 * PLN-001: the plan period lies within the partnership's lifetime, and does not end before it
 * starts.
 *
 * @remarks
 * The partnership is a separate document; the plan shows its lifetime through the optional
 * `partnershipPeriod` (copied by the server or the sender). Without it only the order of the
 * plan's own dates is checked.
 */
export const PLN_001 = defineRule({
  id: 'PLN-001',
  appliesTo: 'ExecutionPlan',
  severity: 'error',
  titleNl: 'Planperiode ligt binnen de looptijd van de samenwerkingsrelatie',
  titleEn: "Plan period lies within the partnership's lifetime",
  source: 'Brief §4.4',
  reads: [['period'], ['partnershipPeriod']],
  messages: {
    order: {
      nl: (p: { from: string; to: string }) => `Het plan eindigt (${p.to}) vóór het begint (${p.from}).`,
      en: (p: { from: string; to: string }) => `The plan ends (${p.to}) before it starts (${p.from}).`,
    },
    startsBefore: {
      nl: (p: { from: string; partnershipFrom: string }) =>
        `Het plan begint (${p.from}) vóór de samenwerkingsrelatie (${p.partnershipFrom}).`,
      en: (p: { from: string; partnershipFrom: string }) => `The plan starts (${p.from}) before the partnership (${p.partnershipFrom}).`,
    },
    endsAfter: {
      nl: (p: { to: string; partnershipTo: string }) => `Het plan eindigt (${p.to}) na de samenwerkingsrelatie (${p.partnershipTo}).`,
      en: (p: { to: string; partnershipTo: string }) => `The plan ends (${p.to}) after the partnership (${p.partnershipTo}).`,
    },
  },
  check(plan, ctx) {
    const { from, to } = plan.period;
    if (to < from) ctx.report(['period', 'to'], 'order', { from, to }, { code: 'PLN-001.order' });
    const pp = plan.partnershipPeriod;
    if (!pp) return;
    if (from < pp.from) ctx.report(['period', 'from'], 'startsBefore', { from, partnershipFrom: pp.from });
    if (pp.to !== undefined && to > pp.to) ctx.report(['period', 'to'], 'endsAfter', { to, partnershipTo: pp.to });
  },
});
