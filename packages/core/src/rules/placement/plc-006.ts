import type { Placement } from '../../documents/placement.js';
import { defineRule } from '../legacy.js';
import { trialLengthFindings } from './internal.js';

/**
 * PLC-006: a Participatiewet trial place (*proefplaats*, from 2023-07-01) longer than the
 * configured maximum is a warning; the regime used before 2023-07-01 is an error.
 *
 * @remarks
 * The statutory maximum is UNCERTAIN, so it comes from the table `TRIAL_PW_MAX_MONTHS`
 * (loadable with `withTables`), through `checkTrialLength`. A maximum agreed in the working
 * arrangements is not visible on the placement.
 */
export const PLC_006 = defineRule<Placement>({
  id: 'PLC-006',
  appliesTo: ['Placement'],
  severity: 'warning',
  titleNl: 'Proefplaats Participatiewet (vanaf 1 juli 2023): langer dan het ingestelde maximum',
  titleEn: 'Participation Act trial place (from 2023-07-01): longer than the configured maximum',
  source: 'R15',
  check: (p, ctx) => (p.trial?.regime === 'MUNICIPAL_PW' ? trialLengthFindings(p, ctx, 'PLC-006') : []),
});
