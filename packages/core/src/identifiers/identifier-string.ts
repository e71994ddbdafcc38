import * as z from 'zod';
import { IDENTIFIER_MESSAGES_NL, type IdentifierMessageKey, identifierIssue } from './messages.js';

/**
 * A string schema of an identifier's shape, whose failure carries the identifier's rule id in
 * its issue `params` (see `messages.ts`). The shape check aborts the checks after it, so one
 * bad value yields one issue; `.regex` after it never fails and gives JSON Schema its `pattern`.
 * @internal
 */
export function identifierString(shape: RegExp, message: IdentifierMessageKey): z.ZodString {
  return z
    .string({ error: IDENTIFIER_MESSAGES_NL[message] })
    .refine((v) => shape.test(v), identifierIssue(message, 'invalid_format'))
    .regex(shape);
}
