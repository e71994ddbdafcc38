import { CALCULATOR_MESSAGE } from '../calculator-message.js';
import { defineRule } from '../rule.js';
import { trialLengthIssues } from './internal.js';

/**
 * PLC-006: a Participatiewet trial place (*proefplaats*, from 2023-07-01) longer than the
 * configured maximum is a warning; the regime used before 2023-07-01 is an error.
 *
 * @remarks
 * The statutory maximum is UNCERTAIN, so it comes from the table `TRIAL_PW_MAX_MONTHS`
 * (loadable with `withTables`), through `checkTrialLength`, whose wording the findings use. A
 * maximum agreed in the working arrangements is not visible on the placement.
 */
export const PLC_006 = defineRule({
  id: 'PLC-006',
  appliesTo: 'Placement',
  severity: 'warning',
  otherSeverities: ['error'],
  titleNl: 'Proefplaats Participatiewet (vanaf 1 juli 2023): langer dan het ingestelde maximum',
  titleEn: 'Participation Act trial place (from 2023-07-01): longer than the configured maximum',
  source: 'R15',
  messages: { trialLength: CALCULATOR_MESSAGE },
  check(placement, ctx) {
    if (placement.trial?.regime !== 'MUNICIPAL_PW') return;
    for (const issue of trialLengthIssues(placement, ctx.referenceData, 'PLC-006'))
      ctx.report(issue.path, 'trialLength', issue, { severity: issue.severity, code: `PLC-006.${issue.code}` });
  },
});
