import { describe, expect, it } from 'vitest';
import { PartnershipAgreementDefinition as D } from '../../documents/partnership-agreement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('ARR-004 wage-value process delegated to an employer with its own assessor', () => {
  it('accepts the canonical example and delegation with an independent assessor', () => {
    expect(issuesOfRule(D, 'ARR-004', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'ARR-004', (d) => {
      d.workingArrangements[0].delegatedProcesses.push('WAGE_VALUE_PROCESS');
      d.workingArrangements[0].wageValueApproach.assessorProvider = { scheme: 'KVK', value: '87654321' };
    });
    expect(r.nl).toEqual([]);
  });

  it("warns when the assessor is the employer's own", () => {
    const r = issuesOfRule(D, 'ARR-004', (d) => {
      d.workingArrangements[0].delegatedProcesses.push('WAGE_VALUE_PROCESS');
      d.workingArrangements[0].wageValueApproach.assessorProvider = { scheme: 'KVK', value: '12345678' };
    });
    expect(r.valid).toBe(true);
    expect(r.nl[0]?.severity).toBe('warning');
    expect(r.nl[0]?.path).toEqual(['workingArrangements', 0, 'wageValueApproach']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Het loonwaardeproces is aan de werkgever gedelegeerd, maar de loonwaardedeskundige is van de werkgever: de wet vraagt een voldoende onafhankelijke deskundige, en het college stelt de loonwaarde vast."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"The wage-value process is delegated to the employer, but the assessor belongs to the employer: the law requires a sufficiently independent assessor, and the executive sets the wage value."`,
    );
  });

  it('also warns when the arrangements say the assessor is employed by the employer', () => {
    const r = issuesOfRule(D, 'ARR-004', (d) => {
      d.workingArrangements[0].delegatedProcesses = ['WAGE_VALUE_PROCESS'];
      d.workingArrangements[0].wageValueApproach.assessorEmployedByEmployer = true;
    });
    expect(r.nl).toHaveLength(1);
  });
});
