import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * WVA-003: the time shares of the main tasks add up to 100%: exactly when all are whole
 * numbers, within 0.5 percentage point when decimals are used.
 */
export const WVA_003 = defineRule<WageValueAssessment>({
  id: 'WVA-003',
  appliesTo: ['WageValueAssessment'],
  severity: 'error',
  titleNl: 'Tijdsaandelen van de hoofdtaken tellen op tot 100%',
  titleEn: 'Main-task time shares add up to 100%',
  source: 'R6',
  check(a) {
    if (a.mainTasks.length === 0) return NO_FINDINGS;
    const shares = a.mainTasks.map((t) => t.timeSharePct);
    // Sum in hundredths so that 33.33 + 33.33 + 33.34 is exactly 100.
    const sum = shares.reduce((s, x) => s + Math.round(x * 100), 0) / 100;
    const tolerance = shares.every(Number.isInteger) ? 0 : 0.5;
    if (Math.abs(sum - 100) <= tolerance + 1e-9) return NO_FINDINGS;
    return [
      finding(
        ['mainTasks'],
        `De tijdsaandelen van de hoofdtaken tellen op tot ${sum}%, niet tot 100%.`,
        `The main-task time shares add up to ${sum}%, not 100%.`,
      ),
    ];
  },
});
