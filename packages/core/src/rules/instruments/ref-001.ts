import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { computedPeriod, grantPath, liveGrants, GRANTS_LKS_LKS_FIXED_RATE } from './internal.js';

/**
 * REF-001: the parameters of an LKS amount are selected by the date of the period computed,
 * never by today's date: every row in a grant's `parametersUsed` must be valid on a day of the
 * grant's period.
 *
 * @remarks
 * Rows that the loaded reference data does not know are not judged (a vendor may have newer
 * tables); REF-002 reports periods without any row.
 */
export const REF_001 = defineRule<Placement>({
  id: 'REF-001',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Parameters worden gekozen op de datum van de periode, nooit op de datum van vandaag',
  titleEn: "Parameters are selected by the period date, never by today's date",
  source: 'Brief §8',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    for (const { grant: g, index } of liveGrants(p, GRANTS_LKS_LKS_FIXED_RATE, ctx)) {
      if (g.parametersUsed === undefined || g.parametersUsed.length === 0) continue;
      const period = computedPeriod(g);
      g.parametersUsed.forEach((u, j) => {
        const row = ctx.referenceData.tables[u.tableId]?.rows.find((r) => r.validFrom === u.validFrom);
        if (!row) return;
        if (row.validFrom <= period.to && (row.validTo === undefined || period.from <= row.validTo)) return;
        (out ??= []).push(
          finding(
            grantPath(index, 'parametersUsed', j, 'validFrom'),
            `Parameter ${u.tableId} (geldig vanaf ${u.validFrom}) geldt niet in de periode ${period.from} – ${period.to}; kies de waarde op de datum van de periode.`,
            `Parameter ${u.tableId} (valid from ${u.validFrom}) does not apply in the period ${period.from} – ${period.to}; select the value on the period's date.`,
          ),
        );
      });
    }
    return out ?? NO_FINDINGS;
  },
});
