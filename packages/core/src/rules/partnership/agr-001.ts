import type { ContactSide } from '../../codelists/contact-side.js';
import type { PartnershipAgreement, WorkingArrangements } from '../../documents/partnership-agreement.js';
import { addDays } from '../../reference-data/internal/iso-date.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

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
  const cps = wa.contactPoints;
  let unique: string[];
  if (cps.length <= 16) {
    // A few contact points: dedupe in a short list rather than a Set (same dates, same order).
    unique = [wa.validFrom];
    for (let j = 0; j < cps.length; j++) {
      const cp = cps[j]!;
      if (!unique.includes(cp.validFrom)) unique.push(cp.validFrom);
      if (cp.validTo !== undefined) {
        const next = addDays(cp.validTo, 1);
        if (!unique.includes(next)) unique.push(next);
      }
    }
  } else {
    const dates = new Set<string>([wa.validFrom]);
    for (const cp of cps) {
      dates.add(cp.validFrom);
      if (cp.validTo !== undefined) dates.add(addDays(cp.validTo, 1));
    }
    unique = [...dates];
  }
  return unique.filter((d) => d >= wa.validFrom && (wa.validTo === undefined || d <= wa.validTo)).sort();
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
export const AGR_001 = defineRule<PartnershipAgreement>({
  id: 'AGR-001',
  appliesTo: ['PartnershipAgreement'],
  severity: 'error',
  titleNl: 'Werkafspraken in werking hebben per regio precies één aanspreekpunt per zijde op elke datum',
  titleEn: 'Arrangements in force have exactly one contact point per side per region on every date',
  source: 'S3; R39; R40',
  check(doc) {
    let out: RuleFinding[] | undefined;
    (doc.workingArrangements ?? []).forEach((wa, i) => {
      if (wa.status === 'SUPERSEDED' || wa.status === 'TERMINATED') return;
      const severity = wa.status === 'IN_FORCE' ? 'error' : 'warning';
      if (wa.regions.length === 0) return;
      const dates = changeDates(wa);
      const cps = wa.contactPoints;
      const regions = wa.regions;
      for (let r = 0; r < regions.length; r++) {
        const region = regions[r]!;
        if (regions.indexOf(region) !== r) continue; // each region once, in order of first mention
        for (const side of SIDES) {
          let gapReported = false;
          let overlapReported = false;
          for (const date of dates) {
            // The contact points of this region and side valid on the date: how many, and the last.
            let valid = 0;
            let last = -1;
            for (let j = 0; j < cps.length; j++) {
              const cp = cps[j]!;
              if (cp.region === region && cp.side === side && validOn(cp, date)) {
                valid++;
                last = j;
              }
            }
            if (valid === 0 && !gapReported) {
              gapReported = true;
              (out ??= []).push(
                finding(
                  ['workingArrangements', i, 'contactPoints'],
                  `Regio ${region} heeft op ${date} geen aanspreekpunt aan de ${SIDE_NL[side]}.`,
                  `Region ${region} has no contact point on the ${SIDE_EN[side]} on ${date}.`,
                  { severity, code: 'AGR-001.missing' },
                ),
              );
            } else if (valid > 1 && !overlapReported) {
              overlapReported = true;
              (out ??= []).push(
                finding(
                  ['workingArrangements', i, 'contactPoints', last],
                  `Regio ${region} heeft op ${date} ${valid} aanspreekpunten aan de ${SIDE_NL[side]}; dat moet er precies één zijn.`,
                  `Region ${region} has ${valid} contact points on the ${SIDE_EN[side]} on ${date}; there must be exactly one.`,
                  { severity, code: 'AGR-001.multiple' },
                ),
              );
            }
          }
        }
      }
    });
    return out ?? NO_FINDINGS;
  },
});
