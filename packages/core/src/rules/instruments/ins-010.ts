import { endOfMonthsInclusive } from '../../reference-data/internal/iso-date.js';
import { checkWageDispensationEligibility } from '../../calculators/wage-dispensation.js';
import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants, monthsCovering } from './internal.js';

/** Stands in for "no end" in month counts: longer than any legal maximum. */
const OPEN_ENDED_MONTHS = 9999;

const GRANTS_WAGE_DISPENSATION = ['WAGE_DISPENSATION'] as const;

/**
 * INS-010: wage dispensation is for Wajong only, at a wage value of at most 75%, with at least
 * 6 more months of contract, lasting 6 months to 5 years, starting on the 1st of the
 * application month, with the employee informed.
 *
 * @remarks
 * Checked with `checkWageDispensationEligibility`. The basis is checked when the record
 * carries register data. A permanent contract always runs long enough; a placement without
 * contract terms cannot show the remaining months. An open-ended grant exceeds the maximum.
 */
export const INS_010 = defineRule<Placement>({
  id: 'INS-010',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Voorwaarden loondispensatie (Wajong)',
  titleEn: 'Wage-dispensation conditions (Wajong)',
  source: 'R16',
  check(p, ctx) {
    const grants = liveGrants(p, GRANTS_WAGE_DISPENSATION, ctx);
    if (grants.length === 0) return NO_FINDINGS;
    return grants.flatMap(({ grant: g, index }) => {
      const c = p.contract;
      const contractEnd = c?.durationMonths !== undefined ? endOfMonthsInclusive(p.startDate, c.durationMonths) : undefined;
      const remaining =
        c?.kind === 'PERMANENT' ? OPEN_ENDED_MONTHS : contractEnd !== undefined ? monthsCovering(g.period.from, contractEnd) : 0;
      const r = checkWageDispensationEligibility({
        basis: p.candidate.targetGroup?.basis ?? 'WAJONG',
        wageValuePct: g.wageValuePct ?? 100,
        contractMonthsRemaining: remaining,
        durationMonths: g.period.to ? monthsCovering(g.period.from, g.period.to) : OPEN_ENDED_MONTHS,
        startDate: g.period.from,
        applicationDate: g.appliedOn ?? g.period.from,
        ...(g.employeeInformedOn !== undefined ? { employeeInformedOn: g.employeeInformedOn } : {}),
        referenceData: ctx.referenceData,
      });
      if (!r.ok) return [];
      return r.unmet.map((u) => {
        const path =
          u.code === 'BASIS_NOT_WAJONG'
            ? ['candidate', 'targetGroup', 'basis']
            : u.code === 'CONTRACT_TOO_SHORT'
              ? ['contract', ...(c ? ['durationMonths'] : [])]
              : u.code === 'WAGE_VALUE_TOO_HIGH'
                ? grantPath(index, 'wageValuePct')
                : u.code === 'START_NOT_FIRST_OF_APPLICATION_MONTH'
                  ? grantPath(index, 'period', 'from')
                  : u.code === 'EMPLOYEE_NOT_INFORMED'
                    ? grantPath(index, 'employeeInformedOn')
                    : grantPath(index, 'period', 'to');
        return finding(path, u.message, u.messageEn, { code: `INS-010.${u.code}` });
      });
    });
  },
});

