import type { CodeListEntry } from '../../codelists/define.js';
import { TargetGroupBasisList, countsForJobAgreement } from '../../codelists/target-group-basis.js';
import { UNPAID_PLACEMENT_TYPES } from '../../codelists/placement-type.js';
import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { placementEnd } from './internal.js';

// The last and first of two optional dates in string order (as sorting the defined ones did),
// without building arrays on every placement.
function later(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : a > b ? a : b;
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : a < b ? a : b;
}

/**
 * PLC-010: a paid placement counts toward the banenafspraak only for a person registered on a
 * basis that counts, valid during the placement.
 *
 * @remarks
 * Register end dates per basis were NOT FOUND, so only the dates the record states
 * (`basisValidFrom`/`basisValidTo`) and the code list's own validity are compared with the
 * placement period. Messages never name the basis: register data is restricted.
 */
export const PLC_010 = defineRule<Placement>({
  id: 'PLC-010',
  appliesTo: ['Placement'],
  severity: 'warning',
  titleNl: 'Meetellen vraagt een grondslag die meetelt voor de banenafspraak en geldig is in de periode',
  titleEn: 'Counting requires a basis that counts for the banenafspraak, valid in the period',
  source: 'R2',
  check(p) {
    if (UNPAID_PLACEMENT_TYPES.includes(p.type) || p.status === 'CANCELLED') return NO_FINDINGS;
    const tg = p.candidate.targetGroup;
    if (!tg)
      return [
        finding(
          ['candidate', 'targetGroup'],
          'Zonder registratie in het doelgroepregister telt deze plaatsing niet mee voor de banenafspraak.',
          'Without a target-group register entry this placement does not count for the banenafspraak.',
        ),
      ];
    let out: RuleFinding[] | undefined;
    if (!countsForJobAgreement(tg.basis))
      (out ??= []).push(
        finding(
          ['candidate', 'targetGroup', 'basis'],
          'De grondslag van de kandidaat telt niet mee voor de banenafspraak.',
          "The candidate's basis does not count for the banenafspraak.",
        ),
      );
    if (!tg.inRegister)
      (out ??= []).push(
        finding(
          ['candidate', 'targetGroup', 'inRegister'],
          'De kandidaat staat niet in het doelgroepregister; de plaatsing telt dan niet mee.',
          'The candidate is not in the target-group register, so the placement does not count.',
        ),
      );
    const end = placementEnd(p) ?? p.startDate;
    const entry = TargetGroupBasisList.get(tg.basis) as CodeListEntry | undefined;
    const from = later(tg.basisValidFrom, entry?.validFrom);
    const to = earlier(tg.basisValidTo, entry?.validTo);
    if (from !== undefined && from > end)
      (out ??= []).push(
        finding(
          ['candidate', 'targetGroup', tg.basisValidFrom === from ? 'basisValidFrom' : 'basis'],
          `De grondslag geldt pas vanaf ${from}, na de plaatsingsperiode.`,
          `The basis applies only from ${from}, after the placement period.`,
        ),
      );
    if (to !== undefined && to < p.startDate)
      (out ??= []).push(
        finding(
          ['candidate', 'targetGroup', tg.basisValidTo === to ? 'basisValidTo' : 'basis'],
          `De grondslag gold tot ${to}, vóór de start van de plaatsing.`,
          `The basis applied until ${to}, before the placement started.`,
        ),
      );
    return out ?? NO_FINDINGS;
  },
});
