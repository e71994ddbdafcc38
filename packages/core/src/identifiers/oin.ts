import type * as z from 'zod';
import { identifierString } from './identifier-string.js';
import { identifierIssue } from './messages.js';

/**
 * One registered OIN prefix (Logius *OIN-stelsel*, prefix table).
 *
 * @public
 */
export interface OinPrefix {
  /** The 8-digit prefix. */
  readonly prefix: string;
  /** Register the main number comes from, in Dutch. */
  readonly labelNl: string;
  /** The same in English. */
  readonly labelEn: string;
  /** Zeros the OIN must end with: `0000` after an 8-digit KvK number, else `000` after a 9-digit number. */
  readonly padding: '000' | '0000';
}

/**
 * The known OIN prefixes (brief §6, R35). `00000005` is reserved and unassigned, so it is
 * rejected like any other unknown prefix.
 *
 * @public
 */
export const OIN_PREFIXES: readonly OinPrefix[] = [
  { prefix: '00000001', labelNl: 'RSIN (Handelsregister)', labelEn: 'RSIN (Trade Register)', padding: '000' },
  { prefix: '00000002', labelNl: 'Fi-nummer', labelEn: 'Fiscal number (Fi-nummer)', padding: '000' },
  { prefix: '00000003', labelNl: 'KvK-nummer (Handelsregister)', labelEn: 'KVK number (Trade Register)', padding: '0000' },
  { prefix: '00000004', labelNl: 'SubOIN', labelEn: 'Sub-OIN', padding: '000' },
  { prefix: '00000006', labelNl: 'Door Logius uitgegeven OIN', labelEn: 'OIN issued by Logius', padding: '000' },
  { prefix: '00000007', labelNl: 'BRIN-nummer', labelEn: 'BRIN number (education institutions)', padding: '000' },
  { prefix: '00000008', labelNl: 'Buitenlandse organisatie', labelEn: 'Foreign organisation', padding: '000' },
  { prefix: '00000009', labelNl: 'Dezi-nummer zorgaanbieders', labelEn: 'Dezi number (care providers)', padding: '000' },
  { prefix: '00000010', labelNl: 'TRR-BD-nummer', labelEn: 'TRR-BD number', padding: '000' },
  { prefix: '00000011', labelNl: 'Dezi-nummer zorgverzekeraars', labelEn: 'Dezi number (health insurers)', padding: '000' },
  { prefix: '00000099', labelNl: 'Test-OIN', labelEn: 'Test OIN', padding: '000' },
];

/**
 * The prefix of test OINs; in production data it is a warning (IDN-006).
 *
 * @public
 */
export const TEST_OIN_PREFIX = '00000099';

const SHAPE = /^\d{20}$/;
const BY_PREFIX = new Map(OIN_PREFIXES.map((p) => [p.prefix, p]));

function knownPrefix(v: string): OinPrefix | undefined {
  return BY_PREFIX.get(v.slice(0, 8));
}

/**
 * zod schema of an OIN (*organisatie-identificatienummer*): 20 digits, a known 8-digit
 * prefix, and the zero padding that goes with the prefix (IDN-006).
 *
 * @remarks
 * The main number is 9 digits followed by `000`, or an 8-digit KvK number (prefix
 * `00000003`) followed by `0000`. Test OINs (prefix `00000099`) are valid here; flag them in
 * production with {@link isTestOin}. Each failure gives one issue with its own message.
 *
 * @example
 * ```ts
 * Oin.parse('00000003123456780000'); // KvK 12345678
 * Oin.safeParse('0000000312345678000').success; // false: 19 digits
 * ```
 *
 * @public
 */
export const Oin = identifierString(SHAPE, 'oinShape')
  .refine((v) => knownPrefix(v) !== undefined, identifierIssue('oinPrefix'))
  .refine((v) => {
    const p = knownPrefix(v);
    return p === undefined || v.endsWith(p.padding);
  }, identifierIssue('oinPadding'))
  .meta({
    id: 'Oin',
    title: 'Organisatie-identificatienummer (OIN)',
    description:
      'Organisation identification number (Logius OIN-stelsel): 20 digits = 8-digit prefix naming the source register + main number + zero padding (000, or 0000 after an 8-digit KvK number).',
    examples: ['00000003123456780000', '00000001123456782000'],
  });
/**
 * An OIN: a 20-digit string.
 *
 * @public
 */
export type Oin = z.infer<typeof Oin>;

/**
 * Whether a value is a well-formed OIN (agrees with {@link Oin}).
 *
 * @example
 * ```ts
 * isValidOin('00000001123456782000'); // true (RSIN 123456782)
 * isValidOin('00000005123456782000'); // false: unknown prefix
 * ```
 *
 * @public
 */
export function isValidOin(value: unknown): value is Oin {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  const p = knownPrefix(value);
  return p !== undefined && value.endsWith(p.padding);
}

/**
 * Whether a value is a well-formed test OIN (prefix `00000099`): a warning in production.
 *
 * @example
 * ```ts
 * isTestOin('00000099123456782000'); // true
 * ```
 *
 * @public
 */
export function isTestOin(value: unknown): boolean {
  return isValidOin(value) && value.startsWith(TEST_OIN_PREFIX);
}
