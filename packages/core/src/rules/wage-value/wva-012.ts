import { defineRule } from '../rule.js';

/**
 * WVA-012: the reassessment date has passed (before the reference date `asOf`) and no newer
 * assessment replaced this one.
 *
 * @remarks
 * No statutory interval was found; the due date is whatever the parties set.
 */
export const WVA_012 = defineRule({
  id: 'WVA-012',
  appliesTo: 'WageValueAssessment',
  severity: 'warning',
  titleNl: 'Herbeoordeling is verlopen zonder nieuwere loonwaardebepaling',
  titleEn: 'Reassessment due date passed without a newer assessment',
  source: 'R15',
  reads: [['reassessmentDue'], ['status'], ['supersededBy']],
  messages: {
    overdue: {
      nl: (p: { due: string }) => `De herbeoordeling was uiterlijk ${p.due} gepland en er is nog geen nieuwere loonwaardebepaling.`,
      en: (p: { due: string }) => `Reassessment was due by ${p.due} and there is no newer assessment yet.`,
    },
  },
  check(assessment, ctx) {
    const due = assessment.reassessmentDue;
    if (due === undefined || due >= ctx.asOf) return;
    if (assessment.status === 'SUPERSEDED' || assessment.status === 'CANCELLED' || assessment.supersededBy !== undefined) return;
    ctx.report(['reassessmentDue'], 'overdue', { due });
  },
});
