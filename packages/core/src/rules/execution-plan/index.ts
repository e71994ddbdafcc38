import type { BusinessRule } from '../rule.js';
import { CNT_002 } from './cnt-002.js';
import { EMI_009 } from './emi-009.js';
import { PLN_001 } from './pln-001.js';
import { PLN_002 } from './pln-002.js';
import { PLN_003 } from './pln-003.js';
import { PLN_004 } from './pln-004.js';

/** Rules of this group, in id order. */
export const executionPlanRules: readonly BusinessRule[] = [CNT_002, EMI_009, PLN_001, PLN_002, PLN_003, PLN_004];
