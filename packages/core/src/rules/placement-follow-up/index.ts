import type { BusinessRule } from '../rule.js';
import { FUP_001 } from './fup-001.js';
import { FUP_002 } from './fup-002.js';
import { FUP_003 } from './fup-003.js';
import { FUP_004 } from './fup-004.js';
import { FUP_005 } from './fup-005.js';

/** Rules of the placement follow-up (evaluatie en nazorg), in id order. */
export const placementFollowUpRules: readonly BusinessRule[] = [FUP_001, FUP_002, FUP_003, FUP_004, FUP_005];
