import { TargetUnitList } from '../../codelists/target-unit.js';
import type { ExecutionPlan } from '../../documents/execution-plan.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * PLN-002: every target has a unit from the code list `TargetUnit`, a value ≥ 0 and a year.
 *
 * @remarks
 * The year is required by the schema; the unit is a plain string there so that this rule can
 * explain a wrong unit in the words of the standard.
 */
export const PLN_002 = defineRule<ExecutionPlan>({
  id: 'PLN-002',
  appliesTo: ['ExecutionPlan'],
  severity: 'error',
  titleNl: 'Taakstelling: eenheid uit TargetUnit, waarde ≥ 0, jaar ingevuld',
  titleEn: 'Targets: unit from TargetUnit, value ≥ 0, year set',
  source: 'Brief §4.4; §5.6',
  check(plan) {
    let out: RuleFinding[] | undefined;
    plan.targets.forEach((t, j) => {
      if (TargetUnitList.get(t.unit) === undefined)
        (out ??= []).push(
          finding(
            ['targets', j, 'unit'],
            `Onbekende eenheid; toegestaan: ${TargetUnitList.codes.join(', ')}.`,
            `Unknown unit; allowed: ${TargetUnitList.codes.join(', ')}.`,
            { code: 'PLN-002.unit' },
          ),
        );
      if (!Number.isFinite(t.value) || t.value < 0)
        (out ??= []).push(
          finding(['targets', j, 'value'], 'De waarde van een taakstelling is 0 of meer.', 'A target value is 0 or more.', {
            code: 'PLN-002.value',
          }),
        );
    });
    return out ?? NO_FINDINGS;
  },
});
