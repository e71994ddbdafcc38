import type { PartnershipAgreement } from '../../documents/partnership-agreement.js';
import { ParameterId, selectParameter } from '../../reference-data/index.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * ARR-002: the harmonised trial placement has `defaultMonths` ≤ `maxMonths`, and the UWV
 * regime allows at most the UWV maximum (6 months, reference table `TRIAL_UWV_MAX_MONTHS`).
 *
 * @remarks
 * Maxima are read from reference data on the arrangements' `validFrom`. The Participation Act
 * maximum is UNCERTAIN (brief §11), so exceeding `TRIAL_PW_MAX_MONTHS` is a warning only.
 */
export const ARR_002 = defineRule<PartnershipAgreement>({
  id: 'ARR-002',
  appliesTo: ['PartnershipAgreement'],
  severity: 'error',
  titleNl: 'Geharmoniseerde proefplaatsing: standaardduur ≤ maximum; UWV-regime hoogstens 6 maanden',
  titleEn: 'Harmonised trial: default ≤ maximum; UWV regime at most 6 months',
  source: 'R18; R15',
  check(doc, ctx) {
    let out: RuleFinding[] | undefined;
    (doc.workingArrangements ?? []).forEach((wa, i) => {
      const tp = wa.trialPlacement;
      if (!tp) return;
      const base = ['workingArrangements', i, 'trialPlacement'];
      if (tp.defaultMonths > tp.maxMonths)
        (out ??= []).push(
          finding(
            [...base, 'defaultMonths'],
            `Standaardduur ${tp.defaultMonths} maanden is langer dan het maximum van ${tp.maxMonths} maanden.`,
            `Default length of ${tp.defaultMonths} months exceeds the maximum of ${tp.maxMonths} months.`,
            { code: 'ARR-002.default' },
          ),
        );
      const table =
        tp.regime === 'UWV' ? ParameterId.TRIAL_UWV_MAX_MONTHS : tp.regime === 'MUNICIPAL_PW' ? ParameterId.TRIAL_PW_MAX_MONTHS : undefined;
      if (!table) return;
      const sel = selectParameter(ctx.referenceData, table, wa.validFrom);
      if (!sel.ok) return;
      const limit = Number(sel.value);
      if (tp.maxMonths > limit)
        (out ??= []).push(
          tp.regime === 'UWV'
            ? finding(
                [...base, 'maxMonths'],
                `Een proefplaatsing onder het UWV-regime duurt hoogstens ${limit} maanden, niet ${tp.maxMonths}.`,
                `A trial placement under the UWV regime lasts at most ${limit} months, not ${tp.maxMonths}.`,
                { code: 'ARR-002.uwv-max' },
              )
            : finding(
                [...base, 'maxMonths'],
                `Maximum van ${tp.maxMonths} maanden is langer dan het ingestelde maximum van ${limit} maanden voor de proefplaats (Participatiewet).`,
                `Maximum of ${tp.maxMonths} months exceeds the configured maximum of ${limit} months for the Participation Act trial place.`,
                { severity: 'warning', code: 'ARR-002.pw-max' },
              ),
        );
    });
    return out ?? NO_FINDINGS;
  },
});
