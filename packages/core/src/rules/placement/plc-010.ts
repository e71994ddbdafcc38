import type { CodeListEntry } from '../../codelists/define.js';
import { UNPAID_PLACEMENT_TYPES } from '../../codelists/placement-type.js';
import { countsForJobAgreement, TargetGroupBasisList } from '../../codelists/target-group-basis.js';
import { defineRule } from '../rule.js';
import { placementEnd } from './internal.js';

// The later and the earlier of two optional dates.
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
export const PLC_010 = defineRule({
  id: 'PLC-010',
  appliesTo: 'Placement',
  severity: 'warning',
  titleNl: 'Meetellen vraagt een grondslag die meetelt voor de banenafspraak en geldig is in de periode',
  titleEn: 'Counting requires a basis that counts for the banenafspraak, valid in the period',
  source: 'R2',
  messages: {
    notRegistered: {
      nl: 'Zonder registratie in het doelgroepregister telt deze plaatsing niet mee voor de banenafspraak.',
      en: 'Without a target-group register entry this placement does not count for the banenafspraak.',
    },
    basisDoesNotCount: {
      nl: 'De grondslag van de kandidaat telt niet mee voor de banenafspraak.',
      en: "The candidate's basis does not count for the banenafspraak.",
    },
    notInRegister: {
      nl: 'De kandidaat staat niet in het doelgroepregister; de plaatsing telt dan niet mee.',
      en: 'The candidate is not in the target-group register, so the placement does not count.',
    },
    basisLater: {
      nl: (p: { from: string }) => `De grondslag geldt pas vanaf ${p.from}, na de plaatsingsperiode.`,
      en: (p: { from: string }) => `The basis applies only from ${p.from}, after the placement period.`,
    },
    basisEnded: {
      nl: (p: { to: string }) => `De grondslag gold tot ${p.to}, vóór de start van de plaatsing.`,
      en: (p: { to: string }) => `The basis applied until ${p.to}, before the placement started.`,
    },
  },
  check(placement, ctx) {
    if (UNPAID_PLACEMENT_TYPES.includes(placement.type) || placement.status === 'CANCELLED') return;
    const tg = placement.candidate.targetGroup;
    if (!tg) {
      ctx.report(['candidate', 'targetGroup'], 'notRegistered');
      return;
    }
    if (!countsForJobAgreement(tg.basis)) ctx.report(['candidate', 'targetGroup', 'basis'], 'basisDoesNotCount');
    if (!tg.inRegister) ctx.report(['candidate', 'targetGroup', 'inRegister'], 'notInRegister');
    const end = placementEnd(placement) ?? placement.startDate;
    const entry: CodeListEntry | undefined = TargetGroupBasisList.get(tg.basis);
    const from = later(tg.basisValidFrom, entry?.validFrom);
    const to = earlier(tg.basisValidTo, entry?.validTo);
    if (from !== undefined && from > end)
      ctx.report(['candidate', 'targetGroup', tg.basisValidFrom === from ? 'basisValidFrom' : 'basis'], 'basisLater', { from });
    if (to !== undefined && to < placement.startDate)
      ctx.report(['candidate', 'targetGroup', tg.basisValidTo === to ? 'basisValidTo' : 'basis'], 'basisEnded', { to });
  },
});
