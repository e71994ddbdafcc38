import * as z from 'zod';
import { type SbiVersion, SbiVersionList } from '../codelists/sbi-version.js';
import { identifierString } from './identifier-string.js';
import { IDENTIFIER_MESSAGES_NL, identifierIssue } from './messages.js';

// SBI 2008 codes in registrations are 2 (division) to 5 digits; SBI 2025 codes are always 5.
const SBI_2008_SHAPE = /^\d{2,5}$/;
const SBI_2025_SHAPE = /^\d{5}$/;

/**
 * KVK re-coded all registrations to SBI 2025 on this date (IDN-008: SBI_2008 on a later record is information).
 *
 * @public
 */
export const SBI_2025_RECODING_DATE = '2025-09-07';

function codeFits(version: unknown, code: unknown): boolean {
  if (typeof code !== 'string') return false;
  if (version === 'SBI_2025') return SBI_2025_SHAPE.test(code);
  if (version === 'SBI_2008') return SBI_2008_SHAPE.test(code);
  return true; // an unknown version is reported by the version field itself
}

/**
 * zod schema of an SBI activity code with its version, `{ version, code }` (IDN-008).
 *
 * @remarks
 * The version is required and never inferred from the length: SBI 2008 also has 5-digit
 * codes. SBI 2025 codes are exactly 5 digits; SBI 2008 codes 2 to 5 digits (2 = division,
 * the coarsest numeric level; letter sections are not accepted).
 *
 * @example
 * ```ts
 * SbiCode.parse({ version: 'SBI_2025', code: '62100' });
 * SbiCode.safeParse({ version: 'SBI_2025', code: '6210' }).success; // false
 * ```
 *
 * @public
 */
export const SbiCode = z
  .object({
    // A local enum (not the shared SbiVersion schema) so the missing-version message is ours.
    version: z
      .enum(SbiVersionList.codes as unknown as [SbiVersion, ...SbiVersion[]], { error: IDENTIFIER_MESSAGES_NL.sbiVersion })
      .describe('SBI edition the code belongs to (SBI_2008 or SBI_2025).'),
    // The widest shape of either version, so JSON Schema users get a pattern too.
    code: identifierString(SBI_2008_SHAPE, 'sbiShape').describe('The SBI code, 2 to 5 digits as a string (SBI_2025: exactly 5).'),
  })
  .superRefine((v, ctx) => {
    // Report the version-specific length only when the general shape already holds.
    if (SBI_2008_SHAPE.test(v.code) && !codeFits(v.version, v.code)) {
      const { error, params } = identifierIssue('sbi2025Shape');
      ctx.addIssue({ code: 'custom', path: ['code'], message: error, params });
    }
  })
  .meta({
    id: 'SbiCode',
    title: 'SBI-code (Standaard Bedrijfsindeling)',
    description:
      'Standard Industrial Classification code with its edition. SBI_2025 codes are exactly 5 digits; SBI_2008 codes 2 to 5 digits. The version is never inferred from the length.',
    examples: [{ version: 'SBI_2025', code: '62100' }],
  });
/**
 * An SBI code with its version.
 *
 * @public
 */
export type SbiCode = z.infer<typeof SbiCode>;

/**
 * Whether a value is a versioned SBI code (agrees with {@link SbiCode}).
 *
 * @example
 * ```ts
 * isValidSbiCode({ version: 'SBI_2008', code: '6201' }); // true
 * isValidSbiCode({ code: '62010' }); // false: no version
 * ```
 *
 * @public
 */
export function isValidSbiCode(value: unknown): value is SbiCode {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { version?: unknown; code?: unknown };
  return (v.version === 'SBI_2008' || v.version === 'SBI_2025') && codeFits(v.version, v.code);
}
