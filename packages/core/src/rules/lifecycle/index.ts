import type { BusinessRule } from '../rule.js';
import { AGR_003 } from './agr-003.js';

/** Rules of this group, in id order. */
export const lifecycleRules: readonly BusinessRule[] = [AGR_003];
