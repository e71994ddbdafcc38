import type { BusinessRule } from '../rule.js';
import { INS_001 } from './ins-001.js';
import { INS_002 } from './ins-002.js';
import { INS_003 } from './ins-003.js';
import { INS_004 } from './ins-004.js';
import { INS_005 } from './ins-005.js';
import { INS_006 } from './ins-006.js';
import { INS_007 } from './ins-007.js';
import { INS_008 } from './ins-008.js';
import { INS_009 } from './ins-009.js';
import { INS_010 } from './ins-010.js';
import { INS_011 } from './ins-011.js';
import { INS_012 } from './ins-012.js';
import { INS_013 } from './ins-013.js';
import { INS_014 } from './ins-014.js';
import { INS_015 } from './ins-015.js';
import { INS_016 } from './ins-016.js';
import { INS_017 } from './ins-017.js';
import { INS_018 } from './ins-018.js';
import { REF_001 } from './ref-001.js';
import { REF_002 } from './ref-002.js';
import { REF_003 } from './ref-003.js';

/** Rules of this group (instrument grants on a placement, and the reference-data rules on LKS amounts), in id order. */
export const instrumentsRules: readonly BusinessRule[] = [
  INS_001,
  INS_002,
  INS_003,
  INS_004,
  INS_005,
  INS_006,
  INS_007,
  INS_008,
  INS_009,
  INS_010,
  INS_011,
  INS_012,
  INS_013,
  INS_014,
  INS_015,
  INS_016,
  INS_017,
  INS_018,
  REF_001,
  REF_002,
  REF_003,
];
