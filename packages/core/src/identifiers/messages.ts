import type { Locale } from '../validation/issue.js';

/**
 * The messages of the identifier schemas, one table per language, and the rule each belongs
 * to. A schema reports the Dutch text (for direct use) and puts its rule id and message key
 * in the zod issue's `params`, so `validate` labels the issue and translates it from the key,
 * never from the wording. None of the messages contains the checked value.
 */
export const IDENTIFIER_MESSAGES_NL = {
  bsnShape: 'BSN moet uit precies 9 cijfers bestaan',
  bsnElevenTest: 'BSN voldoet niet aan de elfproef',
  bsnZeros: 'BSN mag niet uit alleen nullen bestaan',
  kvkShape: 'KvK-nummer moet uit precies 8 cijfers bestaan',
  establishmentShape: 'Vestigingsnummer moet uit precies 12 cijfers bestaan',
  rsinShape: 'RSIN moet uit precies 9 cijfers bestaan',
  payrollTaxNumberShape: 'Loonheffingennummer bestaat uit 9 cijfers, de letter L en 2 cijfers',
  oinShape: 'OIN moet uit precies 20 cijfers bestaan',
  oinPrefix: 'OIN heeft een onbekend prefix',
  oinPadding: 'OIN eindigt niet op de opvulling die bij het prefix hoort (000, of 0000 bij een KvK-nummer)',
  gmShape: 'Gemeentecode moet de vorm GMnnnn hebben (GM + 4 cijfers, hoofdletters)',
  sbiShape: 'SBI-code moet uit 2 tot 5 cijfers bestaan',
  sbi2025Shape: 'SBI 2025-code moet uit precies 5 cijfers bestaan',
  sbiVersion: 'SBI-code heeft een versie nodig (SBI_2008 of SBI_2025)',
} as const;

/** Key of an identifier message. */
export type IdentifierMessageKey = keyof typeof IDENTIFIER_MESSAGES_NL;

/** The English table (same keys). */
export const IDENTIFIER_MESSAGES_EN: Readonly<Record<IdentifierMessageKey, string>> = {
  bsnShape: 'A BSN consists of exactly 9 digits',
  bsnElevenTest: 'The BSN fails the eleven test (11-proef)',
  bsnZeros: 'A BSN cannot be all zeros',
  kvkShape: 'A KvK number consists of exactly 8 digits',
  establishmentShape: 'An establishment number consists of exactly 12 digits',
  rsinShape: 'An RSIN consists of exactly 9 digits',
  payrollTaxNumberShape: 'A payroll tax number consists of 9 digits, the letter L and 2 digits',
  oinShape: 'An OIN consists of exactly 20 digits',
  oinPrefix: 'The OIN has an unknown prefix',
  oinPadding: 'The OIN does not end in the padding its prefix requires (000, or 0000 for a KvK number)',
  gmShape: 'A municipality code looks like GMnnnn (GM + 4 digits, upper case)',
  sbiShape: 'An SBI code consists of 2 to 5 digits',
  sbi2025Shape: 'An SBI 2025 code consists of exactly 5 digits',
  sbiVersion: 'An SBI code needs a version (SBI_2008 or SBI_2025)',
};

const RULE_OF: Readonly<Record<IdentifierMessageKey, string>> = {
  bsnShape: 'IDN-001',
  bsnElevenTest: 'IDN-001',
  bsnZeros: 'IDN-001',
  kvkShape: 'IDN-003',
  establishmentShape: 'IDN-003',
  rsinShape: 'IDN-004',
  payrollTaxNumberShape: 'IDN-005',
  oinShape: 'IDN-006',
  oinPrefix: 'IDN-006',
  oinPadding: 'IDN-006',
  gmShape: 'IDN-007',
  sbiShape: 'IDN-008',
  sbi2025Shape: 'IDN-008',
  sbiVersion: 'IDN-008',
};

/** What an identifier check puts in its zod issue's `params`. */
export interface IdentifierIssueParams {
  readonly ruleId: string;
  readonly message: IdentifierMessageKey;
  /** The issue code `validate` reports: `invalid_format` for a wrong shape, else `custom`. */
  readonly code: 'invalid_format' | 'custom';
}

/**
 * The options of an identifier check (`.refine(check, identifierIssue('bsnShape', 'invalid_format'))`):
 * its Dutch message and its params. A shape check aborts the checks after it, so one bad value
 * yields one issue.
 */
export function identifierIssue(
  message: IdentifierMessageKey,
  code: IdentifierIssueParams['code'] = 'custom',
): { error: string; params: IdentifierIssueParams; abort: boolean } {
  return { error: IDENTIFIER_MESSAGES_NL[message], params: { ruleId: RULE_OF[message], message, code }, abort: code === 'invalid_format' };
}

/** The identifier params of a zod issue, if it has them. */
export function identifierParams(params: unknown): IdentifierIssueParams | undefined {
  if (params === null || typeof params !== 'object' || !('message' in params) || typeof params.message !== 'string') return undefined;
  const message = params.message;
  if (!Object.hasOwn(IDENTIFIER_MESSAGES_NL, message)) return undefined;
  const key = Object.keys(IDENTIFIER_MESSAGES_NL).find((k): k is IdentifierMessageKey => k === message);
  if (key === undefined) return undefined;
  return { ruleId: RULE_OF[key], message: key, code: 'code' in params && params.code === 'invalid_format' ? 'invalid_format' : 'custom' };
}

/** An identifier message in one language. */
export function identifierMessage(key: IdentifierMessageKey, locale: Locale): string {
  return locale === 'en' ? IDENTIFIER_MESSAGES_EN[key] : IDENTIFIER_MESSAGES_NL[key];
}
