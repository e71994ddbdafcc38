import type { BusinessRule } from '../rule.js';
import { GRT_001 } from './grt-001.js';
import { GRT_002 } from './grt-002.js';
import { GRT_003 } from './grt-003.js';
import { GRT_004 } from './grt-004.js';
import { GRT_005 } from './grt-005.js';

/** Rules of the instrument grant as a document of its own, in id order. */
export const instrumentGrantRules: readonly BusinessRule[] = [GRT_001, GRT_002, GRT_003, GRT_004, GRT_005];
