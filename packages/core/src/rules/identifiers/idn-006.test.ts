import { describe, expect, it } from 'vitest';
import { VacancyDefinition } from '../../documents/vacancy.js';
import { issuesOfRule, type LooseDocument } from '../../internal/testing.js';

const oin = (value: string) => (v: LooseDocument) => (v.receivedBy = { scheme: 'OIN', value });

describe('IDN-006 OIN', () => {
  it('accepts the example, a KvK-based OIN and a test OIN outside production', () => {
    expect(issuesOfRule(VacancyDefinition, 'IDN-006', () => {}).nl).toEqual([]);
    expect(issuesOfRule(VacancyDefinition, 'IDN-006', oin('00000003123456780000')).nl).toEqual([]);
    expect(issuesOfRule(VacancyDefinition, 'IDN-006', oin('00000099123456782000'), { environment: 'test' }).nl).toEqual([]);
  });

  it('rejects 19 digits, an unknown prefix and wrong padding', () => {
    for (const [value, path] of [
      ['0000000312345678000', ['receivedBy', 'value']],
      ['00000005123456782000', ['receivedBy', 'value']],
      ['00000003123456789000', ['receivedBy', 'value']],
    ] as const) {
      const r = issuesOfRule(VacancyDefinition, 'IDN-006', oin(value));
      expect(r.valid).toBe(false);
      expect(r.nl.map((i) => i.path)).toEqual([path]);
    }
    const padding = issuesOfRule(VacancyDefinition, 'IDN-006', oin('00000003123456789000'));
    expect(padding.nl[0]?.message).toMatchInlineSnapshot(`"Een OIN met prefix 00000003 eindigt op 0000."`);
    expect(padding.en[0]?.message).toMatchInlineSnapshot(`"An OIN with prefix 00000003 ends in 0000."`);
  });

  it('warns about a test OIN in production', () => {
    const r = issuesOfRule(VacancyDefinition, 'IDN-006', oin('00000099123456782000'));
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.code])).toEqual([['warning', 'IDN-006.test-oin']]);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Test OIN (prefix 00000099) in production data."`);
  });
});
