import { defineRule } from '../rule.js';

/** PLN-004: every instrument in a plan has a financier; every process step exactly one responsible party. */
export const PLN_004 = defineRule({
  id: 'PLN-004',
  appliesTo: 'ExecutionPlan',
  severity: 'error',
  titleNl: 'Elk instrument heeft een financier; elke processtap precies één verantwoordelijke',
  titleEn: 'Every instrument has a financier; every process step exactly one responsible party',
  source: 'S1',
  reads: [['instruments'], ['processSteps']],
  messages: {
    financier: {
      nl: (p: { instrument: string }) => `Instrument ${p.instrument} heeft geen financier.`,
      en: (p: { instrument: string }) => `Instrument ${p.instrument} has no financier.`,
    },
    responsible: {
      nl: (p: { step: string; count: number }) => `Processtap ${p.step} heeft ${p.count} verantwoordelijken; dat moet er precies één zijn.`,
      en: (p: { step: string; count: number }) => `Process step ${p.step} has ${p.count} responsible parties; there must be exactly one.`,
    },
  },
  check(plan, ctx) {
    plan.instruments.forEach((ins, i) => {
      if (ins.financier === undefined)
        ctx.report(['instruments', i, 'financier'], 'financier', { instrument: ins.instrument }, { code: 'PLN-004.financier' });
    });
    plan.processSteps.forEach((ps, i) => {
      const count = ps.responsible.length;
      if (count !== 1)
        ctx.report(['processSteps', i, 'responsible'], 'responsible', { step: ps.step, count }, { code: 'PLN-004.responsible' });
    });
  },
});
