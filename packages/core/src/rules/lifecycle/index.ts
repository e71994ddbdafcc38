import type { BusinessRule } from '../legacy.js';
import { AGR_003 } from './agr-003.js';

/** Rules of this group, in id order. */
export const lifecycleRules: readonly BusinessRule<any>[] = [AGR_003];
