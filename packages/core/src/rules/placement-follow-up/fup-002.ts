import { EvaluationOutcomeList } from '../../codelists/evaluation-outcome.js';
import { defineRule } from '../rule.js';

/**
 * FUP-002: the outcome fits the kind of evaluation: go/no-go/extend ends a trial, renewal
 * outcomes belong to a contract renewal, the others to interim, six-month and aftercare moments
 * (code list `EvaluationOutcome`, field `kinds`).
 */
export const FUP_002 = defineRule({
  id: 'FUP-002',
  appliesTo: 'PlacementFollowUp',
  severity: 'error',
  titleNl: 'De uitkomst past bij het soort evaluatie',
  titleEn: 'The outcome fits the kind of evaluation',
  source: 'Brief §4.7, §10.1',
  messages: {
    mismatch: {
      nl: (p: { outcome: string; kind: string }) => `Uitkomst ${p.outcome} past niet bij evaluatie ${p.kind}.`,
      en: (p: { outcome: string; kind: string }) => `Outcome ${p.outcome} does not fit evaluation ${p.kind}.`,
    },
  },
  check(followUp, ctx) {
    followUp.moments.forEach((m, i) => {
      if (m.outcome === undefined) return;
      const kinds: readonly string[] = EvaluationOutcomeList.get(m.outcome)?.kinds ?? [];
      if (!kinds.includes(m.kind)) ctx.report(['moments', i, 'outcome'], 'mismatch', { outcome: m.outcome, kind: m.kind });
    });
  },
});
