import type { BusinessRule } from '../rule.js';
import { IDN_001 } from './idn-001.js';
import { IDN_003 } from './idn-003.js';
import { IDN_004 } from './idn-004.js';
import { IDN_005 } from './idn-005.js';
import { IDN_006 } from './idn-006.js';
import { IDN_007 } from './idn-007.js';
import { IDN_008 } from './idn-008.js';

/**
 * Rules of this group, in id order. IDN-002 (8-digit BSN padded, CSV only) is reported by the
 * CSV adapter with `normalizeBsn`: a document cannot hold an 8-digit BSN.
 */
export const identifiersRules: readonly BusinessRule[] = [IDN_001, IDN_003, IDN_004, IDN_005, IDN_006, IDN_007, IDN_008];
