import { describe, expect, it } from 'vitest';
import { ContactMomentDefinition as D } from '../../documents/contact-moment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('CTM-001 the moment fits the status', () => {
  it('accepts the held example and a contact planned for later', () => {
    expect(issuesOfRule(D, 'CTM-001', () => {}).nl).toEqual([]);
    expect(
      issuesOfRule(D, 'CTM-001', (c) => {
        c.status = 'PLANNED';
        c.at = '2026-06-15T10:00:00+02:00';
      }).nl,
    ).toEqual([]);
  });

  it('rejects a held contact in the future, judged by the Amsterdam day', () => {
    const r = issuesOfRule(D, 'CTM-001', (c) => (c.at = '2026-06-02T09:00:00+02:00'));
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => [i.severity, i.path, i.message])).toEqual([
      ['error', ['at'], 'Een gehouden contact kan niet in de toekomst liggen (2026-06-02).'],
    ]);
    expect(r.en[0]?.message).toBe('A held contact cannot lie in the future (2026-06-02).');
    // 23:30 UTC on 31 May is already 1 June in Amsterdam: today, not the future.
    expect(issuesOfRule(D, 'CTM-001', (c) => (c.at = '2026-05-31T23:30:00Z')).nl).toEqual([]);
  });

  it('warns about a planned contact whose day has passed', () => {
    const r = issuesOfRule(D, 'CTM-001', (c) => (c.status = 'PLANNED'));
    expect(r.valid).toBe(true);
    expect(r.en.map((i) => [i.severity, i.code, i.message])).toEqual([
      ['warning', 'CTM-001.overdue', 'The contact planned for 2026-02-02 has passed: record whether it was held or cancelled.'],
    ]);
  });
});
