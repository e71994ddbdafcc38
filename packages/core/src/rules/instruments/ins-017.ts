import { computeLkv } from '../../calculators/lkv.js';
import type { Placement } from '../../documents/placement.js';
import { selectParameter } from '../../reference-data/reference-data.js';
import { ParameterId } from '../../reference-data/tables.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { euro, grantPath, liveGrants, overlaps, placementEnd } from './internal.js';

const LKV = ['LKV_JOB_AGREEMENT', 'LKV_DISABLED', 'LKV_REHIRED_DISABLED'] as const;

/**
 * INS-017: the LKV banenafspraak is €1.01 per paid hour (≤ €2,000 a year). Employment started
 * before 2026: at most 3 years and a target-group statement requested within 3 months of the
 * start; from 2026-01-01: while employed, register entry required, no statement. One LKV per
 * employee at a time; none for sheltered-work employment.
 *
 * @remarks
 * Each calendar year of the grant is checked with `computeLkv` (regime by the table
 * `LKV_JOB_AGREEMENT_STRUCTURAL`; transition rules for pre-2026 contracts UNCERTAIN). Wsw
 * employment cannot be told from a placement; `SHELTERED_WORK` placements are checked. The
 * annual cap needs paid hours, which a grant does not carry.
 */
export const INS_017 = defineRule<Placement>({
  id: 'INS-017',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'LKV doelgroep banenafspraak: bedrag, duur, doelgroepverklaring of registerinschrijving, één LKV per werknemer',
  titleEn: 'LKV job agreement: amount, duration, statement or register entry, one LKV per employee',
  source: 'R25',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    const lkv = liveGrants(p, LKV, ctx);
    for (const [k, b] of lkv.entries()) {
      const a = lkv.slice(0, k).find((x) => overlaps(x.grant, b.grant));
      if (a)
        (out ??= []).push(
          finding(
            grantPath(b.index, 'instrument'),
            `Per werknemer geldt één loonkostenvoordeel tegelijk (het hoogste); dit overlapt met voorziening ${a.index + 1}.`,
            `One payroll allowance per employee at a time (the highest); this overlaps with instrument ${a.index + 1}.`,
          ),
        );
    }
    for (const { grant: g, index } of lkv) {
      if (g.instrument !== 'LKV_JOB_AGREEMENT') continue;
      const rate = selectParameter(ctx.referenceData, ParameterId.LKV_JOB_AGREEMENT_RATE, g.period.from);
      if (g.amountPerHourCents !== undefined && rate.ok && g.amountPerHourCents !== Math.round(Number(rate.value) * 100))
        (out ??= []).push(
          finding(
            grantPath(index, 'amountPerHourCents'),
            `LKV banenafspraak is ${euro(Math.round(Number(rate.value) * 100), 'nl')} per verloond uur, niet ${euro(g.amountPerHourCents, 'nl')}.`,
            `LKV job agreement is ${euro(Math.round(Number(rate.value) * 100), 'en')} per paid hour, not ${euro(g.amountPerHourCents, 'en')}.`,
          ),
        );
      const firstYear = Number(g.period.from.slice(0, 4));
      const lastYear = Number((g.period.to ?? g.period.from).slice(0, 4));
      const seen = new Set<string>();
      for (let year = firstYear; year <= lastYear; year++) {
        const end = placementEnd(p);
        const r = computeLkv({
          instrument: 'LKV_JOB_AGREEMENT',
          year,
          paidHours: 0,
          employmentStart: p.startDate,
          ...(end !== undefined ? { employmentEnd: end } : {}),
          ...(g.targetGroupStatementRequestedOn !== undefined ? { targetGroupStatementRequestedOn: g.targetGroupStatementRequestedOn } : {}),
          ...(p.candidate.targetGroup ? { inTargetGroupRegister: p.candidate.targetGroup.inRegister } : {}),
          shelteredEmployment: p.type === 'SHELTERED_WORK',
          referenceData: ctx.referenceData,
        });
        if (!r.ok || r.eligible || r.reason === 'NOT_EMPLOYED_IN_YEAR' || seen.has(r.reason)) continue; // outside employment: INS-018
        seen.add(r.reason);
        const path =
          r.reason === 'SHELTERED_EMPLOYMENT'
            ? ['type']
            : r.reason === 'STATEMENT_NOT_REQUESTED_IN_TIME'
              ? grantPath(index, 'targetGroupStatementRequestedOn')
              : r.reason === 'NOT_IN_TARGET_GROUP_REGISTER'
                ? ['candidate', 'targetGroup', ...(p.candidate.targetGroup ? ['inRegister'] : [])]
                : grantPath(index, 'period', 'to');
        (out ??= []).push(finding(path, r.message, r.messageEn, { code: `INS-017.${r.reason}` }));
      }
    }
    return out ?? NO_FINDINGS;
  },
});
