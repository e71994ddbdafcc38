import { checkWageDispensationEligibility } from '../../calculators/wage-dispensation.js';
import { endOfMonthsInclusive } from '../../reference-data/internal/iso-date.js';
import { CALCULATOR_MESSAGE } from '../calculator-message.js';
import { defineRule } from '../rule.js';
import { grantPath, monthsCovering } from './internal.js';

/** Stands in for "no end" in month counts: longer than any legal maximum. */
const OPEN_ENDED_MONTHS = 9999;

/**
 * INS-010: wage dispensation is for Wajong only, at a wage value of at most 75%, with at least
 * 6 more months of contract, lasting 6 months to 5 years, starting on the 1st of the
 * application month, with the employee informed.
 *
 * @remarks
 * Checked with `checkWageDispensationEligibility`, whose wording the findings use. The basis
 * is checked when the record carries register data. A permanent contract always runs long
 * enough; a placement without contract terms cannot show the remaining months. An open-ended
 * grant exceeds the maximum.
 */
export const INS_010 = defineRule({
  id: 'INS-010',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Voorwaarden loondispensatie (Wajong)',
  titleEn: 'Wage-dispensation conditions (Wajong)',
  source: 'R16',
  messages: { unmet: CALCULATOR_MESSAGE },
  check(placement, ctx) {
    const contract = placement.contract;
    for (const { grant, index } of ctx.facts.liveGrantsOf('WAGE_DISPENSATION')) {
      const contractEnd =
        contract?.durationMonths !== undefined ? endOfMonthsInclusive(placement.startDate, contract.durationMonths) : undefined;
      const remaining =
        contract?.kind === 'PERMANENT' ? OPEN_ENDED_MONTHS : contractEnd !== undefined ? monthsCovering(grant.period.from, contractEnd) : 0;
      const r = checkWageDispensationEligibility({
        basis: placement.candidate.targetGroup?.basis ?? 'WAJONG',
        wageValuePct: grant.wageValuePct ?? 100,
        contractMonthsRemaining: remaining,
        durationMonths: grant.period.to ? monthsCovering(grant.period.from, grant.period.to) : OPEN_ENDED_MONTHS,
        startDate: grant.period.from,
        applicationDate: grant.appliedOn ?? grant.period.from,
        ...(grant.employeeInformedOn !== undefined ? { employeeInformedOn: grant.employeeInformedOn } : {}),
        referenceData: ctx.referenceData,
      });
      if (!r.ok) continue;
      for (const unmet of r.unmet) {
        const path =
          unmet.code === 'BASIS_NOT_WAJONG'
            ? ['candidate', 'targetGroup', 'basis']
            : unmet.code === 'CONTRACT_TOO_SHORT'
              ? ['contract', ...(contract ? ['durationMonths'] : [])]
              : unmet.code === 'WAGE_VALUE_TOO_HIGH'
                ? grantPath(index, 'wageValuePct')
                : unmet.code === 'START_NOT_FIRST_OF_APPLICATION_MONTH'
                  ? grantPath(index, 'period', 'from')
                  : unmet.code === 'EMPLOYEE_NOT_INFORMED'
                    ? grantPath(index, 'employeeInformedOn')
                    : grantPath(index, 'period', 'to');
        ctx.report(path, 'unmet', unmet, { code: `INS-010.${unmet.code}` });
      }
    }
  },
});
