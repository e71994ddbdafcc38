import type { EvaluationOutcome } from '../../codelists/evaluation-outcome.js';
import type { FollowUpAction } from '../../codelists/follow-up-action.js';
import { defineRule } from '../rule.js';

/** Next steps that contradict an outcome. */
const CONTRADICTS: Partial<Record<EvaluationOutcome, readonly FollowUpAction[]>> = {
  NO_GO: ['START_CONTRACT', 'RENEW_CONTRACT'],
  NOT_RENEWED: ['RENEW_CONTRACT', 'START_CONTRACT'],
  ENDED: ['START_CONTRACT', 'RENEW_CONTRACT', 'EXTEND_TRIAL'],
  GO: ['END_PLACEMENT', 'EXTEND_TRIAL'],
};

/**
 * FUP-003: agreed next steps do not contradict the outcome (a no-go with a contract start),
 * and a go at the end of a trial agrees on starting the contract, the handoff that otherwise
 * stalls (brief §1.1).
 */
export const FUP_003 = defineRule({
  id: 'FUP-003',
  appliesTo: 'PlacementFollowUp',
  severity: 'warning',
  titleNl: 'Vervolgstappen passen bij de uitkomst; een go na proefplaatsing start het contract',
  titleEn: 'Next steps fit the outcome; a go after a trial starts the contract',
  source: 'Brief §1.1, §4.7',
  messages: {
    contradicts: {
      nl: (p: { step: string; outcome: string }) => `Vervolgstap ${p.step} past niet bij uitkomst ${p.outcome}.`,
      en: (p: { step: string; outcome: string }) => `Next step ${p.step} contradicts outcome ${p.outcome}.`,
    },
    goWithoutContract: {
      nl: 'Na een go op de proefplaatsing hoort de vervolgstap START_CONTRACT.',
      en: 'A go at the end of a trial should have the next step START_CONTRACT.',
    },
  },
  check(followUp, ctx) {
    followUp.moments.forEach((m, i) => {
      const outcome = m.outcome;
      if (outcome === undefined) return;
      const steps = m.nextSteps ?? [];
      const bad = CONTRADICTS[outcome] ?? [];
      steps.forEach((s, j) => {
        if (bad.includes(s)) ctx.report(['moments', i, 'nextSteps', j], 'contradicts', { step: s, outcome });
      });
      if (m.kind === 'END_OF_TRIAL' && outcome === 'GO' && !steps.includes('START_CONTRACT'))
        ctx.report(['moments', i, 'nextSteps'], 'goWithoutContract');
    });
  },
});
