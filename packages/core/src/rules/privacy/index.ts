import type { BusinessRule } from '../rule.js';
import { PRV_001 } from './prv-001.js';
import { PRV_004 } from './prv-004.js';
import { PRV_005 } from './prv-005.js';

/** Rules of this group, in id order. */
export const privacyRules: readonly BusinessRule[] = [PRV_001, PRV_004, PRV_005];
