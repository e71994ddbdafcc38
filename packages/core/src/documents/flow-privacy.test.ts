import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate.js';
import { CandidateProposalDefinition } from './candidate-proposal.js';
import { ContactMomentDefinition } from './contact-moment.js';
import type { DocumentDefinition } from './definition.js';
import { JobCoachPlanDefinition } from './job-coach-plan.js';
import { JobCoachReportDefinition } from './job-coach-report.js';
import { PlacementFollowUpDefinition } from './placement-follow-up.js';
import { WageCostSubsidyDeclarationDefinition } from './wage-cost-subsidy-declaration.js';

// The daily-flow documents describe function and facts in codes. Their schemas are strict, so
// a name, a BSN, a diagnosis or a free-text note cannot be added, and the issue that rejects it
// never echoes the value (brief §9).
const STRICT: readonly DocumentDefinition[] = [
  CandidateProposalDefinition,
  PlacementFollowUpDefinition,
  WageCostSubsidyDeclarationDefinition,
  JobCoachPlanDefinition,
  JobCoachReportDefinition,
  ContactMomentDefinition,
];

describe('daily-flow documents admit no personal or medical free text', () => {
  it.each(STRICT.map((d) => [d.type, d] as const))('%s rejects added fields without echoing their values', (_t, d) => {
    for (const key of ['name', 'bsn', 'diagnosis', 'notes']) {
      const input = { ...(structuredClone(d.example) as Record<string, unknown>), [key]: 'Jan Jansen 123456782 burn-out' };
      const r = validate(d, input, { asOf: '2026-06-01' });
      expect(r.valid, key).toBe(false);
      expect(JSON.stringify(r.issues)).not.toContain('123456782');
      expect(JSON.stringify(r.issues)).not.toContain('Jansen');
    }
  });

  it('the candidate profile rejects a name or birth date inside it', () => {
    const input = structuredClone(CandidateProposalDefinition.example);
    Object.assign(input.profile, { dateOfBirth: '1990-01-01' });
    expect(validate(CandidateProposalDefinition, input, { asOf: '2026-06-01' }).valid).toBe(false);
  });
});
