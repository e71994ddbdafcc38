import { addMonthsClamped } from '../../reference-data/internal/iso-date.js';
import { defineRule } from '../rule.js';

/**
 * FUP-005: the follow-up of a placement plans a six-month check, not before six months after
 * the start, because "still active after 6 months" is the quality measure the parties agree
 * on (brief §10.1).
 */
export const FUP_005 = defineRule({
  id: 'FUP-005',
  appliesTo: 'PlacementFollowUp',
  severity: 'warning',
  titleNl: 'Nazorg plant een zesmaandencheck, niet eerder dan zes maanden na de start',
  titleEn: 'Follow-up plans a six-month check, not earlier than six months after the start',
  source: 'Brief §10.1 (quality: active after 6 months)',
  messages: {
    missing: {
      nl: 'Plan een zesmaandencheck (SIX_MONTH_CHECK) voor deze plaatsing.',
      en: 'Plan a six-month check (SIX_MONTH_CHECK) for this placement.',
    },
    early: {
      nl: (p: { due: string }) => `De zesmaandencheck is gepland vóór ${p.due}, zes maanden na de start.`,
      en: (p: { due: string }) => `The six-month check is planned before ${p.due}, six months after the start.`,
    },
  },
  check(followUp, ctx) {
    if (followUp.status === 'CANCELLED') return;
    const checks = followUp.moments.map((m, i) => ({ m, i })).filter(({ m }) => m.kind === 'SIX_MONTH_CHECK');
    if (checks.length === 0) {
      ctx.report(['moments'], 'missing');
      return;
    }
    const due = addMonthsClamped(followUp.placementStartDate, 6);
    for (const { m, i } of checks) if (m.plannedOn < due) ctx.report(['moments', i, 'plannedOn'], 'early', { due });
  },
});
