import { checkTrialLength } from '../../calculators/trial-placement.js';
import type { Placement } from '../../documents/placement.js';
import type { RuleContext, RuleFinding } from '../legacy.js';

/**
 * Runs the trial-length calculator (PLC-004 / PLC-006) on a placement and returns the
 * findings of one rule. Nothing when the placement is no trial, when the months are not whole
 * (the calculator works in whole months) or when the reference data has no row for the start.
 * @internal
 */
export function trialLengthFindings(p: Placement, ctx: RuleContext, ruleId: 'PLC-004' | 'PLC-006'): RuleFinding[] {
  if (p.type !== 'TRIAL_PLACEMENT' || !p.trial) return [];
  const r = checkTrialLength({
    regime: p.trial.regime,
    plannedMonths: p.trial.plannedMonths,
    ...(p.trial.extendedToMonths !== undefined ? { extendedToMonths: p.trial.extendedToMonths } : {}),
    ...(p.trial.extensionReason !== undefined ? { extensionReason: p.trial.extensionReason } : {}),
    startDate: p.startDate,
    referenceData: ctx.referenceData,
  });
  if (!r.ok) return [];
  return r.issues
    .filter((i) => i.ruleId === ruleId)
    .map((i) => ({ path: i.path, message: { nl: i.message, en: i.messageEn }, severity: i.severity, code: `${ruleId}.${i.code}` }));
}

/** Last day of a placement when known: actual end, else planned end. @internal */
export function placementEnd(p: Placement): string | undefined {
  return p.actualEndDate ?? p.plannedEndDate;
}
