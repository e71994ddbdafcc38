import { addDays } from '../../reference-data/internal/iso-date.js';
import { defineRule } from '../rule.js';

const WEEKS = 5;

/**
 * GRT-005: an LKS decision more than 5 weeks after the wage value was established is a
 * performance signal for the public side (the grant-document form of INS-008; the lead-time
 * measure `WAGE_VALUE_ESTABLISHED → LKS_DECIDED`, brief §10.1).
 */
export const GRT_005 = defineRule({
  id: 'GRT-005',
  appliesTo: 'InstrumentGrant',
  severity: 'warning',
  titleNl: 'Besluit loonkostensubsidie later dan 5 weken na vaststelling van de loonwaarde',
  titleEn: 'LKS decision more than 5 weeks after the wage value was established',
  source: 'R15 (INS-008)',
  messages: {
    late: {
      nl: (p: { deadline: string }) =>
        `Het besluit volgde later dan ${WEEKS} weken na vaststelling van de loonwaarde (uiterlijk ${p.deadline}).`,
      en: (p: { deadline: string }) =>
        `The decision came more than ${WEEKS} weeks after the wage value was established (deadline ${p.deadline}).`,
    },
  },
  check(grant, ctx) {
    if (grant.instrument !== 'LKS' || grant.decidedOn === undefined || grant.wageValueEstablishedOn === undefined) return;
    const deadline = addDays(grant.wageValueEstablishedOn, WEEKS * 7);
    if (grant.decidedOn > deadline) ctx.report(['decidedOn'], 'late', { deadline });
  },
});
