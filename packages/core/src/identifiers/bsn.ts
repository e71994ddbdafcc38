import type * as z from 'zod';
import { BSN_SHAPE } from './bsn-check.js';
import { passesElevenTest } from './eleven-test.js';
import { identifierString } from './identifier-string.js';
import { identifierIssue } from './messages.js';

export { isValidBsn, normalizeBsn } from './bsn-check.js';

// Messages never contain the input: a BSN must not end up in logs, reports or error bodies.

/**
 * zod schema of a BSN (*burgerservicenummer*): 9 digits passing the 11-proef, not all zeros (IDN-001).
 *
 * @remarks
 * Always a string: leading zeros matter. 8-digit legacy numbers are rejected here (the API
 * rejects them); the CSV adapter pads them first with {@link normalizeBsn} and a warning
 * (IDN-002). Error messages never contain the input.
 *
 * @example
 * ```ts
 * Bsn.parse('123456782'); // '123456782'
 * Bsn.safeParse('123456789').success; // false: fails the 11-proef
 * ```
 *
 * @public
 */
export const Bsn = identifierString(BSN_SHAPE, 'bsnShape')
  // Judged only once the shape is right (the shape check aborts), so one bad value yields one issue.
  .refine((v) => passesElevenTest(v), identifierIssue('bsnElevenTest'))
  .refine((v) => v !== '000000000', identifierIssue('bsnZeros'))
  .meta({
    id: 'Bsn',
    title: 'Burgerservicenummer (BSN)',
    description:
      'Dutch citizen service number: 9 digits (as a string, leading zeros kept) passing the 11-proef with weights 9..2 and -1; 000000000 is rejected. Privacy-restricted: only where a law allows it.',
    examples: ['123456782'],
  });
/**
 * A BSN: a 9-digit string passing the 11-proef.
 *
 * @public
 */
export type Bsn = z.infer<typeof Bsn>;
