import type { BusinessRule } from '../rule.js';
import { EMI_001 } from './emi-001.js';
import { EMI_002 } from './emi-002.js';
import { EMI_003 } from './emi-003.js';
import { EMI_004 } from './emi-004.js';
import { EMI_005 } from './emi-005.js';
import { EMI_007 } from './emi-007.js';
import { EMI_008 } from './emi-008.js';

/** Rules of this group, in id order. EMI-009 (process steps) lives in `execution-plan/`. */
export const employerInstructionRules: readonly BusinessRule[] = [EMI_001, EMI_002, EMI_003, EMI_004, EMI_005, EMI_007, EMI_008];
