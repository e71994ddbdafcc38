import { defineRule } from '../rule.js';

/** Instruments that need no application or decision (INS-012, INS-017). */
const WITHOUT_DECISION: readonly string[] = ['NO_RISK_POLICY', 'LKV_JOB_AGREEMENT', 'LKV_DISABLED', 'LKV_REHIRED_DISABLED'];
const DECIDED: readonly string[] = ['GRANTED', 'REJECTED', 'ACTIVE', 'ENDED', 'REVOKED'];

/**
 * GRT-001: a grant that has been decided names the decision (*beschikking*): its date and its
 * reference, so declarations and job-coach plans can refer to it. The no-risk policy and the
 * LKV are not decided by a public party and are exempt.
 */
export const GRT_001 = defineRule({
  id: 'GRT-001',
  appliesTo: 'InstrumentGrant',
  severity: 'error',
  titleNl: 'Een besloten voorziening noemt datum en kenmerk van de beschikking',
  titleEn: 'A decided grant names the date and reference of the decision',
  source: 'Brief §4.8',
  messages: {
    date: { nl: 'Geef de datum van de beschikking (decidedOn).', en: 'Give the date of the decision (decidedOn).' },
    reference: {
      nl: 'Geef het kenmerk van de beschikking (decisionReference).',
      en: 'Give the reference of the decision (decisionReference).',
    },
  },
  check(grant, ctx) {
    if (!DECIDED.includes(grant.status) || WITHOUT_DECISION.includes(grant.instrument)) return;
    if (grant.decidedOn === undefined) ctx.report(['decidedOn'], 'date');
    if (grant.decisionReference === undefined) ctx.report(['decisionReference'], 'reference');
  },
});
