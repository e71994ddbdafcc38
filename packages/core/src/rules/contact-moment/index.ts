import type { BusinessRule } from '../rule.js';
import { CTM_001 } from './ctm-001.js';
import { CTM_002 } from './ctm-002.js';
import { CTM_003 } from './ctm-003.js';
import { CTM_004 } from './ctm-004.js';

/** Rules of the contact moment (contactmoment), in id order. CTM-005 is `checkSingleContact`, over many. */
export const contactMomentRules: readonly BusinessRule[] = [CTM_001, CTM_002, CTM_003, CTM_004];
