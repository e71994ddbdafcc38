import { selectParameter } from '../../reference-data/reference-data.js';
import { ParameterId } from '../../reference-data/tables.js';
import { defineRule } from '../rule.js';

/**
 * ARR-002: the harmonised trial placement has `defaultMonths` ≤ `maxMonths`, and the UWV
 * regime allows at most the UWV maximum (6 months, reference table `TRIAL_UWV_MAX_MONTHS`).
 *
 * @remarks
 * Maxima are read from reference data on the arrangements' `validFrom`. The Participation Act
 * maximum is UNCERTAIN (brief §11), so exceeding `TRIAL_PW_MAX_MONTHS` is a warning only.
 */
export const ARR_002 = defineRule({
  id: 'ARR-002',
  appliesTo: 'PartnershipAgreement',
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'Geharmoniseerde proefplaatsing: standaardduur ≤ maximum; UWV-regime hoogstens 6 maanden',
  titleEn: 'Harmonised trial: default ≤ maximum; UWV regime at most 6 months',
  source: 'R18; R15',
  messages: {
    defaultAboveMax: {
      nl: (p: { months: number; max: number }) => `Standaardduur ${p.months} maanden is langer dan het maximum van ${p.max} maanden.`,
      en: (p: { months: number; max: number }) => `Default length of ${p.months} months exceeds the maximum of ${p.max} months.`,
    },
    uwvMax: {
      nl: (p: { months: number; limit: number }) =>
        `Een proefplaatsing onder het UWV-regime duurt hoogstens ${p.limit} maanden, niet ${p.months}.`,
      en: (p: { months: number; limit: number }) =>
        `A trial placement under the UWV regime lasts at most ${p.limit} months, not ${p.months}.`,
    },
    pwMax: {
      nl: (p: { months: number; limit: number }) =>
        `Maximum van ${p.months} maanden is langer dan het ingestelde maximum van ${p.limit} maanden voor de proefplaats (Participatiewet).`,
      en: (p: { months: number; limit: number }) =>
        `Maximum of ${p.months} months exceeds the configured maximum of ${p.limit} months for the Participation Act trial place.`,
    },
  },
  check(agreement, ctx) {
    (agreement.workingArrangements ?? []).forEach((wa, i) => {
      const tp = wa.trialPlacement;
      if (!tp) return;
      const base = ['workingArrangements', i, 'trialPlacement'];
      if (tp.defaultMonths > tp.maxMonths)
        ctx.report(
          [...base, 'defaultMonths'],
          'defaultAboveMax',
          { months: tp.defaultMonths, max: tp.maxMonths },
          { code: 'ARR-002.default' },
        );
      const table =
        tp.regime === 'UWV' ? ParameterId.TRIAL_UWV_MAX_MONTHS : tp.regime === 'MUNICIPAL_PW' ? ParameterId.TRIAL_PW_MAX_MONTHS : undefined;
      if (!table) return;
      const sel = selectParameter(ctx.referenceData, table, wa.validFrom);
      if (!sel.ok) return;
      const limit = Number(sel.value);
      if (tp.maxMonths <= limit) return;
      if (tp.regime === 'UWV') ctx.report([...base, 'maxMonths'], 'uwvMax', { months: tp.maxMonths, limit }, { code: 'ARR-002.uwv-max' });
      else ctx.report([...base, 'maxMonths'], 'pwMax', { months: tp.maxMonths, limit }, { severity: 'warning', code: 'ARR-002.pw-max' });
    });
  },
});
