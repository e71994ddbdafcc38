import { LENDING_PLACEMENT_TYPES } from '../../codelists/placement-type.js';
import { defineRule } from '../rule.js';

/**
 * PLC-001: secondment and agency work name the lender and a counting employer (the hirer)
 * that is not the lender.
 *
 * @remarks
 * The lender is an `OrgRef`; it is compared with the counting employer by KvK number
 * (scheme `KVK`) or vestigingsnummer (scheme `VESTIGING`).
 */
export const PLC_001 = defineRule({
  id: 'PLC-001',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Detachering en uitzending vermelden de uitlener en een inlener die niet de uitlener is',
  titleEn: 'Secondment and agency work need a lender and a counting employer other than the lender',
  source: 'R27',
  reads: [['type'], ['lender'], ['countingEmployer']],
  messages: {
    noLender: {
      nl: 'Geef de uitlener op (uitzendbureau of SW-bedrijf).',
      en: 'State the lender (temporary agency or sheltered-employment company).',
    },
    noHirer: {
      nl: 'Geef de inlener op: bij detachering en uitzending telt de baan bij de inlener.',
      en: 'State the hirer: for secondment and agency work the job counts for the hirer.',
    },
    hirerIsLender: {
      nl: 'De inlener mag niet dezelfde organisatie zijn als de uitlener.',
      en: 'The counting employer (hirer) must not be the lender.',
    },
  },
  check(placement, ctx) {
    if (!LENDING_PLACEMENT_TYPES.includes(placement.type)) return;
    const { lender, countingEmployer: hirer } = placement;
    if (!lender) ctx.report(['lender'], 'noLender');
    if (!hirer) {
      ctx.report(['countingEmployer'], 'noHirer');
      return;
    }
    if (
      lender &&
      ((lender.scheme === 'KVK' && lender.value === hirer.kvkNumber) ||
        (lender.scheme === 'VESTIGING' && lender.value === hirer.establishment))
    )
      ctx.report(['countingEmployer', lender.scheme === 'KVK' ? 'kvkNumber' : 'establishment'], 'hirerIsLender');
  },
});
