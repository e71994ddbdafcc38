import { LENDING_PLACEMENT_TYPES } from '../../codelists/placement-type.js';
import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * PLC-001: secondment and agency work name the lender and a counting employer (the hirer)
 * that is not the lender.
 *
 * @remarks
 * The lender is an `OrgRef`; it is compared with the counting employer by KvK number
 * (scheme `KVK`) or vestigingsnummer (scheme `VESTIGING`).
 */
export const PLC_001 = defineRule<Placement>({
  id: 'PLC-001',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Detachering en uitzending vermelden de uitlener en een inlener die niet de uitlener is',
  titleEn: 'Secondment and agency work need a lender and a counting employer other than the lender',
  source: 'R27',
  check(p) {
    if (!LENDING_PLACEMENT_TYPES.includes(p.type)) return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    if (!p.lender)
      (out ??= []).push(
        finding(['lender'], 'Geef de uitlener op (uitzendbureau of SW-bedrijf).', 'State the lender (temporary agency or sheltered-employment company).'),
      );
    if (!p.countingEmployer) {
      (out ??= []).push(
        finding(
          ['countingEmployer'],
          'Geef de inlener op: bij detachering en uitzending telt de baan bij de inlener.',
          'State the hirer: for secondment and agency work the job counts for the hirer.',
        ),
      );
      return out ?? NO_FINDINGS;
    }
    const l = p.lender;
    const ce = p.countingEmployer;
    if (l && ((l.scheme === 'KVK' && l.value === ce.kvkNumber) || (l.scheme === 'VESTIGING' && l.value === ce.establishment)))
      (out ??= []).push(
        finding(
          ['countingEmployer', l.scheme === 'KVK' ? 'kvkNumber' : 'establishment'],
          'De inlener mag niet dezelfde organisatie zijn als de uitlener.',
          'The counting employer (hirer) must not be the lender.',
        ),
      );
    return out ?? NO_FINDINGS;
  },
});
