import { describe, expect, expectTypeOf, it } from 'vitest';
import { PlacementDefinition } from '../documents/placement.js';
import { WageValueAssessmentDefinition } from '../documents/wage-value-assessment.js';
import { brokenExample } from '../internal/testing.js';
import { defaultReferenceData } from '../reference-data/reference-data.js';
import { ValidationUsageError, validate } from './validate.js';

const asOf = '2026-06-01';
const ids = (r: { issues: { ruleId?: string | undefined; code: string; path: (string | number)[] }[] }) =>
  r.issues.map((i) => `${i.ruleId ?? i.code} ${i.path.join('.')}`);

describe('a fail-closed validate', () => {
  it('turns a rule that throws into an error finding, without the exception text', () => {
    const broken = new Proxy(defaultReferenceData, {
      get(target, key, receiver) {
        if (key === 'tables') throw new Error('secret 123456782');
        return Reflect.get(target, key, receiver);
      },
    });
    const r = validate(PlacementDefinition, PlacementDefinition.example, { asOf, referenceData: broken });
    expect(r.valid).toBe(false);
    const failed = r.issues.filter((i) => i.code === 'rule-failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const issue of failed) {
      expect(issue.severity).toBe('error');
      expect(issue.ruleId).toMatch(/^[A-Z]{3}-\d{3}$/);
      expect(issue.message).not.toContain('123456782');
    }
  });

  it('reports a bad BSN and an end date before the start in one call', () => {
    const input = brokenExample(PlacementDefinition, (p) => {
      p.candidate.identity = {
        bsn: '123456789',
        bsnProcessingBasis: p.candidate.identity?.bsnProcessingBasis ?? 'PARTICIPATION_ACT_EXECUTION',
      };
      p.plannedEndDate = '2026-01-01';
    });
    const r = validate(PlacementDefinition, input, { asOf });
    expect(r.valid).toBe(false);
    expect(ids(r)).toEqual(expect.arrayContaining(['IDN-001 candidate.identity.bsn', 'PLC-003 plannedEndDate']));
  });

  it('still counts the main tasks when another field is broken', () => {
    const input = brokenExample(WageValueAssessmentDefinition, (a) => {
      a.companyVisitOn = 'gisteren';
      a.mainTasks = [];
      a.regularPerformance = false;
    });
    const r = validate(WageValueAssessmentDefinition, input, { asOf });
    expect(ids(r)).toEqual(expect.arrayContaining(['invalid_format companyVisitOn', 'WVA-002 mainTasks']));
  });

  it('runs no rule on a field that did not parse', () => {
    const input = brokenExample(PlacementDefinition, (p) => {
      p.startDate = 'morgen';
      p.plannedEndDate = '2026-01-01';
    });
    const r = validate(PlacementDefinition, input, { asOf });
    // PLC-003 reads the start date, which is broken: no judgement about the end date.
    expect(ids(r).filter((i) => i.startsWith('PLC-003'))).toEqual([]);
    expect(ids(r)).toContain('invalid_format startDate');
  });

  it('treats an invalid asOf as a usage error', () => {
    expect(() => validate(PlacementDefinition, PlacementDefinition.example, { asOf: '2026-13-45' })).toThrow(ValidationUsageError);
    expect(() => validate(PlacementDefinition, PlacementDefinition.example, { asOf: 'today' })).toThrow(/asOf/);
  });

  it('gives the parsed value exactly when the document is valid', () => {
    const ok = validate(PlacementDefinition, PlacementDefinition.example, { asOf });
    expect(ok.valid).toBe(true);
    if (ok.valid) expectTypeOf(ok.value).toEqualTypeOf<typeof PlacementDefinition.example>();
    expect(ok.value).toBeDefined();
    const ruleError = validate(
      PlacementDefinition,
      brokenExample(PlacementDefinition, (p) => (p.plannedEndDate = '2026-01-01')),
      { asOf },
    );
    expect(ruleError.valid).toBe(false);
    expect(ruleError.value).toBeUndefined();
    if (!ruleError.valid) expectTypeOf(ruleError.value).toEqualTypeOf<undefined>();
  });
});

describe('rules on a partly valid document', () => {
  it('still judge a placement whose required top-level field is missing, when they do not read it', () => {
    const input = brokenExample(PlacementDefinition, (p) => {
      delete p.region;
      p.hoursPerWeek = 0;
    });
    const r = validate(PlacementDefinition, input, { asOf });
    expect(ids(r)).toEqual(expect.arrayContaining(['required region', 'PLC-003 hoursPerWeek']));
  });
});
