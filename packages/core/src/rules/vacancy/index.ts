import type { BusinessRule } from '../rule.js';
import { VAC_001 } from './vac-001.js';
import { VAC_002 } from './vac-002.js';
import { VAC_003 } from './vac-003.js';
import { VAC_004 } from './vac-004.js';
import { VAC_005 } from './vac-005.js';

/** Rules of this group, in id order. */
export const vacancyRules: readonly BusinessRule[] = [VAC_001, VAC_002, VAC_003, VAC_004, VAC_005];
