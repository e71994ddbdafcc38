import { findRow } from '../../reference-data/parameter-table.js';
import { ParameterId } from '../../reference-data/tables.js';
import { defineRule } from '../rule.js';
import { grantPath } from './internal.js';

/**
 * INS-005: the employer-charges percentage an LKS amount was computed with is the one in the
 * reference data (23.5%), not a rounded "23%" from secondary sources.
 *
 * @remarks
 * The grant shows the percentage in `parametersUsed` (table `LKS_EMPLOYER_CHARGES_PCT`). The
 * value is compared with the reference row valid on the grant's first day.
 */
export const INS_005 = defineRule({
  id: 'INS-005',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Percentage werkgeverslasten komt uit de referentiegegevens (23,5%)',
  titleEn: 'Employer-charges percentage taken from reference data (23.5%)',
  source: 'R5, R12',
  messages: {
    otherPercentage: {
      nl: (p: { used: string; reference: string; date: string }) =>
        `Gerekend met ${p.used.replace('.', ',')}% werkgeverslasten; de referentiegegevens geven ${p.reference.replace('.', ',')}% op ${p.date}.`,
      en: (p: { used: string; reference: string; date: string }) =>
        `Computed with ${p.used}% employer charges; the reference data give ${p.reference}% on ${p.date}.`,
    },
  },
  check(_placement, ctx) {
    const table = ctx.referenceData.tables[ParameterId.LKS_EMPLOYER_CHARGES_PCT];
    if (!table) return;
    for (const { grant, index } of ctx.facts.liveGrantsOf('LKS')) {
      if (grant.parametersUsed === undefined || grant.parametersUsed.length === 0) continue;
      const row = findRow(table, grant.period.from);
      if (!row) continue;
      grant.parametersUsed.forEach((used, j) => {
        if (used.tableId === ParameterId.LKS_EMPLOYER_CHARGES_PCT && Number(used.value) !== Number(row.value))
          ctx.report(grantPath(index, 'parametersUsed', j, 'value'), 'otherPercentage', {
            used: used.value,
            reference: row.value,
            date: grant.period.from,
          });
      });
    }
  },
});
