import type { Placement } from '../../documents/placement.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * PRV-001: a BSN is only present together with a statutory processing basis
 * (`bsnProcessingBasis`). Consent is not a basis (UAVG art. 46) and is not in the code list.
 * The message never contains the BSN.
 */
export const PRV_001 = defineRule<Placement>({
  id: 'PRV-001',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'BSN alleen met een wettelijke grondslag voor verwerking',
  titleEn: 'BSN only with a statutory processing basis',
  source: 'R32',
  check(p) {
    const identity = p.candidate.identity;
    if (!identity || identity.bsnProcessingBasis !== undefined) return NO_FINDINGS;
    return [
      finding(
        ['candidate', 'identity', 'bsnProcessingBasis'],
        'Een BSN mag alleen worden vastgelegd met een wettelijke grondslag; toestemming is geen grondslag.',
        'A BSN may only be recorded with a statutory basis; consent is not a basis.',
      ),
    ];
  },
});
