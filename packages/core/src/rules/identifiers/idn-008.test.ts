import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { findingsOf, issuesOfRule } from '../../internal/testing.js';
import { IDN_008 } from './idn-008.js';

describe('IDN-008 SBI codes', () => {
  it('accepts the example and an SBI 2025 code', () => {
    expect(issuesOfRule(PlacementDefinition, 'IDN-008', () => {}).nl).toEqual([]);
    expect(
      findingsOf(IDN_008, { documentType: 'Placement', startDate: '2026-03-01', sbi: { version: 'SBI_2025', code: '62100' } }),
    ).toEqual([]);
  });

  it('informs about an SBI 2008 code on a record after the re-coding', () => {
    const f = findingsOf(IDN_008, { documentType: 'Placement', startDate: '2026-03-01', sbi: { version: 'SBI_2008', code: '4711' } });
    expect(f.map((x) => [x.severity, x.path])).toEqual([['information', ['sbi', 'version']]]);
    expect(f[0]?.message.nl).toMatchInlineSnapshot(`"SBI 2008-code op een record van na 2025-09-07; KVK gebruikt sindsdien SBI 2025."`);
    expect(f[0]?.message.en).toMatchInlineSnapshot(`"SBI 2008 code on a record dated after 2025-09-07; KVK has used SBI 2025 since."`);
    expect(findingsOf(IDN_008, { documentType: 'Placement', startDate: '2025-09-07', sbi: { version: 'SBI_2008', code: '4711' } })).toEqual(
      [],
    );
  });

  it('rejects a 4-digit SBI 2025 code in an untyped field', () => {
    const f = findingsOf(IDN_008, { documentType: 'Placement', startDate: '2026-03-01', sbi: { version: 'SBI_2025', code: '6210' } });
    expect(f.map((x) => [x.severity ?? 'error', x.path])).toEqual([['error', ['sbi', 'code']]]);
  });
});
