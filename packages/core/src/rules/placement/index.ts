import type { BusinessRule } from '../rule.js';
import { PLC_001 } from './plc-001.js';
import { PLC_002 } from './plc-002.js';
import { PLC_003 } from './plc-003.js';
import { PLC_004 } from './plc-004.js';
import { PLC_005 } from './plc-005.js';
import { PLC_006 } from './plc-006.js';
import { PLC_007 } from './plc-007.js';
import { PLC_008 } from './plc-008.js';
import { PLC_009 } from './plc-009.js';
import { PLC_010 } from './plc-010.js';
import { PLC_011 } from './plc-011.js';

/** Rules of this group, in id order. */
export const placementRules: readonly BusinessRule[] = [
  PLC_001,
  PLC_002,
  PLC_003,
  PLC_004,
  PLC_005,
  PLC_006,
  PLC_007,
  PLC_008,
  PLC_009,
  PLC_010,
  PLC_011,
];
