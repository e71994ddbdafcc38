import { describe, expect, it } from 'vitest';
import { ExecutionPlanDefinition as D } from '../../documents/execution-plan.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('EMI-009 no process step requires an employer instruction', () => {
  it('accepts the canonical example and an explicit false', () => {
    expect(issuesOfRule(D, 'EMI-009', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'EMI-009', (p) => (p.processSteps[3].requiresEmployerInstruction = false)).nl).toEqual([]);
  });

  it('rejects a step that requires the instruction', () => {
    const r = issuesOfRule(D, 'EMI-009', (p) => (p.processSteps[3].requiresEmployerInstruction = true));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['processSteps', 3, 'requiresEmployerInstruction']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Processtap AFTERCARE mag geen werkgeversinstructie eisen: de werknemer stelt die vrijwillig op."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Process step AFTERCARE may not require an employer instruction: the employee draws it up voluntarily."`,
    );
  });
});
