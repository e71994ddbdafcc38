import { describe, expect, it } from 'vitest';
import { VacancyDefinition } from '../../documents/vacancy.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('VAC-003 leaving DRAFT starts the clock', () => {
  it('accepts the example and a draft without reception data', () => {
    expect(issuesOfRule(VacancyDefinition, 'VAC-003', () => {}).nl).toEqual([]);
    const draft = issuesOfRule(VacancyDefinition, 'VAC-003', (v) => {
      v.status = 'DRAFT';
      delete v.receivedAt;
      delete v.receivedBy;
    });
    expect(draft.nl).toEqual([]);
  });

  it('rejects a received vacancy without receivedAt and receivedBy', () => {
    const r = issuesOfRule(VacancyDefinition, 'VAC-003', (v) => {
      v.status = 'RECEIVED';
      delete v.receivedAt;
      delete v.receivedBy;
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([
      ['error', ['receivedAt']],
      ['error', ['receivedBy']],
    ]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Geef aan wanneer de vacature is ontvangen; dat moment start de doorlooptijd."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"State when the vacancy was received; that moment starts the lead-time clock."`);
  });
});
