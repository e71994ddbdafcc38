import { computeJobEquivalent } from '../../calculators/job-equivalent.js';
import { UNPAID_PLACEMENT_TYPES } from '../../codelists/placement-type.js';
import { selectParameter } from '../../reference-data/reference-data.js';
import { ParameterId } from '../../reference-data/tables.js';
import { defineRule } from '../rule.js';

/** Half a unit of the second decimal: a supplied job equivalent may be rounded to 2 decimals. */
const TOLERANCE = 0.005;

/** Dutch decimal comma. */
function nl(n: number | string): string {
  return String(n).replace('.', ',');
}

/**
 * PLC-002: the job equivalent is derived as `hoursPerWeek / 25.5`; a supplied value that
 * differs (beyond rounding to two decimals) is rejected. Store hours, not fractions.
 *
 * @remarks
 * The hours per job come from the reference table `HOURS_PER_JOB` on the start date. Unpaid
 * placement types are left to PLC-008, which rejects any job equivalent there.
 */
export const PLC_002 = defineRule({
  id: 'PLC-002',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Baanequivalent = uren per week / 25,5; een afwijkende opgegeven waarde wordt afgewezen',
  titleEn: 'jobEquivalent = hoursPerWeek / 25.5; a different supplied value is rejected',
  source: 'R26',
  messages: {
    derived: {
      nl: (p: { hours: number; perJob: string; expected: string }) =>
        `Baanequivalent wordt afgeleid uit de uren: ${nl(p.hours)} / ${nl(p.perJob)} = ${nl(p.expected)}. Lever de uren aan, niet de breuk.`,
      en: (p: { hours: number; perJob: string; expected: string }) =>
        `The job equivalent is derived from the hours: ${p.hours} / ${p.perJob} = ${p.expected}. Supply hours, not the fraction.`,
    },
  },
  check(placement, ctx) {
    if (placement.jobEquivalent === undefined || UNPAID_PLACEMENT_TYPES.includes(placement.type)) return;
    const hoursPerJob = selectParameter(ctx.referenceData, ParameterId.HOURS_PER_JOB, placement.startDate);
    const expected = computeJobEquivalent(placement.hoursPerWeek, hoursPerJob.ok ? hoursPerJob.value : undefined);
    if (Math.abs(expected - placement.jobEquivalent) <= TOLERANCE + 1e-9) return;
    ctx.report(['jobEquivalent'], 'derived', {
      hours: placement.hoursPerWeek,
      perJob: hoursPerJob.ok ? hoursPerJob.value : '25.5',
      expected: expected.toFixed(2),
    });
  },
});
