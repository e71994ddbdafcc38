import type { ContactSide } from '../../codelists/contact-side.js';
import type { WorkingArrangements } from '../../documents/partnership-agreement.js';
import { addDays } from '../../reference-data/internal/iso-date.js';
import { defineRule } from '../rule.js';

const SIDES: readonly ContactSide[] = ['EMPLOYER', 'PUBLIC'];
const SIDE_NL: Record<ContactSide, string> = { EMPLOYER: 'werkgeverszijde', PUBLIC: 'publieke zijde' };
const SIDE_EN: Record<ContactSide, string> = { EMPLOYER: 'employer side', PUBLIC: 'public side' };

function validOn(p: { validFrom: string; validTo?: string | undefined }, date: string): boolean {
  return p.validFrom <= date && (p.validTo === undefined || date <= p.validTo);
}

/**
 * The dates on which the number of valid contact points can change inside the arrangements'
 * lifetime: its first day and every first day / day after the last day of a contact point.
 * Between two such dates the count is constant, so checking these dates checks every date.
 */
function changeDates(wa: WorkingArrangements): string[] {
  const dates = new Set<string>([wa.validFrom]);
  for (const cp of wa.contactPoints) {
    dates.add(cp.validFrom);
    if (cp.validTo !== undefined) dates.add(addDays(cp.validTo, 1));
  }
  return [...dates].filter((d) => d >= wa.validFrom && (wa.validTo === undefined || d <= wa.validTo)).sort();
}

/**
 * AGR-001: while working arrangements are in force there is exactly one `EMPLOYER` and one
 * `PUBLIC` contact point per covered region on every date of their lifetime.
 *
 * @remarks
 * Error for arrangements `IN_FORCE`; a warning while they are still being prepared (`DRAFT`,
 * `PROPOSED`, `AGREED`: `AGREED` turns `IN_FORCE` on its own on `validFrom`). Superseded and
 * terminated versions are not checked. Each region and side is reported once, at the first
 * date without a contact point and the first date with more than one.
 */
export const AGR_001 = defineRule({
  id: 'AGR-001',
  appliesTo: 'PartnershipAgreement',
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'Werkafspraken in werking hebben per regio precies één aanspreekpunt per zijde op elke datum',
  titleEn: 'Arrangements in force have exactly one contact point per side per region on every date',
  source: 'S3; R39; R40',
  messages: {
    missing: {
      nl: (p: { region: string; date: string; side: ContactSide }) =>
        `Regio ${p.region} heeft op ${p.date} geen aanspreekpunt aan de ${SIDE_NL[p.side]}.`,
      en: (p: { region: string; date: string; side: ContactSide }) =>
        `Region ${p.region} has no contact point on the ${SIDE_EN[p.side]} on ${p.date}.`,
    },
    multiple: {
      nl: (p: { region: string; date: string; side: ContactSide; count: number }) =>
        `Regio ${p.region} heeft op ${p.date} ${p.count} aanspreekpunten aan de ${SIDE_NL[p.side]}; dat moet er precies één zijn.`,
      en: (p: { region: string; date: string; side: ContactSide; count: number }) =>
        `Region ${p.region} has ${p.count} contact points on the ${SIDE_EN[p.side]} on ${p.date}; there must be exactly one.`,
    },
  },
  check(agreement, ctx) {
    (agreement.workingArrangements ?? []).forEach((wa, i) => {
      if (wa.status === 'SUPERSEDED' || wa.status === 'TERMINATED' || wa.regions.length === 0) return;
      const severity = wa.status === 'IN_FORCE' ? 'error' : 'warning';
      const dates = changeDates(wa);
      // Each region once, in order of first mention.
      for (const region of new Set(wa.regions)) {
        for (const side of SIDES) {
          let gapReported = false;
          let overlapReported = false;
          for (const date of dates) {
            // The contact points of this region and side valid on the date: how many, and the last.
            let count = 0;
            let last = -1;
            wa.contactPoints.forEach((cp, j) => {
              if (cp.region === region && cp.side === side && validOn(cp, date)) {
                count++;
                last = j;
              }
            });
            if (count === 0 && !gapReported) {
              gapReported = true;
              ctx.report(
                ['workingArrangements', i, 'contactPoints'],
                'missing',
                { region, date, side },
                { severity, code: 'AGR-001.missing' },
              );
            } else if (count > 1 && !overlapReported) {
              overlapReported = true;
              ctx.report(
                ['workingArrangements', i, 'contactPoints', last],
                'multiple',
                { region, date, side, count },
                { severity, code: 'AGR-001.multiple' },
              );
            }
          }
        }
      }
    });
  },
});
