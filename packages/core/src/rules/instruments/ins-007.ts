import { endOfMonthsInclusive } from '../../reference-data/internal/iso-date.js';
import { defineRule } from '../rule.js';
import { grantPath } from './internal.js';

/** From this date an LKS application later than 6 months after the start is late (R15). */
const IN_FORCE_FROM = '2023-07-01';
const MONTHS = 6;

/**
 * INS-007: an LKS application more than 6 months after the start of employment (from
 * 2023-07-01) is a warning.
 *
 * @remarks
 * Whether the deadline applies to everyone or to school leavers only is UNCERTAIN, hence a
 * warning. The placement's start date is the start of employment.
 */
export const INS_007 = defineRule({
  id: 'INS-007',
  appliesTo: 'Placement',
  severity: 'warning',
  titleNl: 'Loonkostensubsidie aangevraagd meer dan 6 maanden na de start van het dienstverband',
  titleEn: 'LKS applied for more than 6 months after the start of employment',
  source: 'R15',
  messages: {
    late: {
      nl: (p: { appliedOn: string; deadline: string }) =>
        `Loonkostensubsidie is aangevraagd op ${p.appliedOn}, meer dan ${MONTHS} maanden na de start van het dienstverband (uiterlijk ${p.deadline}).`,
      en: (p: { appliedOn: string; deadline: string }) =>
        `Wage-cost subsidy was applied for on ${p.appliedOn}, more than ${MONTHS} months after the start of employment (deadline ${p.deadline}).`,
    },
  },
  check(placement, ctx) {
    for (const { grant, index } of ctx.facts.liveGrantsOf('LKS')) {
      const appliedOn = grant.appliedOn;
      if (appliedOn === undefined || appliedOn < IN_FORCE_FROM) continue;
      const deadline = endOfMonthsInclusive(placement.startDate, MONTHS);
      if (appliedOn > deadline) ctx.report(grantPath(index, 'appliedOn'), 'late', { appliedOn, deadline });
    }
  },
});
