import { defineRule } from '../rule.js';

/**
 * CNT-002: targets and the counts they are compared with use the same unit.
 *
 * @remarks
 * Counts are not part of the plan; the plan states the units in which progress is counted in
 * `reporting.countedIn`. Every target must use one of them. Without `countedIn` there is
 * nothing to compare and the rule passes.
 */
export const CNT_002 = defineRule({
  id: 'CNT-002',
  appliesTo: 'ExecutionPlan',
  severity: 'error',
  titleNl: 'Taakstellingen en tellingen gebruiken dezelfde eenheid',
  titleEn: 'Targets and counts use the same unit',
  source: 'Brief §10.2',
  reads: [['reporting'], ['targets']],
  messages: {
    otherUnit: {
      nl: (p: { unit: string; counted: readonly string[] }) =>
        `Taakstelling in ${p.unit}, maar de voortgang wordt geteld in ${p.counted.join(', ') || '(geen eenheid)'}.`,
      en: (p: { unit: string; counted: readonly string[] }) =>
        `Target in ${p.unit}, but progress is counted in ${p.counted.join(', ') || '(no unit)'}.`,
    },
  },
  check(plan, ctx) {
    const counted = plan.reporting?.countedIn;
    if (!counted) return;
    plan.targets.forEach((target, j) => {
      if (!counted.some((unit) => unit === target.unit)) ctx.report(['targets', j, 'unit'], 'otherUnit', { unit: target.unit, counted });
    });
  },
});
