import { computeLkv } from '../../calculators/lkv.js';
import { selectParameter } from '../../reference-data/reference-data.js';
import { ParameterId } from '../../reference-data/tables.js';
import { CALCULATOR_MESSAGE } from '../calculator-message.js';
import { defineRule } from '../rule.js';
import { euro, grantPath, overlaps, placementEnd } from './internal.js';

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
export const INS_017 = defineRule({
  id: 'INS-017',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'LKV doelgroep banenafspraak: bedrag, duur, doelgroepverklaring of registerinschrijving, één LKV per werknemer',
  titleEn: 'LKV job agreement: amount, duration, statement or register entry, one LKV per employee',
  source: 'R25',
  messages: {
    overlap: {
      nl: (p: { otherNumber: number }) =>
        `Per werknemer geldt één loonkostenvoordeel tegelijk (het hoogste); dit overlapt met voorziening ${p.otherNumber}.`,
      en: (p: { otherNumber: number }) =>
        `One payroll allowance per employee at a time (the highest); this overlaps with instrument ${p.otherNumber}.`,
    },
    rate: {
      nl: (p: { rate: number; supplied: number }) =>
        `LKV banenafspraak is ${euro(p.rate, 'nl')} per verloond uur, niet ${euro(p.supplied, 'nl')}.`,
      en: (p: { rate: number; supplied: number }) =>
        `LKV job agreement is ${euro(p.rate, 'en')} per paid hour, not ${euro(p.supplied, 'en')}.`,
    },
    notEligible: CALCULATOR_MESSAGE,
  },
  check(placement, ctx) {
    const lkv = ctx.facts.liveGrantsOf('LKV_JOB_AGREEMENT', 'LKV_DISABLED', 'LKV_REHIRED_DISABLED');
    lkv.forEach((later, k) => {
      const earlier = lkv.slice(0, k).find((x) => overlaps(x.grant, later.grant));
      if (earlier) ctx.report(grantPath(later.index, 'instrument'), 'overlap', { otherNumber: earlier.index + 1 });
    });
    const end = placementEnd(placement);
    const targetGroup = placement.candidate.targetGroup;
    for (const { grant, index } of lkv) {
      if (grant.instrument !== 'LKV_JOB_AGREEMENT') continue;
      const rate = selectParameter(ctx.referenceData, ParameterId.LKV_JOB_AGREEMENT_RATE, grant.period.from);
      const rateCents = rate.ok ? Math.round(Number(rate.value) * 100) : undefined;
      if (grant.amountPerHourCents !== undefined && rateCents !== undefined && grant.amountPerHourCents !== rateCents)
        ctx.report(grantPath(index, 'amountPerHourCents'), 'rate', { rate: rateCents, supplied: grant.amountPerHourCents });
      const firstYear = Number(grant.period.from.slice(0, 4));
      const lastYear = Number((grant.period.to ?? grant.period.from).slice(0, 4));
      const seen = new Set<string>();
      for (let year = firstYear; year <= lastYear; year++) {
        const r = computeLkv({
          instrument: 'LKV_JOB_AGREEMENT',
          year,
          paidHours: 0,
          employmentStart: placement.startDate,
          ...(end !== undefined ? { employmentEnd: end } : {}),
          ...(grant.targetGroupStatementRequestedOn !== undefined
            ? { targetGroupStatementRequestedOn: grant.targetGroupStatementRequestedOn }
            : {}),
          ...(targetGroup ? { inTargetGroupRegister: targetGroup.inRegister } : {}),
          shelteredEmployment: placement.type === 'SHELTERED_WORK',
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
                ? ['candidate', 'targetGroup', ...(targetGroup ? ['inRegister'] : [])]
                : grantPath(index, 'period', 'to');
        ctx.report(path, 'notEligible', r, { code: `INS-017.${r.reason}` });
      }
    }
  },
});
