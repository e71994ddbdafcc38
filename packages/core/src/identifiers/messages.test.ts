import { describe, expect, it } from 'vitest';
import { Bsn } from './bsn.js';
import { EstablishmentNumber } from './establishment-number.js';
import { GmCode } from './gm-code.js';
import { KvkNumber } from './kvk-number.js';
import { IDENTIFIER_MESSAGES_EN, IDENTIFIER_MESSAGES_NL, identifierParams } from './messages.js';
import { Oin } from './oin.js';
import { PayrollTaxNumber } from './payroll-tax-number.js';
import { Rsin } from './rsin.js';
import { SbiCode } from './sbi-code.js';

const cases: [
  string,
  { safeParse(v: unknown): { success: boolean; error?: { issues: { params?: unknown; message: string }[] } } },
  unknown,
  string,
][] = [
  ['BSN shape', Bsn, '12345678', 'IDN-001'],
  ['BSN 11-proef', Bsn, '123456789', 'IDN-001'],
  ['BSN zeros', Bsn, '000000000', 'IDN-001'],
  ['KvK', KvkNumber, '1234567', 'IDN-003'],
  ['establishment', EstablishmentNumber, '12345', 'IDN-003'],
  ['RSIN', Rsin, '12', 'IDN-004'],
  ['payroll tax number', PayrollTaxNumber, '123456782X01', 'IDN-005'],
  ['OIN shape', Oin, '123', 'IDN-006'],
  ['OIN prefix', Oin, '12345678123456780000', 'IDN-006'],
  ['GM code', GmCode, 'gm0363', 'IDN-007'],
  ['SBI 2025', SbiCode, { version: 'SBI_2025', code: '6210' }, 'IDN-008'],
];

describe('identifier messages', () => {
  it.each(cases)('%s: one issue with its rule id and message key in params, in Dutch', (_, schema, value, ruleId) => {
    const issues = schema.safeParse(value).error?.issues ?? [];
    expect(issues).toHaveLength(1);
    const params = identifierParams(issues[0]?.params);
    expect(params?.ruleId).toBe(ruleId);
    expect(params && IDENTIFIER_MESSAGES_NL[params.message]).toBe(issues[0]?.message);
  });

  it('has an English text for every Dutch one, and no Dutch copy elsewhere', () => {
    expect(Object.keys(IDENTIFIER_MESSAGES_EN).sort()).toEqual(Object.keys(IDENTIFIER_MESSAGES_NL).sort());
    for (const [key, en] of Object.entries(IDENTIFIER_MESSAGES_EN))
      expect(en, key).not.toBe(IDENTIFIER_MESSAGES_NL[key as keyof typeof IDENTIFIER_MESSAGES_NL]);
  });

  it('ignores params that are not an identifier check’s', () => {
    expect(identifierParams({ message: 'toString' })).toBeUndefined();
    expect(identifierParams({ ruleId: 'IDN-001' })).toBeUndefined();
    expect(identifierParams(undefined)).toBeUndefined();
  });
});
