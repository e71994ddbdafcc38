import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { findingsOf, issuesOfRule } from '../../internal/testing.js';
import { IDN_001 } from './idn-001.js';

describe('IDN-001 BSN', () => {
  it('accepts the example and a valid BSN', () => {
    expect(issuesOfRule(PlacementDefinition, 'IDN-001', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'IDN-001', (p) => (p.candidate.identity = { bsn: '111222333' })).nl).toEqual([]);
  });

  it('leaves a typed BSN to the schema: one structural issue, labelled IDN-001', () => {
    const r = issuesOfRule(PlacementDefinition, 'IDN-001', (p) => (p.candidate.identity = { bsn: '123456789' }));
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => [i.code, i.path.join('.')])).toEqual([['custom', 'candidate.identity.bsn']]);
  });

  it('rejects an invalid BSN in an untyped field, without repeating it', () => {
    const findings = findingsOf(IDN_001, { documentType: 'Placement', other: { bsn: '123456789' } });
    expect(findings.map((f) => f.path)).toEqual([['other', 'bsn']]);
    expect(findings[0]?.message.nl).not.toContain('123456789');
    expect(findings[0]?.message.nl).toMatchInlineSnapshot(`"BSN is ongeldig (9 cijfers en elfproef vereist)."`);
    expect(findings[0]?.message.en).toMatchInlineSnapshot(`"BSN is invalid (9 digits passing the 11-proef required)."`);
  });
});
