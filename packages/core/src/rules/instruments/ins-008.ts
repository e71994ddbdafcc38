import { addDays } from '../../reference-data/internal/iso-date.js';
import { defineRule } from '../rule.js';
import { grantPath } from './internal.js';

const WEEKS = 5;

/**
 * INS-008: an LKS decision more than 5 weeks after the wage value was established is a
 * warning: a performance signal for the public side.
 *
 * @remarks
 * The establishment date of the wage-value assessment is copied onto the grant
 * (`wageValueEstablishedOn`); without it, or without a decision date, nothing is checked.
 */
export const INS_008 = defineRule({
  id: 'INS-008',
  appliesTo: 'Placement',
  severity: 'warning',
  titleNl: 'Besluit loonkostensubsidie later dan 5 weken na vaststelling van de loonwaarde',
  titleEn: 'LKS decision more than 5 weeks after the wage value was established',
  source: 'R15',
  messages: {
    late: {
      nl: (p: { decidedOn: string; deadline: string }) =>
        `Het besluit (${p.decidedOn}) volgde later dan ${WEEKS} weken na vaststelling van de loonwaarde (uiterlijk ${p.deadline}).`,
      en: (p: { decidedOn: string; deadline: string }) =>
        `The decision (${p.decidedOn}) came more than ${WEEKS} weeks after the wage value was established (deadline ${p.deadline}).`,
    },
  },
  check(_placement, ctx) {
    for (const { grant, index } of ctx.facts.liveGrantsOf('LKS')) {
      const { decidedOn, wageValueEstablishedOn } = grant;
      if (!decidedOn || !wageValueEstablishedOn) continue;
      const deadline = addDays(wageValueEstablishedOn, WEEKS * 7);
      if (decidedOn > deadline) ctx.report(grantPath(index, 'decidedOn'), 'late', { decidedOn, deadline });
    }
  },
});
