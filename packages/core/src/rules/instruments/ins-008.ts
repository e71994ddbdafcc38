import type { Placement } from '../../documents/placement.js';
import { addDays } from '../../reference-data/internal/iso-date.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants, GRANTS_LKS } from './internal.js';

const WEEKS = 5;

/**
 * INS-008: an LKS decision more than 5 weeks after the wage value was established is a
 * warning: a performance signal for the public side.
 *
 * @remarks
 * The establishment date of the wage-value assessment is copied onto the grant
 * (`wageValueEstablishedOn`); without it, or without a decision date, nothing is checked.
 */
export const INS_008 = defineRule<Placement>({
  id: 'INS-008',
  appliesTo: ['Placement'],
  severity: 'warning',
  titleNl: 'Besluit loonkostensubsidie later dan 5 weken na vaststelling van de loonwaarde',
  titleEn: 'LKS decision more than 5 weeks after the wage value was established',
  source: 'R15',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    for (const { grant: g, index } of liveGrants(p, GRANTS_LKS, ctx)) {
      if (!g.decidedOn || !g.wageValueEstablishedOn) continue;
      const deadline = addDays(g.wageValueEstablishedOn, WEEKS * 7);
      if (g.decidedOn <= deadline) continue;
      (out ??= []).push(
        finding(
          grantPath(index, 'decidedOn'),
          `Het besluit (${g.decidedOn}) volgde later dan ${WEEKS} weken na vaststelling van de loonwaarde (uiterlijk ${deadline}).`,
          `The decision (${g.decidedOn}) came more than ${WEEKS} weeks after the wage value was established (deadline ${deadline}).`,
        ),
      );
    }
    return out ?? NO_FINDINGS;
  },
});
