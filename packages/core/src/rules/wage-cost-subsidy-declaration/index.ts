import type { BusinessRule } from '../rule.js';
import { CNT_001 } from './cnt-001.js';
import { LKD_001 } from './lkd-001.js';
import { LKD_002 } from './lkd-002.js';
import { LKD_003 } from './lkd-003.js';
import { LKD_004 } from './lkd-004.js';
import { LKD_005 } from './lkd-005.js';

/** Rules of the wage-cost subsidy declaration, in id order. */
export const wageCostSubsidyDeclarationRules: readonly BusinessRule[] = [CNT_001, LKD_001, LKD_002, LKD_003, LKD_004, LKD_005];
