import { endOfMonthsInclusive } from '../../reference-data/internal/iso-date.js';
import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants, GRANTS_LKS } from './internal.js';

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
export const INS_007 = defineRule<Placement>({
  id: 'INS-007',
  appliesTo: ['Placement'],
  severity: 'warning',
  titleNl: 'Loonkostensubsidie aangevraagd meer dan 6 maanden na de start van het dienstverband',
  titleEn: 'LKS applied for more than 6 months after the start of employment',
  source: 'R15',
  check(p, ctx) {
    let deadline: string | undefined;
    let out: RuleFinding[] | undefined;
    for (const { grant, index } of liveGrants(p, GRANTS_LKS, ctx)) {
      if (grant.appliedOn === undefined || grant.appliedOn < IN_FORCE_FROM) continue;
      deadline ??= endOfMonthsInclusive(p.startDate, MONTHS);
      if (grant.appliedOn > deadline)
        (out ??= []).push(
          finding(
            grantPath(index, 'appliedOn'),
            `Loonkostensubsidie is aangevraagd op ${grant.appliedOn}, meer dan ${MONTHS} maanden na de start van het dienstverband (uiterlijk ${deadline}).`,
            `Wage-cost subsidy was applied for on ${grant.appliedOn}, more than ${MONTHS} months after the start of employment (deadline ${deadline}).`,
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
