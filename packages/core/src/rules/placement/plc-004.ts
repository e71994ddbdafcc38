import { CALCULATOR_MESSAGE } from '../calculator-message.js';
import { defineRule } from '../rule.js';
import { trialLengthIssues } from './internal.js';

/**
 * PLC-004: a UWV trial placement lasts 2 months by default; longer only with an
 * `extensionReason` (warning without), never longer than 6 months (error).
 *
 * @remarks
 * The lengths come from the tables `TRIAL_UWV_DEFAULT_MONTHS` and `TRIAL_UWV_MAX_MONTHS` on
 * the start date, through `checkTrialLength`, whose wording the findings use. An extension is
 * only for sick or disabled people; the reason is never echoed.
 */
export const PLC_004 = defineRule({
  id: 'PLC-004',
  appliesTo: 'Placement',
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'Duur proefplaatsing UWV: standaard 2 maanden, langer alleen met reden, nooit meer dan 6',
  titleEn: 'UWV trial length: default 2 months, longer only with a reason, never more than 6',
  source: 'R18',
  messages: { trialLength: CALCULATOR_MESSAGE },
  check(placement, ctx) {
    if (placement.trial?.regime !== 'UWV') return;
    for (const issue of trialLengthIssues(placement, ctx.referenceData, 'PLC-004'))
      ctx.report(issue.path, 'trialLength', issue, { severity: issue.severity, code: `PLC-004.${issue.code}` });
  },
});
