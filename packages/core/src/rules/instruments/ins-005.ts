import type { Placement } from '../../documents/placement.js';
import { findRow } from '../../reference-data/parameter-table.js';
import { ParameterId } from '../../reference-data/tables.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants, GRANTS_LKS } from './internal.js';

/**
 * INS-005: the employer-charges percentage an LKS amount was computed with is the one in the
 * reference data (23.5%), not a rounded "23%" from secondary sources.
 *
 * @remarks
 * The grant shows the percentage in `parametersUsed` (table `LKS_EMPLOYER_CHARGES_PCT`). The
 * value is compared with the reference row valid on the grant's first day.
 */
export const INS_005 = defineRule<Placement>({
  id: 'INS-005',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Percentage werkgeverslasten komt uit de referentiegegevens (23,5%)',
  titleEn: 'Employer-charges percentage taken from reference data (23.5%)',
  source: 'R5, R12',
  check(p, ctx) {
    const table = ctx.referenceData.tables[ParameterId.LKS_EMPLOYER_CHARGES_PCT];
    if (!table) return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    for (const { grant: g, index } of liveGrants(p, GRANTS_LKS, ctx)) {
      if (g.parametersUsed === undefined || g.parametersUsed.length === 0) continue;
      const row = findRow(table, g.period.from);
      if (!row) continue;
      g.parametersUsed.forEach((u, j) => {
        if (u.tableId !== ParameterId.LKS_EMPLOYER_CHARGES_PCT || Number(u.value) === Number(row.value)) return;
        (out ??= []).push(
          finding(
            grantPath(index, 'parametersUsed', j, 'value'),
            `Gerekend met ${u.value.replace('.', ',')}% werkgeverslasten; de referentiegegevens geven ${row.value.replace('.', ',')}% op ${g.period.from}.`,
            `Computed with ${u.value}% employer charges; the reference data give ${row.value}% on ${g.period.from}.`,
          ),
        );
      });
    }
    return out ?? NO_FINDINGS;
  },
});
