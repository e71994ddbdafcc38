import type { CalculatorIssue } from '../../calculators/common.js';
import { checkTrialLength } from '../../calculators/trial-placement.js';
import type { Placement } from '../../documents/placement.js';
import type { ReferenceData } from '../../reference-data/reference-data.js';

/**
 * The findings of the trial-length calculator (PLC-004 / PLC-006) for one rule. Nothing when
 * the placement is no trial, when the months are not whole (the calculator works in whole
 * months) or when the reference data has no row for the start. @internal
 */
export function trialLengthIssues(p: Placement, referenceData: ReferenceData, ruleId: 'PLC-004' | 'PLC-006'): readonly CalculatorIssue[] {
  if (p.type !== 'TRIAL_PLACEMENT' || !p.trial) return [];
  const r = checkTrialLength({
    regime: p.trial.regime,
    plannedMonths: p.trial.plannedMonths,
    ...(p.trial.extendedToMonths !== undefined ? { extendedToMonths: p.trial.extendedToMonths } : {}),
    ...(p.trial.extensionReason !== undefined ? { extensionReason: p.trial.extensionReason } : {}),
    startDate: p.startDate,
    referenceData,
  });
  return r.ok ? r.issues.filter((i) => i.ruleId === ruleId) : [];
}

/** Last day of a placement when known: actual end, else planned end. @internal */
export function placementEnd(p: Placement): string | undefined {
  return p.actualEndDate ?? p.plannedEndDate;
}
