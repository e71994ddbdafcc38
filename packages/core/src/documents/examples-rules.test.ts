import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate.js';
import { documentDefinitions } from './index.js';

// Every canonical example passes the structure and every business rule without an error,
// and the examples of the documents whose rules live in partnership/, execution-plan/,
// wage-value/, employer-instruction/, privacy/ and the daily-flow folders raise no warning either.
const QUIET = new Set([
  'PartnershipAgreement',
  'ExecutionPlan',
  'WageValueAssessment',
  'EmployerInstruction',
  'CandidateProposal',
  'InstrumentGrant',
  'PlacementFollowUp',
  'WageCostSubsidyDeclaration',
  'JobCoachPlan',
  'JobCoachReport',
  'ContactMoment',
]);

describe('canonical examples under the business rules', () => {
  for (const definition of documentDefinitions) {
    it(`${definition.type}: valid, no error issues`, () => {
      const r = validate(definition, structuredClone(definition.example), { asOf: '2026-06-01' });
      expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(r.valid).toBe(true);
      if (QUIET.has(definition.type)) expect(r.issues).toEqual([]);
    });
  }
});
