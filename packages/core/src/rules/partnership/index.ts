import type { BusinessRule } from '../rule.js';
import { AGR_001 } from './agr-001.js';
import { AGR_002 } from './agr-002.js';
import { AGR_004 } from './agr-004.js';
import { AGR_005 } from './agr-005.js';
import { AGR_006 } from './agr-006.js';
import { AGR_007 } from './agr-007.js';
import { AGR_008 } from './agr-008.js';
import { ARR_001 } from './arr-001.js';
import { ARR_002 } from './arr-002.js';
import { ARR_003 } from './arr-003.js';
import { ARR_004 } from './arr-004.js';

/** Rules of this group, in id order. */
export const partnershipRules: readonly BusinessRule[] = [
  AGR_001,
  AGR_002,
  AGR_004,
  AGR_005,
  AGR_006,
  AGR_007,
  AGR_008,
  ARR_001,
  ARR_002,
  ARR_003,
  ARR_004,
];
