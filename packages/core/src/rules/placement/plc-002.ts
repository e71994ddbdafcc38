import { computeJobEquivalent } from '../../calculators/job-equivalent.js';
import { UNPAID_PLACEMENT_TYPES } from '../../codelists/placement-type.js';
import type { Placement } from '../../documents/placement.js';
import { selectParameter } from '../../reference-data/reference-data.js';
import { ParameterId } from '../../reference-data/tables.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/** Half a unit of the second decimal: a supplied job equivalent may be rounded to 2 decimals. */
const TOLERANCE = 0.005;

/**
 * PLC-002: the job equivalent is derived as `hoursPerWeek / 25.5`; a supplied value that
 * differs (beyond rounding to two decimals) is rejected. Store hours, not fractions.
 *
 * @remarks
 * The hours per job come from the reference table `HOURS_PER_JOB` on the start date. Unpaid
 * placement types are left to PLC-008, which rejects any job equivalent there.
 */
export const PLC_002 = defineRule<Placement>({
  id: 'PLC-002',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Baanequivalent = uren per week / 25,5; een afwijkende opgegeven waarde wordt afgewezen',
  titleEn: 'jobEquivalent = hoursPerWeek / 25.5; a different supplied value is rejected',
  source: 'R26',
  check(p, ctx) {
    if (p.jobEquivalent === undefined || UNPAID_PLACEMENT_TYPES.includes(p.type)) return NO_FINDINGS;
    const hoursPerJob = selectParameter(ctx.referenceData, ParameterId.HOURS_PER_JOB, p.startDate);
    const expected = computeJobEquivalent(p.hoursPerWeek, hoursPerJob.ok ? hoursPerJob.value : undefined);
    if (Math.abs(expected - p.jobEquivalent) <= TOLERANCE + 1e-9) return NO_FINDINGS;
    const shown = expected.toFixed(2);
    const perJob = hoursPerJob.ok ? hoursPerJob.value : '25.5';
    return [
      finding(
        ['jobEquivalent'],
        `Baanequivalent wordt afgeleid uit de uren: ${String(p.hoursPerWeek).replace(".", ",")} / ${perJob.replace('.', ',')} = ${shown.replace('.', ',')}. Lever de uren aan, niet de breuk.`,
        `The job equivalent is derived from the hours: ${p.hoursPerWeek} / ${perJob} = ${shown}. Supply hours, not the fraction.`,
      ),
    ];
  },
});
