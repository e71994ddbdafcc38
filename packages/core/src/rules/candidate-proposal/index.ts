import type { BusinessRule } from '../rule.js';
import { PRP_001 } from './prp-001.js';
import { PRP_002 } from './prp-002.js';
import { PRP_003 } from './prp-003.js';
import { PRP_004 } from './prp-004.js';

/** Rules of the candidate proposal (voordracht), in id order. */
export const candidateProposalRules: readonly BusinessRule[] = [PRP_001, PRP_002, PRP_003, PRP_004];
