import type { BusinessRule } from '../rule.js';
import { WVA_001 } from './wva-001.js';
import { WVA_002 } from './wva-002.js';
import { WVA_003 } from './wva-003.js';
import { WVA_004 } from './wva-004.js';
import { WVA_005 } from './wva-005.js';
import { WVA_006 } from './wva-006.js';
import { WVA_007 } from './wva-007.js';
import { WVA_008 } from './wva-008.js';
import { WVA_009 } from './wva-009.js';
import { WVA_010 } from './wva-010.js';
import { WVA_011 } from './wva-011.js';
import { WVA_012 } from './wva-012.js';
import { WVA_013 } from './wva-013.js';
import { WVA_014 } from './wva-014.js';

/** Rules of this group, in id order. */
export const wageValueRules: readonly BusinessRule[] = [
  WVA_001,
  WVA_002,
  WVA_003,
  WVA_004,
  WVA_005,
  WVA_006,
  WVA_007,
  WVA_008,
  WVA_009,
  WVA_010,
  WVA_011,
  WVA_012,
  WVA_013,
  WVA_014,
];
