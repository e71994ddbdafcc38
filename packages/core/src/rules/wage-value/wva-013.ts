import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding, type RuleFinding } from '../rule.js';
import { NO_FINDINGS } from '../scope.js';

const COMPONENTS = ['pacePct', 'qualityPct', 'netWorkingTimePct', 'deployabilityPct', 'resultPct'] as const;

/**
 * WVA-013: component percentages of each main task (pace, quality, net working time,
 * deployability, result) lie within 0–100.
 *
 * @remarks
 * Whether a score above 100 is allowed is UNCERTAIN (brief §7.5); the standard rejects it.
 */
export const WVA_013 = defineRule<WageValueAssessment>({
  id: 'WVA-013',
  appliesTo: ['WageValueAssessment'],
  severity: 'error',
  titleNl: 'Componentpercentages liggen tussen 0 en 100',
  titleEn: 'Component percentages lie within 0–100',
  source: 'R6',
  check(a) {
    let out: RuleFinding[] | undefined;
    a.mainTasks.forEach((t, i) => {
      for (const c of COMPONENTS) {
        const v = t[c];
        if (v !== undefined && (v < 0 || v > 100))
          (out ??= []).push(
            finding(
              ['mainTasks', i, c],
              `Hoofdtaak ${t.seq}: ${v}% ligt niet tussen 0 en 100.`,
              `Main task ${t.seq}: ${v}% is not within 0–100.`,
            ),
          );
      }
    });
    return out ?? NO_FINDINGS;
  },
});
