import { TargetUnitList } from '../../codelists/target-unit.js';
import { defineRule } from '../rule.js';

/**
 * PLN-002: every target has a unit from the code list `TargetUnit`, a value ≥ 0 and a year.
 *
 * @remarks
 * The year is required by the schema; the unit is a plain string there so that this rule can
 * explain a wrong unit in the words of the standard.
 */
export const PLN_002 = defineRule({
  id: 'PLN-002',
  appliesTo: 'ExecutionPlan',
  severity: 'error',
  titleNl: 'Taakstelling: eenheid uit TargetUnit, waarde ≥ 0, jaar ingevuld',
  titleEn: 'Targets: unit from TargetUnit, value ≥ 0, year set',
  source: 'Brief §4.4; §5.6',
  reads: [['targets']],
  messages: {
    unit: {
      nl: `Onbekende eenheid; toegestaan: ${TargetUnitList.codes.join(', ')}.`,
      en: `Unknown unit; allowed: ${TargetUnitList.codes.join(', ')}.`,
    },
    value: { nl: 'De waarde van een taakstelling is 0 of meer.', en: 'A target value is 0 or more.' },
  },
  check(plan, ctx) {
    plan.targets.forEach((target, j) => {
      if (TargetUnitList.get(target.unit) === undefined) ctx.report(['targets', j, 'unit'], 'unit', undefined, { code: 'PLN-002.unit' });
      if (!Number.isFinite(target.value) || target.value < 0)
        ctx.report(['targets', j, 'value'], 'value', undefined, { code: 'PLN-002.value' });
    });
  },
});
