import type { BusinessRule } from '../rule.js';
import { JCP_001 } from './jcp-001.js';
import { JCP_002 } from './jcp-002.js';
import { JCP_003 } from './jcp-003.js';
import { JCR_001 } from './jcr-001.js';
import { JCR_002 } from './jcr-002.js';

/** Rules of job-coach plans and reports, in id order. */
export const jobCoachingRules: readonly BusinessRule[] = [JCP_001, JCP_002, JCP_003, JCR_001, JCR_002];
