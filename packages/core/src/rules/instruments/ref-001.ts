import { defineRule } from '../rule.js';
import { computedPeriod, grantPath } from './internal.js';

/**
 * REF-001: the parameters of an LKS amount are selected by the date of the period computed,
 * never by today's date: every row in a grant's `parametersUsed` must be valid on a day of the
 * grant's period.
 *
 * @remarks
 * Rows that the loaded reference data does not know are not judged (a vendor may have newer
 * tables); REF-002 reports periods without any row.
 */
export const REF_001 = defineRule({
  id: 'REF-001',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Parameters worden gekozen op de datum van de periode, nooit op de datum van vandaag',
  titleEn: "Parameters are selected by the period date, never by today's date",
  source: 'Brief §8',
  messages: {
    otherPeriod: {
      nl: (p: { table: string; validFrom: string; from: string; to: string }) =>
        `Parameter ${p.table} (geldig vanaf ${p.validFrom}) geldt niet in de periode ${p.from} – ${p.to}; kies de waarde op de datum van de periode.`,
      en: (p: { table: string; validFrom: string; from: string; to: string }) =>
        `Parameter ${p.table} (valid from ${p.validFrom}) does not apply in the period ${p.from} – ${p.to}; select the value on the period's date.`,
    },
  },
  check(_placement, ctx) {
    for (const { grant, index } of ctx.facts.liveGrantsOf('LKS', 'LKS_FIXED_RATE')) {
      if (grant.parametersUsed === undefined || grant.parametersUsed.length === 0) continue;
      const period = computedPeriod(grant);
      grant.parametersUsed.forEach((used, j) => {
        const row = ctx.referenceData.tables[used.tableId]?.rows.find((r) => r.validFrom === used.validFrom);
        if (!row || (row.validFrom <= period.to && (row.validTo === undefined || period.from <= row.validTo))) return;
        ctx.report(grantPath(index, 'parametersUsed', j, 'validFrom'), 'otherPeriod', {
          table: used.tableId,
          validFrom: used.validFrom,
          ...period,
        });
      });
    }
  },
});
